/**
 * The TEI serialization as xmlbuilder2 writes it (the way teikit wrote TEI before it wrote the
 * text directly): the oracle the direct serializer's bytes are held to.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { isElement, type XElement } from '../../src/tei/xnode.js';
import { STRUCTURAL, TEI_NS } from '../../src/tei/serialize.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** xmlbuilder2 leaves `&` alone when it looks like a reference, so every `&` is escaped first. */
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
const escapeAttr = (s: string) => escapeText(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

export function serializeWithXmlbuilder2(root: XElement, { indent = true }: { indent?: boolean } = {}): string {
  const doc = create();
  build(doc.ele(TEI_NS, root.name), root, 1, indent);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doc.end({ prettyPrint: false, headless: true })}\n`;
}

function build(node: XMLBuilder, e: XElement, depth: number, indent: boolean): void {
  for (const [k, v] of Object.entries(e.attrs)) {
    if (k === 'xmlns') continue;
    if (k.startsWith('xml:')) node.att(XML_NS, k, escapeAttr(v));
    else node.att(k, escapeAttr(v));
  }
  const elementOnly = indent && STRUCTURAL.has(e.name) && e.children.length > 0 && e.children.every(isElement);
  for (const c of e.children) {
    if (elementOnly) node.txt(`\n${'  '.repeat(depth)}`);
    if (isElement(c)) build(node.ele(TEI_NS, c.name), c, depth + 1, indent);
    else node.txt(escapeText(c));
  }
  if (elementOnly) node.txt(`\n${'  '.repeat(depth - 1)}`);
}
