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

/**
 * What one TEI file (root TEI or teiCorpus) gives the corpus, read from its tree alone, so a
 * worker thread can make it; `name` keys documents without an xml:id. Its strings are its own
 * (see detached): it outlives the tree.
 */
export interface FileContribution {
  persons: { id: string; standard: string; names: string[]; verified: string[]; unverified: { line: number; column: number; identifier: string }[] }[];
  published: string[];
  /** `wanted`: the key the document asks for; the corpus makes it unique. */
  documents: (Omit<CorpusDocument, 'key' | 'file'> & { wanted: string })[];
}

export function contributionOf(root: XElement, name: string, locate?: Locator): FileContribution {
  const views = dataView(root);
  const documents = teiDocuments(root).map((tei, i) => {
    const { utterances, ...view } = views[i]!;
    const archive = digitalArchive(tei);
    return { ...view, wanted: view.id || `${name}-${i + 1}`, ...(archive ? { digitalArchive: archive } : {}), links: documentLinks(tei) };
  });
  const persons = personDeclarations(root).map((decl) => {
    const id = decl.attrs['xml:id']!;
    const names = descendants(decl).filter((e) => e.name === 'persName').map((n) => ({ type: n.attrs.type, text: textContent(n).trim() }));
    const { verified, unverified } = authorityOf(decl);
    return {
      id,
      standard: (names.find((n) => n.type === 'standard') ?? names[0])?.text || id,
      names: names.map((n) => n.text),
      verified,
      unverified: unverified.map(({ identifier, element }) => ({ ...(locate?.(element) ?? { line: 1, column: 1 }), identifier })),
    };
  });
  return detached({ persons, published: publicationDates(root), documents });
}

/** Adds a file's contribution; files are added in a fixed order, as the first spelling of a person and the first claim on a key win. */
export function mergeFile(corpus: Corpus, file: string, contribution: FileContribution): void {
  for (const p of contribution.persons) {
    for (const { line, column, identifier } of p.unverified) corpus.unverified.push({ file, line, column, entity: p.id, identifier });
    const person = corpus.persons.get(p.id) ?? { id: p.id, name: p.standard, variants: [], authority: [] };
    const add = (list: string[], items: string[]) => list.push(...items.filter((x) => x && x !== person.name && !list.includes(x)));
    add(person.variants, p.names);
    add(person.authority, p.verified);
    corpus.persons.set(p.id, person);
  }
  corpus.published.push(...contribution.published);
  for (const { wanted, digitalArchive, links, ...view } of contribution.documents) {
    const key = corpus.keys.has(wanted) ? `${wanted}-${corpus.documents.length + 1}` : wanted;
    corpus.keys.add(key);
    corpus.documents.push({ ...view, key, file, ...(digitalArchive !== undefined ? { digitalArchive } : {}), links });
  }
}

/** Adds the documents and persons of one TEI file to the corpus (see contributionOf). */
export function addFile(corpus: Corpus, file: string, root: XElement, name: string, locate?: Locator): void {
  mergeFile(corpus, file, contributionOf(root, name, locate));
}

function personDeclarations(root: XElement): XElement[] {
  return descendants(root).filter((e) => e.name === 'person' && e.attrs['xml:id']);
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
