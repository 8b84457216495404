/**
 * The corpus the data exports (CSL-JSON, CMIF, GEXF, CSV) share: every document of every TEI
 * file, as the JSON export's data view gives it, plus what only a corpus needs: the digital
 * archive a citation names, the links of each document to persons (network.ts), and persons
 * merged across files by their id (the gazetteer's ids are the same in every file teikit writes).
 */
import { children, descendants, textContent, type XElement } from '../tei/xnode.js';
import { find, path, teiDocuments } from './documents.js';
import { dataView, type DocumentData } from './json.js';
import { authorityOf } from './authority.js';
import { buildNetwork, documentLinks, type DocumentLinks, type Network } from './network.js';
import type { Locator } from '../tei/positions.js';
import { detached } from '../util/detach.js';

/** A document's data view without its turns' text, which no corpus export reads. */
export interface CorpusDocument extends Omit<DocumentData, 'utterances'> {
  /** Unique in the corpus: the document's xml:id, else the file's name and the document's place in it. */
  key: string;
  file: string;
  /** The digital archive the citation names (the container a bibliography cites). */
  digitalArchive?: string;
  links: DocumentLinks;
}

export interface CorpusPerson {
  id: string;
  name: string;
  variants: string[];
  /** Verified authority URIs (authority.ts). */
  authority: string[];
}

export interface Corpus {
  documents: CorpusDocument[];
  /** The documents' keys, to keep them unique without searching the list. */
  keys: Set<string>;
  persons: Map<string, CorpusPerson>;
  /** Identifiers files gave that the gazetteer does not vouch for, left out of every export. */
  unverified: { file: string; line: number; column: number; entity: string; identifier: string }[];
  /** Dates (@when) the files record of their own publication: publicationStmt/date, a page's upload date, revisionDesc/change. */
  published: string[];
}

export function emptyCorpus(): Corpus {
  return { documents: [], keys: new Set(), persons: new Map(), unverified: [], published: [] };
}

/** Adds the documents and persons of one TEI file (root TEI or teiCorpus) to the corpus; `name` keys documents without an xml:id. */
export function addFile(corpus: Corpus, file: string, root: XElement, name: string, locate?: Locator): void {
  for (const decl of personDeclarations(root)) mergePerson(corpus, file, decl, locate);
  corpus.published.push(...detached(publicationDates(root)));
  const views = dataView(root);
  teiDocuments(root).forEach((tei, i) => {
    const { utterances, ...view } = views[i]!;
    const wanted = view.id || `${name}-${i + 1}`;
    const key = corpus.keys.has(wanted) ? `${wanted}-${corpus.documents.length + 1}` : wanted;
    const archive = digitalArchive(tei);
    const record = detached({ ...view, key, file, ...(archive ? { digitalArchive: archive } : {}), links: documentLinks(tei) });
    corpus.keys.add(record.key);
    corpus.documents.push(record);
  });
}

function personDeclarations(root: XElement): XElement[] {
  return descendants(root).filter((e) => e.name === 'person' && e.attrs['xml:id']);
}

function mergePerson(corpus: Corpus, file: string, decl: XElement, locate?: Locator): void {
  const id = detached(decl.attrs['xml:id']!);
  const names = detached(descendants(decl).filter((e) => e.name === 'persName').map((n) => ({ type: n.attrs.type, text: textContent(n).trim() })));
  const standard = (names.find((n) => n.type === 'standard') ?? names[0])?.text || id;
  const { verified, unverified } = authorityOf(decl);
  for (const { identifier, element } of unverified) corpus.unverified.push({ file, ...(locate?.(element) ?? { line: 1, column: 1 }), entity: id, identifier: detached(identifier) });
  const person = corpus.persons.get(id) ?? { id, name: standard, variants: [], authority: [] };
  const add = (list: string[], items: string[]) => list.push(...items.filter((x) => x && x !== person.name && !list.includes(x)));
  add(person.variants, names.map((n) => n.text));
  add(person.authority, detached(verified));
  corpus.persons.set(id, person);
}

function publicationDates(root: XElement): string[] {
  const dated = descendants(root).flatMap((e) =>
    e.name === 'publicationStmt' ? children(e, 'date') : e.name === 'revisionDesc' ? descendants(e).filter((c) => c.name === 'change') : e.name === 'date' && e.attrs.type === 'uploaded' ? [e] : [],
  );
  return dated.flatMap((e) => (e.attrs.when ? [e.attrs.when] : []));
}

/** The digital archive of a document's citation, else of its file's (a teiCorpus header). */
function digitalArchive(tei: XElement): string | undefined {
  const source = path(tei, 'teiHeader', 'fileDesc', 'sourceDesc');
  const citation = source?.children.find((c): c is XElement => typeof c !== 'string' && c.name === 'bibl' && c.attrs.type === 'citation');
  const org = find(citation, 'orgName');
  return org ? textContent(org).trim() : undefined;
}

/** The corpus's network of persons, for GEXF and CSV. */
export function corpusNetwork(corpus: Corpus): Network<CorpusPerson> {
  return buildNetwork(corpus.documents, corpus.persons);
}
