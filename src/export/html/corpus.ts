/**
 * The corpus as the view draws it, from the entries of all files: documents in date order,
 * persons (one per id across files), and the edges between persons — a letter or telegram
 * sent to someone, and a dialogue weighted by how often the floor passed between the two.
 */
import type { CatalogueFile, DocEntry, PersonEntry, Role } from './catalogue.js';

export type EdgeKind = 'sent' | 'spoke';

export interface Edge {
  kind: EdgeKind;
  /** Sender, or the first of the two speakers by id. */
  from: string;
  to: string;
  /** Documents for `sent`; changes of speaker between the two for `spoke`. */
  weight: number;
  docs: DocEntry[];
}

export interface Corpus {
  docs: DocEntry[];
  /** Every person some document names, sorted by standard name. */
  persons: PersonEntry[];
  /** Person id → the documents naming the person, in date order. */
  docsOf: Map<string, DocEntry[]>;
  edges: Edge[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dated documents first, by date; then by title and link, so the order never depends on input order. */
export function byDate(a: DocEntry, b: DocEntry): number {
  if (a.when !== b.when) return a.when === undefined ? 1 : b.when === undefined ? -1 : compare(a.when, b.when);
  return compare(a.title, b.title) || compare(a.href, b.href);
}

export function byName(a: PersonEntry, b: PersonEntry): number {
  return a.standard.localeCompare(b.standard, 'en') || compare(a.id, b.id);
}

function edgesOf(docs: DocEntry[]): Edge[] {
  const edges = new Map<string, Edge>();
  const add = (kind: EdgeKind, from: string, to: string, doc: DocEntry) => {
    const key = `${kind} ${from} ${to}`;
    const edge = edges.get(key) ?? { kind, from, to, weight: 0, docs: [] };
    edge.weight += 1;
    if (edge.docs.at(-1) !== doc) edge.docs.push(doc);
    edges.set(key, edge);
  };
  for (const doc of docs) {
    const withRole = (role: Role) => doc.roles.filter(([, roles]) => roles.includes(role)).map(([id]) => id);
    for (const from of withRole('sender')) for (const to of withRole('addressee')) if (from !== to) add('sent', from, to, doc);
    doc.turns.forEach((turn, i) => {
      const before = doc.turns[i - 1]?.who;
      if (before && turn.who && before !== turn.who) {
        const [a, b] = [before, turn.who].sort(compare) as [string, string];
        add('spoke', a, b, doc);
      }
    });
  }
  return [...edges.values()].sort((a, b) => compare(a.kind, b.kind) || compare(a.from, b.from) || compare(a.to, b.to));
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
  return { docs, persons, docsOf, edges: edgesOf(docs) };
}
