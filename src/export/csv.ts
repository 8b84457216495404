/**
 * The corpus network as two CSV tables (RFC 4180: CRLF line ends, every field quoted when it holds
 * a comma, a quote or a line break), the node and edge lists Palladio, Gephi and spreadsheets import.
 */
import { LIST_SEPARATOR, type Network } from './network.js';
import type { CorpusPerson } from './corpus.js';

export function exportCsv(network: Network<CorpusPerson>): { nodes: string; edges: string } {
  const list = (items: string[]) => items.join(LIST_SEPARATOR);
  return {
    nodes: table(
      ['id', 'label', 'variants', 'authority', 'documents'],
      network.nodes.map((n) => [n.id, n.name, list(n.variants), list(n.authority), list(n.documents)]),
    ),
    edges: table(
      ['id', 'source', 'target', 'relation', 'type', 'weight', 'documents'],
      network.edges.map((e) => [e.id, e.source, e.target, e.relation, e.directed ? 'directed' : 'undirected', String(e.weight), list(e.documents)]),
    ),
  };
}

function table(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
