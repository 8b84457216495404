/**
 * The XNode tree of a text libxml2 has accepted as well-formed (xml-document.ts). libxml2 has
 * judged the text, so this only splits it into elements, attributes and text, keeping mixed
 * content exactly: order kept, no trimming, XML's own references decoded, line ends read as
 * XML reads them, comments and processing instructions left out, elements named by local name.
 */
import { TeiReadError } from './xml-document.js';
import type { XElement } from './xnode.js';

const START_TAG = /<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
/**
 * Markup that is no element: a comment, a CDATA section (group `cdata`, its text), a processing
 * instruction, a document type declaration (whose quoted values and comments may hold `]>`).
 */
export const OTHER_MARKUP = String.raw`<!--[\s\S]*?-->|<!\[CDATA\[(?<cdata>[\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^>["']|"[^"]*"|'[^']*')*(?:\[(?:[^\]"'<]|"[^"]*"|'[^']*'|<!--[\s\S]*?-->|<)*\]\s*)?>`;
const OTHER = new RegExp(OTHER_MARKUP, 'y');
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

export function readWellFormed(source: string): XElement {
  // XML reads \r\n and a lone \r as \n (XML 1.0, 2.11).
  const xml = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const top: XElement = { name: '', attrs: {}, children: [] };
  const open: XElement[] = [top];
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    // Text outside the root (a byte order mark, line ends) is not part of the tree.
    if (textEnd > at && open.length > 1) open.at(-1)!.children.push(decode(xml.slice(at, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) {
      open.pop();
      at = xml.indexOf('>', lt) + 1;
    } else if (next === BANG || next === QUESTION) {
      OTHER.lastIndex = lt;
      const m = OTHER.exec(xml) ?? unreadable(xml, lt);
      const cdata = m.groups?.cdata;
      if (cdata !== undefined && open.length > 1) open.at(-1)!.children.push(cdata);
      at = OTHER.lastIndex;
    } else {
      START_TAG.lastIndex = lt;
      const m = START_TAG.exec(xml) ?? unreadable(xml, lt);
      const attrs = readAttributes(m[2]!);
      const e: XElement = { name: localName(m[1]!), attrs, children: [] };
      open.at(-1)!.children.push(e);
      if (!m[3]) open.push(e);
      at = START_TAG.lastIndex;
    }
  }
  const root = top.children.find((c): c is XElement => typeof c !== 'string');
  return root ?? unreadable(xml, 0);
}

/** The attributes of a start tag, in their order; `list` is what START_TAG matched after the name. */
function readAttributes(list: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(list); a; a = ATTRIBUTE.exec(list)) attrs[a[1]!] = decode(a[2] ?? a[3]!);
  return attrs;
}

/** XML's own references only: the five predefined entities and character references (an entity a DTD declares stays as written). */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (_ref, hex?: string, dec?: string, name?: string) =>
    name ? NAMED[name]! : String.fromCodePoint(parseInt(hex ?? dec!, hex ? 16 : 10)),
  );
}

/** Elements are matched by local name: `tei:p` and `p` in the TEI namespace are the same. */
function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Markup libxml2 accepted that this reading does not split (a processing instruction holding a quote inside a DTD's internal subset). */
function unreadable(xml: string, offset: number): never {
  const before = xml.slice(0, offset);
  throw new TeiReadError('cannot read the markup here into a tree', before.split('\n').length, offset - before.lastIndexOf('\n'));
}
