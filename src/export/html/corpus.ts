/**
 * The corpus as the view draws it, from the entries of all files: documents in date order,
 * persons (one per id across files), and the connections between persons — the network model of
 * the GEXF and CSV exports (export/network.ts), its `sent to` and `spoke with` edges.
 */
import { buildNetwork, compare, type NetworkEdge } from '../network.js';
import type { CatalogueFile, DocEntry, PersonEntry } from './catalogue.js';

/** The relations the view draws; co-mention would tie nearly everyone to everyone. */
const DRAWN = new Set<NetworkEdge['relation']>(['sent to', 'spoke with']);

export interface Corpus {
  docs: DocEntry[];
  /** Every person some document names, sorted by standard name. */
  persons: PersonEntry[];
  /** The same persons by id. */
  byId: Map<string, PersonEntry>;
  /** Person id → the documents naming the person, in date order. */
  docsOf: Map<string, DocEntry[]>;
  /** Edges between persons of `persons`, documents given by their `href`. */
  edges: NetworkEdge[];
  /** Person id → the edges it is an end of, in the order of `edges`: each person page asks, so it is found once. */
  edgesOf: Map<string, NetworkEdge[]>;
}

/** Dated documents first, by date; then by title and link, so the order never depends on input order. */
export function byDate(a: DocEntry, b: DocEntry): number {
  if (a.when !== b.when) return a.when === undefined ? 1 : b.when === undefined ? -1 : compare(a.when, b.when);
  return compare(a.title, b.title) || compare(a.href, b.href);
}

export function byName(a: PersonEntry, b: PersonEntry): number {
  return a.standard.localeCompare(b.standard, 'en') || compare(a.id, b.id);
}

export function buildCorpus(files: CatalogueFile[]): Corpus {
  const declared = new Map<string, PersonEntry>();
  for (const f of files) for (const p of f.persons) if (!declared.has(p.id)) declared.set(p.id, p);
  const docs = files.flatMap((f) => f.docs).sort(byDate);
  const docsOf = new Map<string, DocEntry[]>();
  for (const doc of docs) {
    for (const [id] of doc.roles) {
      if (!docsOf.has(id)) docsOf.set(id, []);
      docsOf.get(id)!.push(doc);
    }
  }
  // A person a document points to without declaring keeps the id as name.
  const persons = [...docsOf.keys()].map((id) => declared.get(id) ?? { id, standard: id, variants: [] }).sort(byName);
  const byId = new Map(persons.map((p) => [p.id, p]));
  const network = buildNetwork(docs.map((d) => ({ key: d.href, links: d.links })), byId);
  const edges = network.edges.filter((e) => DRAWN.has(e.relation));
  const edgesOf = new Map<string, NetworkEdge[]>();
  for (const e of edges) {
    // The network has no edge from a person to the same person.
    for (const id of [e.source, e.target]) {
      if (!edgesOf.has(id)) edgesOf.set(id, []);
      edgesOf.get(id)!.push(e);
    }
  }
  return { docs, persons, byId, docsOf, edges, edgesOf };
}
