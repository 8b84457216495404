/**
 * An XML text read once, for every stage that needs it: libxml2 parses it (the verdict on its
 * form, and the document the grammar is checked against), the tree is built from the text it
 * accepted, and validation, the per-file exports and the corpus exports take the same tree. Its
 * positions are found only if a stage asks for them.
 */
import { locator, type Locator } from './positions.js';
import { readWellFormed } from './tree.js';
import { parseXmlDocument, TeiReadError, type ParsedXml } from './xml-document.js';
import type { XElement } from './xnode.js';

export type Tree = { xml: string; root: XElement; locate: Locator; parsed: ParsedXml };
export type ReadXml = Tree | { xml: string; error: TeiReadError };

/** Reads `xml`, hands the result to `use`, and frees libxml2's document afterwards. */
export function withRead<T>(xml: string, use: (read: ReadXml) => T): T {
  const read = readOnce(xml);
  try {
    return use(read);
  } finally {
    if ('parsed' in read) read.parsed.doc.dispose();
  }
}

function readOnce(xml: string): ReadXml {
  const parsed = parseXmlDocument(xml);
  if (parsed instanceof TeiReadError) return { xml, error: parsed };
  let root: XElement;
  try {
    root = readWellFormed(xml);
  } catch (e) {
    parsed.doc.dispose();
    if (e instanceof TeiReadError) return { xml, error: e };
    throw e;
  }
  let locate: Locator | undefined;
  return { xml, root, parsed, locate: (e) => (locate ??= locator(xml, root))(e) };
}
