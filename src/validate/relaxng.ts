/**
 * RelaxNG validation in Node without Java: libxml2 compiled to WebAssembly (libxml2-wasm,
 * pinned; its RelaxNG API is marked deprecated upstream). A schema is compiled once and
 * reused for every file. libxml2 reports lines but column 0; we find the column of the
 * element named in the message on that line where we can.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ParseOption, RelaxNGValidator, XmlDocument, XmlLibError, type ErrorDetail } from 'libxml2-wasm';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The project schema shipped with the toolkit. */
export const PROJECT_SCHEMA = fileURLToPath(new URL('../../schemas/teikit.rng', import.meta.url));

export class RelaxNgSchema {
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

  /** Grammar problems of an XML text, as diagnostics (empty when valid). */
  validate(xml: string, file: string): Diagnostic[] {
    let doc: XmlDocument;
    try {
      doc = XmlDocument.fromString(xml, { option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_HUGE });
    } catch (e) {
      return toDiagnostics(e, xml, file, 'xml/not-well-formed');
    }
    try {
      this.validator.validate(doc);
      return [];
    } catch (e) {
      return toDiagnostics(e, xml, file, 'schema/invalid');
    } finally {
      doc.dispose();
    }
  }

  dispose(): void {
    this.validator.dispose();
  }
}

function toDiagnostics(e: unknown, xml: string, file: string, rule: string): Diagnostic[] {
  const details: ErrorDetail[] = e instanceof XmlLibError ? e.details : [{ message: String(e), level: 3, line: 1, col: 0 }];
  const lines = xml.split('\n');
  return details.map((d) => ({
    file,
    line: Math.max(1, d.line),
    column: d.col > 0 ? d.col : guessColumn(lines[d.line - 1] ?? '', d.message),
    severity: 'error' as const,
    rule,
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
