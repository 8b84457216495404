/**
 * Validation of a TEI text: well-formedness, grammar (RelaxNG) and the rules beyond grammar.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import { readXml, TeiReadError } from '../tei/reader.js';
import { locator } from '../tei/positions.js';
import type { RelaxNgSchema } from './relaxng.js';
import { checkRules } from './rules.js';


const TEI_ROOTS = new Set(['TEI', 'teiCorpus']);

export interface ValidateOptions {
  schema: RelaxNgSchema;
  /** Run the rules beyond grammar too (default true). */
  rules?: boolean;
}

/** The diagnostic for a root that is neither TEI nor teiCorpus, if it is not. */
export function rootProblem(name: string, file: string): Diagnostic | undefined {
  return TEI_ROOTS.has(name) ? undefined : { file, line: 1, column: 1, severity: 'error', rule: 'tei/root', message: `root element is <${name}>, not <TEI> or <teiCorpus>` };
}

export function validateTei(xml: string, file: string, options: ValidateOptions): Diagnostic[] {
  if (!xml.trim()) return [{ file, line: 1, column: 1, severity: 'error', rule: 'xml/empty', message: 'file is empty' }];
  let root;
  try {
    root = readXml(xml);
  } catch (e) {
    if (e instanceof TeiReadError) return [{ file, line: e.line, column: e.column, severity: 'error', rule: 'xml/not-well-formed', message: e.message }];
    throw e;
  }
  const out: Diagnostic[] = [];
  const wrongRoot = rootProblem(root.name, file);
  if (wrongRoot) out.push(wrongRoot);
  out.push(...options.schema.validate(xml, file));
  if (options.rules !== false) out.push(...checkRules(root, file, locator(xml, root)));
  return out.sort(compareDiagnostics);
}
