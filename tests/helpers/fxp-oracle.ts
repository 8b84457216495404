/**
 * An XML text's tree as fast-xml-parser reads it (the way teikit read TEI before libxml2's verdict
 * let it split the text itself): the oracle src/tei/tree.ts is held to. Mixed content kept exactly:
 * order kept, no trimming, no value parsing, XML's own references decoded, comments dropped.
 */
import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import type { XElement, XNode } from '../../src/tei/xnode.js';

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
});

/** The parser's default decoder leaves `&#160;` undecoded unless HTML entities are switched on. */
function xmlEntityDecoder(): NonNullable<X2jOptions['entityDecoder']> {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const decode = (text: string) =>
    text.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (_ref, hex?: string, dec?: string, name?: string) =>
      name ? named[name]! : String.fromCodePoint(parseInt(hex ?? dec!, hex ? 16 : 10)),
    );
  const ignore = () => {};
  return { decode, reset: ignore, setExternalEntities: ignore, addInputEntities: ignore, setXmlVersion: ignore };
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

/** The tree, or undefined where fast-xml-parser's own check refuses the text. */
export function readWithFastXmlParser(xml: string): XElement | undefined {
  if (XMLValidator.validate(xml, { allowBooleanAttributes: false }) !== true) return undefined;
  return (parser.parse(xml) as Ordered[]).map(convert).find((n): n is XElement => typeof n === 'object' && n !== null);
}

function convert(node: Ordered): XNode | null {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (name === undefined || name === '#comment') return null;
  if (name === '#text') return String(node['#text']);
  const children = (node[name] as Ordered[]).map(convert).filter((c): c is XNode => c !== null);
  return { name: name.replace(/^.*:/, ''), attrs: { ...(node[':@'] ?? {}) }, children };
}
