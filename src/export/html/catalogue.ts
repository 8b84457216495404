/**
 * What the corpus view needs of one exported file, read from its TEI as soon as the file is
 * exported so the tree can be let go: each document's date, type, archive, the persons it
 * involves and in what role, and its speaker turns with their anchors on the document page.
 */
import { children, descendants, textContent, type XElement } from '../../tei/xnode.js';
import { correspondents, declaredEntities, find, path, pointers, teiDocuments, titleOf } from '../documents.js';
import { documentLinks, type DocumentLinks } from '../network.js';
import { render } from '../text.js';
import { citationOf, documentDate } from './card.js';
import { documentId, turnIds } from './anchors.js';
import { detached } from '../../util/detach.js';

/** How a person figures in a document, strongest first. */
export const ROLES = ['sender', 'addressee', 'relay', 'speaker', 'participant', 'mentioned'] as const;
export type Role = (typeof ROLES)[number];

/** Action of a correspDesc → the role of its persons. */
const CORRESP_ROLE = { sent: 'sender', received: 'addressee', transmitted: 'relay' } as const;

/** Characters of a turn shown on a person page, cut at a word. */
const PREVIEW_CHARS = 140;

export interface Turn {
  /** Fragment id on the document page. */
  id: string;
  /** Person id (without `#`), or '' when the turn names none. */
  who: string;
  n: number;
  preview: string;
}

export interface DocEntry {
  /** Link to the document from the output folder: `file.html`, or `file.html#id` inside a corpus. */
  href: string;
  /** Link to the file's page. */
  file: string;
  fileTitle: string;
  title: string;
  /** ISO date (`@when`) when the document has one. */
  when?: string;
  dateText?: string;
  type?: string;
  archive?: string;
  archivalId?: string;
  /** Person id → roles, in ROLES order; ids sorted. */
  roles: [string, Role[]][];
  turns: Turn[];
  /** What the network takes from the document (export/network.ts). */
  links: DocumentLinks;
}

export interface PersonEntry {
  id: string;
  standard: string;
  variants: string[];
}

export interface CatalogueFile {
  docs: DocEntry[];
  persons: PersonEntry[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function preview(sp: XElement): string {
  const words = squash(sp.children.filter((c) => typeof c === 'string' || c.name !== 'speaker').map(render).join(' '));
  if (words.length <= PREVIEW_CHARS) return words;
  const cut = words.slice(0, PREVIEW_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : PREVIEW_CHARS)}…`;
}

/** The archive's name: the repository, else the first words of the archival identifier ("AVPRF" of "AVPRF: fond 0100…"). */
function archiveOf(tei: XElement): { archive?: string; archivalId?: string } {
  const ms = path(tei, 'teiHeader', 'fileDesc', 'sourceDesc', 'msDesc', 'msIdentifier');
  const idno = find(path(tei, 'teiHeader', 'fileDesc', 'sourceDesc'), 'idno');
  const archivalId = idno?.attrs.type === 'archival' ? squash(textContent(idno)) : undefined;
  const repository = ms && children(ms, 'repository')[0];
  const archive = repository ? squash(textContent(repository)) : archivalId?.split(/[,:;]/)[0]?.trim();
  return { archive: archive || undefined, archivalId: archivalId || undefined };
}

function rolesOf(tei: XElement, turns: Turn[]): [string, Role[]][] {
  const roles = new Map<string, Set<Role>>();
  const add = (id: string | undefined, role: Role) => {
    if (id) roles.set(id, (roles.get(id) ?? new Set()).add(role));
  };
  for (const [action, role] of Object.entries(CORRESP_ROLE)) for (const id of correspondents(tei, action)) add(id, role);
  const header = path(tei, 'teiHeader', 'profileDesc');
  for (const l of header ? descendants(header).filter((d) => d.name === 'listPerson' && d.attrs.type === 'participants') : []) {
    for (const p of children(l, 'person')) add(pointers(p.attrs.sameAs)[0], 'participant');
  }
  for (const t of turns) add(t.who || undefined, 'speaker');
  const text = children(tei, 'text')[0];
  for (const name of text ? descendants(text).filter((d) => d.name === 'persName') : []) for (const id of pointers(name.attrs.ref)) add(id, 'mentioned');
  return [...roles]
    .map(([id, set]): [string, Role[]] => {
      const list = ROLES.filter((r) => set.has(r));
      // Named in the text by someone who takes part: the part says more than the mention.
      return [id, list.length > 1 ? list.filter((r) => r !== 'mentioned') : list];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function docEntry(tei: XElement, docId: string, file: string, fileTitle: string, inCorpus: boolean): DocEntry {
  const date = documentDate(tei, citationOf(tei));
  const when = date?.attrs.when;
  const type = kindTerm(tei);
  const text = children(tei, 'text')[0];
  const turns = [...turnIds(text, docId)].map(([sp, id], i): Turn => ({ id, who: pointers(sp.attrs.who)[0] ?? '', n: i + 1, preview: preview(sp) }));
  return {
    href: inCorpus ? `${file}#${docId}` : file,
    file,
    fileTitle,
    title: titleOf(tei) || docId,
    when: when && /^\d{4}/.test(when) ? when : undefined,
    dateText: date ? squash(textContent(date)) || undefined : undefined,
    type,
    ...archiveOf(tei),
    roles: rolesOf(tei, turns),
    turns,
    links: documentLinks(tei),
  };
}

function kindTerm(tei: XElement): string | undefined {
  const classes = path(tei, 'teiHeader', 'profileDesc', 'textClass');
  const term = (classes ? descendants(classes) : []).find((t) => t.name === 'term' && t.attrs.type === 'documentType');
  return term ? squash(textContent(term)) || undefined : undefined;
}

function corpusTitle(root: XElement): string {
  const t = path(root, 'teiHeader', 'fileDesc', 'titleStmt', 'title');
  return t ? textContent(t).trim() : teiDocuments(root).map(titleOf).join('; ');
}

/** The title of a file's page: the corpus's or the document's, else the file's name. */
export function pageTitle(root: XElement, name: string): string {
  return (root.name === 'teiCorpus' ? corpusTitle(root) : titleOf(root)) || name;
}

/** One file's entry in the corpus view; `name` is its stem, as `exportHtml` takes it, and its page `name.html`. */
export function catalogueFile(root: XElement, name: string): CatalogueFile {
  const inCorpus = root.name === 'teiCorpus';
  const href = `${name}.html`;
  const fileTitle = pageTitle(root, name);
  const docs = teiDocuments(root).map((d, i) => docEntry(d, documentId(d, name, i), href, fileTitle, inCorpus));
  const persons = [...declaredEntities(root).values()].filter((e) => e.kind === 'person').map(({ id, standard, variants }) => ({ id, standard, variants }));
  return detached({ docs, persons });
}
