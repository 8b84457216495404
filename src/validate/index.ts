/**
 * Validation of a TEI text: well-formedness, grammar (RelaxNG) and the rules beyond grammar
 * of a profile: `teikit` for the files teikit wrote, `tei` for any other, unless asked.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import { withRead, type ReadXml } from '../tei/read-once.js';
import { children, type XElement } from '../tei/xnode.js';
import type { RelaxNgSchema } from './relaxng.js';
import { checkRules, type Profile } from './rules.js';
import { TOOL_NAME } from '../version.js';

const TEI_ROOTS = new Set(['TEI', 'teiCorpus']);

/** `auto`: `teikit` for a file whose header names teikit as its application, else `tei`. */
export type RulesChoice = Profile | 'none' | 'auto';

export interface ValidateOptions {
  schema: RelaxNgSchema;
  /** Which rules beyond grammar to run (default `auto`). */
  rules?: RulesChoice;
  /** What lies in the future for the `teikit` date rule (default: the clock). */
  now?: number;
}

export interface Validation {
  diagnostics: Diagnostic[];
  /** The rules that ran; undefined where none did (`none`, or a file that could not be read). */
  profile?: Profile;
}

/** The diagnostic for a root that is neither TEI nor teiCorpus, if it is not. */
export function rootProblem(name: string, file: string): Diagnostic | undefined {
  return TEI_ROOTS.has(name) ? undefined : { file, line: 1, column: 1, severity: 'error', rule: 'tei/root', message: `root element is <${name}>, not <TEI> or <teiCorpus>` };
}

/** Whether teikit wrote the file: its header's appInfo names teikit as the application. */
export function writtenByTeikit(root: XElement): boolean {
  const encodingDesc = children(root, 'teiHeader').flatMap((h) => children(h, 'encodingDesc'));
  return encodingDesc.flatMap((d) => children(d, 'appInfo')).flatMap((a) => children(a, 'application')).some((a) => a.attrs.ident === TOOL_NAME);
}

/** `read` is the text already read, where a caller shares one tree among several stages. */
export function validate(xml: string, file: string, options: ValidateOptions, read?: ReadXml): Validation {
  if (!xml.trim()) return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', rule: 'xml/empty', message: 'file is empty' }] };
  if (!read) return withRead(xml, (r) => validate(xml, file, options, r));
  if ('error' in read) return { diagnostics: [{ file, line: read.error.line, column: read.error.column, severity: 'error', rule: 'xml/not-well-formed', message: read.error.message }] };
  const { root, locate, parsed } = read;
  const out: Diagnostic[] = [];
  const wrongRoot = rootProblem(root.name, file);
  if (wrongRoot) out.push(wrongRoot);
  out.push(...options.schema.check(parsed, xml, file, { root, locate }));
  const choice = options.rules ?? 'auto';
  const profile = choice === 'none' ? undefined : choice === 'auto' ? (writtenByTeikit(root) ? 'teikit' : 'tei') : choice;
  if (profile) out.push(...withoutGrammarRepeats(checkRules(root, file, locate, { profile, ...(options.now !== undefined ? { now: options.now } : {}) }), out));
  return { diagnostics: out.sort(compareDiagnostics), ...(profile ? { profile } : {}) };
}

/** A date or an id the grammar already rejected, at the same element and attribute, is one fault: the grammar's message stands. */
function withoutGrammarRepeats(rules: Diagnostic[], grammar: Diagnostic[]): Diagnostic[] {
  return rules.filter((d) => {
    const attr = d.rule === 'date-valid' ? /^@([\w:]+)=/.exec(d.message)?.[1] : d.rule === 'id-unique' ? 'xml:id' : undefined;
    return !attr || !grammar.some((g) => g.line === d.line && g.column === d.column && g.message.includes(`of attribute "${attr}"`));
  });
}

/** The diagnostics of a TEI text (see validate). */
export function validateTei(xml: string, file: string, options: ValidateOptions): Diagnostic[] {
  return validate(xml, file, options).diagnostics;
}
