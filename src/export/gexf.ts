/**
 * GEXF 1.3 (Gephi's format) of the corpus network: persons with their variants and authority
 * URIs, edges with their relation, weight and documents. Directed and undirected edges mix, as
 * GEXF allows, each with its own type.
 */
import { createRequire } from 'node:module';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type * as Xmlbuilder2 from 'xmlbuilder2';
import { LIST_SEPARATOR, type Network } from './network.js';
import type { CorpusPerson } from './corpus.js';
import { TOOL_VERSION } from '../version.js';

const GEXF_NS = 'http://gexf.net/1.3';

/** xmlbuilder2 is loaded on first use: only this export needs it, and loading it costs every other command a fifth of a second. */
const require = createRequire(import.meta.url);
const builder = (): typeof Xmlbuilder2 => require('xmlbuilder2') as typeof Xmlbuilder2;

const NODE_ATTRIBUTES = ['variants', 'authority', 'documents'] as const;
const EDGE_ATTRIBUTES = ['relation', 'documents'] as const;

/** xmlbuilder2 keeps `&` that looks like a reference, so every `&` is escaped here first. */
const safe = (s: string) => s.replace(/&/g, '&amp;');

export function exportGexf(network: Network<CorpusPerson>): string {
  const doc = builder().create({ version: '1.0', encoding: 'UTF-8' });
  const gexf = doc.ele(GEXF_NS, 'gexf', { version: '1.3' });
  gexf.ele('meta').ele('creator').txt(`teikit ${TOOL_VERSION}`).up().ele('description').txt('Persons of the corpus: correspondence (sent to), dialogue (spoke with) and co-mention');
  const graph = gexf.ele('graph', { defaultedgetype: 'undirected', mode: 'static' });
  declare(graph, 'node', NODE_ATTRIBUTES);
  declare(graph, 'edge', EDGE_ATTRIBUTES);
  const nodes = graph.ele('nodes');
  for (const n of network.nodes) {
    attvalues(nodes.ele('node', { id: safe(n.id), label: safe(n.name) }), { variants: n.variants, authority: n.authority, documents: n.documents });
  }
  const edges = graph.ele('edges');
  for (const e of network.edges) {
    const edge = edges.ele('edge', { id: safe(e.id), source: safe(e.source), target: safe(e.target), type: e.directed ? 'directed' : 'undirected', weight: String(e.weight), label: e.relation });
    attvalues(edge, { relation: [e.relation], documents: e.documents });
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}

function declare(graph: XMLBuilder, kind: 'node' | 'edge', names: readonly string[]): void {
  const attributes = graph.ele('attributes', { class: kind, mode: 'static' });
  for (const name of names) attributes.ele('attribute', { id: name, title: name, type: 'string' });
}

function attvalues(element: XMLBuilder, values: Record<string, string[]>): void {
  const list = element.ele('attvalues');
  for (const [name, items] of Object.entries(values)) if (items.length) list.ele('attvalue', { for: name, value: safe(items.join(LIST_SEPARATOR)) });
}
