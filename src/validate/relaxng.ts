/**
 * RelaxNG validation in Node without Java: libxml2 compiled to WebAssembly (libxml2-wasm,
 * pinned; its RelaxNG API is marked deprecated upstream). A schema is compiled once and
 * reused for every file. libxml2 decides validity and names the elements that failed; its
 * messages (a cascade: the parent's "extra content", then the child's) are replaced by one
 * message per fault from the grammar itself (explain.ts), placed at the element's start tag.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RelaxNGValidator, XmlDocument, XmlLibError, type ErrorDetail } from 'libxml2-wasm';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { elementWithId } from '../tei/ids.js';
import { locator, type Locator } from '../tei/positions.js';
import { readWellFormed } from '../tei/tree.js';
import { parseXmlDocument, TeiReadError, type ParsedXml } from '../tei/xml-document.js';
import { descendants, type XElement } from '../tei/xnode.js';
import { Explainer, type Fault } from './explain.js';
import { Grammar } from './grammar.js';

/** The project schema shipped with the toolkit. */
export const PROJECT_SCHEMA = fileURLToPath(new URL('../../schemas/teikit.rng', import.meta.url));

export class RelaxNgSchema {
  private explainer?: Explainer;

  private constructor(
    private readonly validator: RelaxNGValidator,
    readonly path: string,
  ) {}

  static load(path: string): RelaxNgSchema {
    const rng = XmlDocument.fromBuffer(readFileSync(path), { url: pathToFileURL(path).href });
    try {
      return new RelaxNgSchema(RelaxNGValidator.fromDoc(rng), path);
    } finally {
      rng.dispose();
    }
  }

  /** Grammar problems of an XML text not read yet (convert's check of its own output), as diagnostics (empty when valid). */
  validate(xml: string, file: string): Diagnostic[] {
    const parsed = parseXmlDocument(xml);
    if (parsed instanceof TeiReadError) return [{ file, line: parsed.line, column: parsed.column, severity: 'error', rule: 'xml/not-well-formed', message: parsed.message }];
    try {
      return this.check(parsed, xml, file);
    } finally {
      parsed.doc.dispose();
    }
  }

  /**
   * Grammar problems of a document libxml2 parsed from `xml`. `tree` is the text already read,
   * where the caller has it; else it is read only when there is a fault to explain.
   */
  check(parsed: ParsedXml, xml: string, file: string, tree?: { root: XElement; locate: Locator }): Diagnostic[] {
    let details: ErrorDetail[] = [];
    try {
      this.validator.validate(parsed.doc);
    } catch (e) {
      if (!(e instanceof XmlLibError)) throw e;
      details = e.details;
    }
    if (!details.length && !parsed.idFaults.length) return [];
    const read = tree ?? readTree(xml);
    if (!read) return libxmlDiagnostics(details, xml, file);
    const ids = parsed.idFaults.map((f): Diagnostic => {
      const at = elementWithId(descendants(read.root), f.value);
      const message = `value "${f.value}" of attribute "xml:id" of element "${at?.name ?? '?'}" ${f.problem}`;
      return { file, ...(at ? read.locate(at) : { line: 1, column: 1 }), severity: 'error', rule: 'schema/invalid', message };
    });
    const all = [...ids, ...(details.length ? this.explain(details, read.root, read.locate, file, xml) : [])];
    return all.filter((d, i) => all.findIndex((x) => x.line === d.line && x.column === d.column && x.message === d.message) === i);
  }

  /** One diagnostic per fault the grammar explains; libxml2's own message where it explains none. */
  private explain(details: ErrorDetail[], root: XElement, locate: Locator, file: string, xml: string): Diagnostic[] {
    this.explainer ??= this.loadExplainer();
    const elements = descendants(root);
    const parentOf = new Map<XElement, XElement>();
    for (const e of elements) for (const c of e.children) if (typeof c !== 'string') parentOf.set(c, e);
    const flagged = details.map((d) => ({ d, at: elementOf(d, elements, locate) }));
    const faults: Fault[] = [];
    const seen = new Set<string>();
    /** Elements that fit a pattern of their name: libxml2 blamed them while backtracking. */
    const fits = new Set<XElement>();
    const visit = (e: XElement | undefined) => {
      if (!e) return;
      const found = this.explainer!.faultsOf(e, parentOf.get(e));
      if (!found.length && this.explainer!.knows(e.name)) fits.add(e);
      for (const f of found) {
        // The same fault seen from the element and from its parent is said once, with the first list of what is allowed.
        const key = `${locate(f.at).line}:${locate(f.at).column}:${f.message.split('; ')[0]}`;
        if (!seen.has(key)) faults.push(f);
        seen.add(key);
      }
    };
    for (const { at } of flagged) {
      visit(at);
      if (at) visit(parentOf.get(at));
    }
    const explained = new Set(faults.map((f) => f.at));
    const covered = (e: XElement | undefined) =>
      e !== undefined && ((faults.length > 0 && fits.has(e)) || explained.has(e) || explained.has(parentOf.get(e)!) || descendants(e).some((x) => explained.has(x)));
    const rest = flagged.filter(({ at }) => !covered(at)).map(({ d }) => d);
    const out: Diagnostic[] = faults.map((f) => ({ file, ...locate(f.at), severity: 'error', rule: 'schema/invalid', message: f.message }));
    const restSeen = new Set<string>();
    for (const d of libxmlDiagnostics(rest, xml, file)) {
      const key = `${d.line}:${d.message}`;
      if (!restSeen.has(key)) out.push(d);
      restSeen.add(key);
    }
    return out;
  }

  private loadExplainer(): Explainer {
    const text = readFileSync(this.path, 'utf8');
    const ns = /<grammar\b[^>]*\sns="([^"]*)"/.exec(text)?.[1];
    return new Explainer(new Grammar(text), ns);
  }

  dispose(): void {
    this.validator.dispose();
  }
}

function readTree(xml: string): { root: XElement; locate: Locator } | undefined {
  try {
    const root = readWellFormed(xml);
    return { root, locate: locator(xml, root) };
  } catch {
    // libxml2 read what our reader cannot: its own messages stand.
    return undefined;
  }
}

/** The element a libxml2 message is about: the one it names whose start tag is on its line. */
function elementOf(d: ErrorDetail, elements: XElement[], locate: Locator): XElement | undefined {
  const onLine = elements.filter((e) => locate(e).line === d.line);
  const name = /(?:element|Element) (?:"|')?([\w:.-]+)/.exec(d.message)?.[1]?.replace(/^.*:/, '');
  // libxml2 gives no line for some faults of the root; the named element is then the first of its name.
  return onLine.find((e) => e.name === name) ?? onLine[0] ?? elements.find((e) => e.name === name);
}

function libxmlDiagnostics(details: ErrorDetail[], xml: string, file: string): Diagnostic[] {
  const lines = xml.split('\n');
  return details.map((d) => ({
    file,
    line: Math.max(1, d.line),
    column: d.col > 0 ? d.col : guessColumn(lines[d.line - 1] ?? '', d.message),
    severity: 'error' as const,
    rule: 'schema/invalid',
    message: d.message.trim().replace(/\s+/g, ' '),
  }));
}

/** Column of `<name` on the line, where the message names an element; else 1. */
function guessColumn(line: string, message: string): number {
  const name = /(?:element|Element) (?:"|')?([\w:.-]+)/.exec(message)?.[1];
  const at = name ? line.search(new RegExp(`<(?:\\w+:)?${name.replace(/[.-]/g, '\\$&')}[\\s/>]`)) : -1;
  if (at >= 0) return at + 1;
  const first = line.search(/\S/);
  return first >= 0 ? first + 1 : 1;
}
