/**
 * An XML text parsed by libxml2 (WebAssembly): its verdict on well-formedness, with line and
 * column, and the document the grammar is checked against, so a file is parsed by libxml2 once.
 */
import { ParseOption, XmlDocument, XmlLibError, type ErrorDetail } from 'libxml2-wasm';
import { ID_ERROR, neutraliseIds, type IdFault } from './ids.js';

const PARSE = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_HUGE;

/** A text that is not well-formed, or not readable as a tree, with the line and column of the fault. */
export class TeiReadError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export interface ParsedXml {
  /** To be disposed by whoever asked for it. */
  doc: XmlDocument;
  /** Malformed or repeated xml:id, replaced in the copy libxml2 parsed (faults of validity, not of form). */
  idFaults: IdFault[];
}

/** The document of a well-formed text; a TeiReadError at libxml2's first fault otherwise. */
export function parseXmlDocument(xml: string): ParsedXml | TeiReadError {
  try {
    return { doc: XmlDocument.fromBuffer(Buffer.from(xml), { option: PARSE }), idFaults: [] };
  } catch (e) {
    if (!(e instanceof XmlLibError)) throw e;
    if (!e.details.every((d) => ID_ERROR.test(d.message))) return readError(e.details, xml);
    const copy = neutraliseIds(xml);
    try {
      return { doc: XmlDocument.fromBuffer(Buffer.from(copy.xml), { option: PARSE }), idFaults: copy.faults };
    } catch (again) {
      if (!(again instanceof XmlLibError)) throw again;
      return readError(again.details, xml);
    }
  }
}

/** The first fault only: libxml2's later ones follow from it (every enclosing tag then mismatches). */
function readError(details: ErrorDetail[], xml: string): TeiReadError {
  const first = details[0] ?? { message: 'not well-formed', line: 1, col: 1, level: 3 };
  const message = first.message.trim().replace(/\s+/g, ' ');
  const line = Math.max(1, first.line);
  return new TeiReadError(message, line, faultColumn(xml, line, first.col, message));
}

/** libxml2's column is where it stopped reading, after a mismatched closing tag: the fault is said at that tag's start. */
function faultColumn(xml: string, line: number, col: number, message: string): number {
  if (col <= 0) return 1;
  if (!message.startsWith('Opening and ending tag mismatch')) return col;
  const tag = (xml.split('\n')[line - 1] ?? '').lastIndexOf('<', col - 2);
  return tag >= 0 ? tag + 1 : col;
}
