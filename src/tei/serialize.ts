/**
 * XML text from an XNode tree, written directly: the tree is already the document, so the text is
 * its names, escaped text and attributes, and indentation. Element-only content is indented; mixed
 * content is written exactly as it is, since white space there is text. The tests hold these
 * bytes equal to xmlbuilder2's for every output and for random trees.
 */
import { ELEMENTS } from '../schema/registry.js';
import type { XElement } from './xnode.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** Containers whose white space is not text (the registry's structural elements); inside anything else (p, supplied, bibl…) none is added. */
export const STRUCTURAL: ReadonlySet<string> = new Set(ELEMENTS.filter((e) => e.structural).map((e) => e.name));

/**
 * Markup characters become references; so do CR in text, and TAB/LF/CR in attributes, which
 * XML parsers would otherwise normalise. `&` is always escaped, even where it looks like a
 * reference: "&amp;" in the tree is text, not markup.
 */
const REFERENCE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\t': '&#9;', '\n': '&#10;' };
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"\t\n\r]/g;
const reference = (c: string) => REFERENCE[c]!;

const escapeText = (s: string): string => s.replace(TEXT_SPECIAL, reference);
const escapeAttr = (s: string): string => s.replace(ATTR_SPECIAL, reference);

/** XML 1.0's NameStartChar and NameChar (fifth edition), without the colon. */
const NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
// Combining marks first: after a letter, the linter reads them as one combined character.
const NAME_REST = `\\u0300-\\u036F${NAME_START}\\-.0-9\\u00B7\\u203F\\u2040`;
const NCNAME = `[${NAME_START}][${NAME_REST}]*`;
const ELEMENT_NAME = new RegExp(`^${NCNAME}$`, 'u');
const ATTRIBUTE_NAME = new RegExp(`^${NCNAME}(?::${NCNAME})?$`, 'u');

/** A tree that cannot be written as XML: a name no XML parser would read back. */
export class SerializeError extends Error {}

/** Names already checked: a document uses a few dozen names thousands of times. */
const checkedElements = new Set<string>();
const checkedAttributes = new Set<string>();

function checkName(name: string, pattern: RegExp, checked: Set<string>, kind: string): string {
  if (checked.has(name)) return name;
  if (!pattern.test(name)) throw new SerializeError(`cannot write ${kind} name ${JSON.stringify(name)}: not an XML ${kind === 'element' ? 'local ' : ''}name`);
  checked.add(name);
  return name;
}

export interface SerializeOptions {
  /** Indent element-only containers (default). Off, white space is written exactly as the tree has it: a read tree carries its own. */
  indent?: boolean;
}

export function serialize(root: XElement, { indent = true }: SerializeOptions = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, 1, indent, ` xmlns="${TEI_NS}"`)}\n`;
}

/**
 * Every element is in the TEI namespace, declared once on the root. The tree's own `xmlns`
 * attribute (a read tree keeps it) is that declaration, so it is not written twice.
 */
function element(e: XElement, depth: number, indent: boolean, declaration = ''): string {
  const name = checkName(e.name, ELEMENT_NAME, checkedElements, 'element');
  let out = `<${name}${declaration}`;
  for (const [k, v] of Object.entries(e.attrs)) {
    if (k !== 'xmlns') out += ` ${checkName(k, ATTRIBUTE_NAME, checkedAttributes, 'attribute')}="${escapeAttr(v)}"`;
  }
  const { children } = e;
  if (children.length === 0) return `${out}/>`;
  out += '>';
  const elementOnly = indent && STRUCTURAL.has(name) && children.every((c) => typeof c !== 'string');
  const gap = elementOnly ? `\n${'  '.repeat(depth)}` : '';
  for (const c of children) out += gap + (typeof c === 'string' ? escapeText(c) : element(c, depth + 1, indent));
  if (elementOnly) out += `\n${'  '.repeat(depth - 1)}`;
  return `${out}</${name}>`;
}
