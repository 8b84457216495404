/**
 * Fragment ids on the document pages that other pages link to: each document's article and each
 * speaker turn. The document pages and the corpus view both take them from here, so the links
 * cannot drift from the anchors.
 */
import { descendants, type XElement } from '../../tei/xnode.js';

/** The article id of the `index`-th document of file `name`: its `xml:id`, else the file and number. */
export function documentId(tei: XElement, name: string, index: number): string {
  return tei.attrs['xml:id'] ?? `${name}-${index + 1}`;
}

/** Each speaker turn's id: its own `xml:id`, else the document's id and the turn's number. */
export function turnIds(text: XElement | undefined, docId: string): Map<XElement, string> {
  const turns = text ? descendants(text).filter((d) => d.name === 'sp') : [];
  return new Map(turns.map((sp, i) => [sp, sp.attrs['xml:id'] ?? `${docId}-turn-${i + 1}`]));
}
