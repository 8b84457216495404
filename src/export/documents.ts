/** The TEI documents of a file: the root TEI, or each TEI of a teiCorpus. */
import { children, descendants, textContent, type XElement } from '../tei/xnode.js';

export function teiDocuments(root: XElement): XElement[] {
  return root.name === 'teiCorpus' ? children(root, 'TEI') : [root];
}

/** The first element with this name below e (depth first), if any. */
export function find(e: XElement | undefined, name: string): XElement | undefined {
  for (const c of e?.children ?? []) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return undefined;
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

export type NameKind = 'person' | 'place' | 'org';

export interface NamedEntity {
  id: string;
  kind: NameKind;
  standard: string;
  variants: string[];
}

/** Declaring element → the element its names are in. */
const NAME_ELEMENT: Record<NameKind, string> = { person: 'persName', place: 'placeName', org: 'orgName' };

function isKind(name: string): name is NameKind {
  return name in NAME_ELEMENT;
}

/** Entities declared anywhere in the file (a corpus declares them in its own header), with standard name and variants. */
export function declaredEntities(root: XElement): Map<string, NamedEntity> {
  const out = new Map<string, NamedEntity>();
  for (const d of descendants(root)) {
    const id = d.attrs['xml:id'];
    if (!id || !isKind(d.name) || out.has(id)) continue;
    const names = children(d, NAME_ELEMENT[d.name]).map((n) => ({ type: n.attrs.type, text: textContent(n).trim() }));
    const standard = (names.find((n) => n.type === 'standard') ?? names[0])?.text ?? id;
    const variants = [...new Set(names.map((n) => n.text))].filter((n) => n && n !== standard);
    out.set(id, { id, kind: d.name, standard, variants });
  }
  return out;
}

/** The ids a pointer attribute names (`#a #b` → a, b); anything not a local pointer is left out. */
export function pointers(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).flatMap((p) => (p.startsWith('#') && p.length > 1 ? [p.slice(1)] : []));
}

/** The persons a document's correspondence gives for one action (`sent`, `received`, `transmitted`), by id. */
export function correspondents(tei: XElement, type: string): string[] {
  const profile = path(tei, 'teiHeader', 'profileDesc');
  const actions = profile ? descendants(profile).filter((e) => e.name === 'correspAction' && e.attrs.type === type) : [];
  return actions.flatMap((a) => children(a, 'persName').flatMap((p) => pointers(p.attrs.ref)));
}
