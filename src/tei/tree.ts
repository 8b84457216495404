/**
 * The XNode tree of a text libxml2 has accepted as well-formed (xml-document.ts), through
 * fast-xml-parser configured for mixed content: order kept, no trimming, no value parsing, XML's
 * own references decoded, comments and processing instructions left out, elements named by local
 * name. libxml2 has judged the form, so fast-xml-parser's own check (a second pass) is not run.
 */
import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { TeiReadError } from './xml-document.js';
import type { XElement, XNode } from './xnode.js';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  entityDecoder: xmlEntityDecoder(),
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: '#comment',
  // No callback of ours reads the path, so the parser need not spell it out at every node.
  jPath: false,
});

/**
 * XML's own references only: the five predefined entities and character references. The parser's
 * default decoder leaves `&#160;`/`&#x2019;` undecoded unless HTML entities are switched on.
 */
function xmlEntityDecoder(): NonNullable<X2jOptions['entityDecoder']> {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const decode = (text: string) =>
    !text.includes('&')
      ? text
      : text.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (_ref, hex?: string, dec?: string, name?: string) =>
      name ? named[name]! : String.fromCodePoint(parseInt(hex ?? dec!, hex ? 16 : 10)),
    );
  const ignore = () => {};
  return { decode, reset: ignore, setExternalEntities: ignore, addInputEntities: ignore, setXmlVersion: ignore };
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

/** The tree of a text libxml2 has found well-formed. */
export function readWellFormed(xml: string): XElement {
  let parsed: Ordered[];
  try {
    parsed = parser.parse(xml) as Ordered[];
  } catch (e) {
    // A well-formedness check may pass a few things the parser then refuses (a character reference beyond U+10FFFF).
    throw new TeiReadError(e instanceof Error ? e.message : String(e), 1, 1);
  }
  const roots = parsed.map(convert).filter((n): n is XElement => typeof n !== 'string' && n !== null);
  const root = roots[0];
  if (!root) throw new TeiReadError('no root element', 1, 1);
  return root;
}

function convert(node: Ordered): XNode | null {
  let name: string | undefined;
  for (const k in node) {
    if (k !== ':@') {
      name = k;
      break;
    }
  }
  if (name === undefined || name === '#comment') return null;
  if (name === '#text') return String(node['#text']);
  // Plain loops: this runs for every node of every file read.
  const children: XNode[] = [];
  for (const c of node[name] as Ordered[]) {
    const x = convert(c);
    if (x !== null) children.push(x);
  }
  return { name: localName(name), attrs: { ...(node[':@'] ?? {}) }, children };
}

/** Elements are matched by local name: `tei:p` and `p` in the TEI namespace are the same. */
function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}
