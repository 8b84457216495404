/**
 * Canonical XML (C14N 1.0, comments dropped) through libxml2, so that two XML texts can be
 * compared for sameness of content: attribute order, quoting, character references, empty-element
 * form and the declaration no longer matter; white space, text and element order still do.
 */
import { ParseOption, XmlC14NMode, XmlDocument } from 'libxml2-wasm';

export function canonicalXml(xml: string): string {
  const doc = XmlDocument.fromString(xml, { option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_HUGE });
  try {
    return doc.canonicalizeToString({ mode: XmlC14NMode.XML_C14N_1_0, withComments: false });
  } finally {
    doc.dispose();
  }
}

/** True when both texts have the same canonical form. */
export function canonicallyEqual(a: string, b: string): boolean {
  return canonicalXml(a) === canonicalXml(b);
}
