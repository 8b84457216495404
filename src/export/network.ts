/**
 * The corpus as a network of persons, for Gephi, Palladio and the like: a node per person named
 * anywhere, and three kinds of edge, each listing the documents behind it:
 * - `sent to` (directed): sender → addressee of a letter or telegram;
 * - `spoke with` (undirected): two speakers of a record, weighted by the turns in which one
 *   answers the other (a turn directly after the other's);
 * - `co-mentioned` (undirected): both named in one document, weighted by the documents.
 */
import type { Corpus, CorpusPerson } from './corpus.js';

/** List-valued fields (variants, URIs, documents) are joined with this in GEXF and CSV alike (GEXF 1.3's liststring is not read alike by every tool). */
export const LIST_SEPARATOR = ' | ';

export type Relation = 'sent to' | 'spoke with' | 'co-mentioned';

export interface NetworkNode extends CorpusPerson {
  documents: string[];
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  directed: boolean;
  weight: number;
  documents: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export function buildNetwork(corpus: Corpus): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const touch = (id: string, doc: string) => {
    const person = corpus.persons.get(id);
    if (!person) return false;
    const node = nodes.get(id) ?? { ...person, documents: [] };
    if (!node.documents.includes(doc)) node.documents.push(doc);
    nodes.set(id, node);
    return true;
  };
  const link = (relation: Relation, a: string, b: string, doc: string, weight: number) => {
    if (a === b || !touch(a, doc) || !touch(b, doc)) return;
    const directed = relation === 'sent to';
    const [source, target] = directed || a < b ? [a, b] : [b, a];
    const id = `${relation.replace(' ', '-')}:${source}:${target}`;
    const edge = edges.get(id) ?? { id, source, target, relation, directed, weight: 0, documents: [] };
    edge.weight += weight;
    if (!edge.documents.includes(doc)) edge.documents.push(doc);
    edges.set(id, edge);
  };
  for (const d of corpus.documents) {
    for (const p of d.named) touch(p, d.key);
    const party = (type: string) => d.correspondence.filter((a) => a.type === type).flatMap((a) => a.persons);
    for (const from of party('sent')) for (const to of party('received')) link('sent to', from, to, d.key, 1);
    const turns = d.utterances.flatMap((u) => (u.who ? [u.who.split(/\s+/)[0]!.replace(/^#/, '')] : []));
    turns.forEach((who, i) => i > 0 && link('spoke with', turns[i - 1]!, who, d.key, 1));
    d.named.forEach((a, i) => d.named.slice(i + 1).forEach((b) => link('co-mentioned', a, b, d.key, 1)));
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}
