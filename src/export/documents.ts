/** The TEI documents of a file: the root TEI, or each TEI of a teiCorpus. */
import { children, descendants, textContent, type XElement } from '../tei/xnode.js';

export function teiDocuments(root: XElement): XElement[] {
  return root.name === 'teiCorpus' ? children(root, 'TEI') : [root];
}

/** The first element with this name below e (depth first), if any. */
export function find(e: XElement | undefined, name: string): XElement | undefined {
  return e ? descendants(e).find((d) => d !== e && d.name === name) : undefined;
}

/** A path of child names: `path(tei, 'teiHeader', 'fileDesc', 'titleStmt', 'title')`. */
export function path(e: XElement | undefined, ...names: string[]): XElement | undefined {
  let at = e;
  for (const n of names) at = at && children(at, n)[0];
  return at;
}

export function titleOf(tei: XElement): string {
  const t = path(tei, 'teiHeader', 'fileDesc', 'titleStmt', 'title');
  return t ? textContent(t).trim() : '';
}
