/**
 * XML text from an XNode tree, through xmlbuilder2 (escaping, declaration). Element-only
 * content is indented; mixed content is written exactly as it is, since white space there is text.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { isElement, type XElement } from './xnode.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Containers whose white space is not text; inside anything else (p, supplied, bibl…) none is added. */
const STRUCTURAL = new Set(
  'TEI teiCorpus teiHeader fileDesc titleStmt respStmt publicationStmt availability sourceDesc msDesc msIdentifier altIdentifier biblStruct monogr imprint encodingDesc editorialDecl appInfo application profileDesc abstract langUsage textClass keywords correspDesc correspAction particDesc listPerson person listOrg org settingDesc listPlace place text body back div sp list opener closer floatingText'.split(
    ' ',
  ),
);

/**
 * xmlbuilder2 leaves `&` alone when it looks like a reference (`&amp;`, `&#38;`), so text such as
 * "&amp;" would come back as "&": we write every `&` ourselves (it keeps our `&amp;` as it is).
 * CR, and TAB/LF in attributes, become character references, which XML parsers do not normalise.
 */
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export interface SerializeOptions {
  /** Indent element-only containers (default). Off, white space is written exactly as the tree has it: a read tree carries its own. */
  indent?: boolean;
}

export function serialize(root: XElement, { indent = true }: SerializeOptions = {}): string {
  const doc = create();
  build(doc.ele(TEI_NS, root.name), root, 1, indent);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doc.end({ prettyPrint: false, headless: true })}\n`;
}

function build(node: XMLBuilder, e: XElement, depth: number, indent: boolean): void {
  for (const [k, v] of Object.entries(e.attrs)) {
    // The namespace declaration comes from the element's namespace; a read tree carries it as an attribute.
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
