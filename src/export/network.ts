/**
 * The corpus as a network of persons: the one model behind the GEXF and CSV exports and the HTML
 * corpus view's drawing. A node per person named anywhere, and three kinds of edge, each listing
 * the documents behind it (the README states the same definitions):
 * - `sent to` (directed): each sender of a letter or telegram → each addressee, weighted by documents;
 * - `spoke with` (undirected): two speakers of a record, weighted by replies — turns directly after
 *   a turn of the other (a turn without a speaker in between breaks the exchange);
 * - `co-mentioned` (undirected): both named in one document, weighted by documents.
 */
import { children, descendants, type XElement } from '../tei/xnode.js';
import { correspondents, pointers } from './documents.js';

/** List-valued fields (variants, URIs, documents) are joined with this in GEXF and CSV alike (GEXF 1.3's liststring is not read alike by every tool). */
export const LIST_SEPARATOR = ' | ';

export type Relation = 'sent to' | 'spoke with' | 'co-mentioned';

/** What the network takes from one document, by person id. */
export interface DocumentLinks {
  senders: string[];
  addressees: string[];
  /** The person of each speaker turn in order (a turn's first pointer), '' for a turn naming none. */
  speakers: string[];
  /** Every person the document points to: in its header, its text or as a speaker; sorted. */
  named: string[];
}

export interface LinkedDocument {
  key: string;
  links: DocumentLinks;
}

export type NetworkNode<P> = P & { documents: string[] };

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  directed: boolean;
  weight: number;
  documents: string[];
}

export interface Network<P> {
  nodes: NetworkNode<P>[];
  edges: NetworkEdge[];
}

const POINTING: Record<string, string> = { persName: 'ref', sp: 'who', person: 'sameAs' };

/** The links of one TEI document (a `TEI` element). */
export function documentLinks(tei: XElement): DocumentLinks {
  const text = children(tei, 'text')[0];
  const turns = text ? descendants(text).filter((e) => e.name === 'sp') : [];
  const named = new Set(descendants(tei).flatMap((e) => (e.name in POINTING ? pointers(e.attrs[POINTING[e.name]!]) : [])));
  return {
    senders: correspondents(tei, 'sent'),
    addressees: correspondents(tei, 'received'),
    speakers: turns.map((sp) => pointers(sp.attrs.who)[0] ?? ''),
    named: [...named].sort(compare),
  };
}

export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The network of the documents among `persons` (id → what a node says of the person; a pointer
 * to anyone else is left out). Nodes by id, edges by relation, source and target: code-point
 * order, so the output is the same on every machine.
 */
export function buildNetwork<P extends { id: string }>(documents: LinkedDocument[], persons: ReadonlyMap<string, P>): Network<P> {
  const nodes = new Map<string, NetworkNode<P>>();
  const edges = new Map<string, NetworkEdge>();
  // Documents come one at a time and their keys are unique, so a document already listed is the last one:
  // asking the whole list instead made the network quadratic in the corpus (a person in every document).
  const touch = (id: string, doc: string) => {
    const person = persons.get(id);
    if (!person) return false;
    const node = nodes.get(id) ?? { ...person, documents: [] };
    if (node.documents.at(-1) !== doc) node.documents.push(doc);
    nodes.set(id, node);
    return true;
  };
  const link = (relation: Relation, a: string, b: string, doc: string) => {
    if (a === b || !touch(a, doc) || !touch(b, doc)) return;
    const directed = relation === 'sent to';
    const [source, target] = directed || a < b ? [a, b] : [b, a];
    const id = `${relation.replace(' ', '-')}:${source}:${target}`;
    const edge = edges.get(id) ?? { id, source, target, relation, directed, weight: 0, documents: [] };
    edge.weight += 1;
    if (edge.documents.at(-1) !== doc) edge.documents.push(doc);
    edges.set(id, edge);
  };
  for (const { key, links } of documents) {
    for (const p of links.named) touch(p, key);
    for (const from of new Set(links.senders)) for (const to of new Set(links.addressees)) link('sent to', from, to, key);
    links.speakers.forEach((who, i) => {
      const before = links.speakers[i - 1];
      if (who && before) link('spoke with', before, who, key);
    });
    links.named.forEach((a, i) => links.named.slice(i + 1).forEach((b) => link('co-mentioned', a, b, key)));
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => compare(a.id, b.id)),
    edges: [...edges.values()].sort((a, b) => compare(a.relation, b.relation) || compare(a.source, b.source) || compare(a.target, b.target)),
  };
}
