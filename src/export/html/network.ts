/**
 * The correspondence and dialogue network as a static SVG: the persons with a connection on
 * a circle in order of name (a layout that depends on nothing but the names, so re-runs are
 * byte-identical), a dashed arrow for each "sent to", a solid line for each pair of speakers,
 * wider the more documents or replies lie behind it (on a logarithmic scale, so one heavy pair
 * does not make every other line a hairline). Names are text; the description states every
 * connection in words.
 */
import { escapeHtml } from './escape.js';
import { fix, plural } from './figures.js';
import { byName, type Corpus } from './corpus.js';
import type { NetworkEdge, Relation } from '../network.js';
import type { PersonEntry } from './catalogue.js';

const LABEL_ROOM = 180;
const NODE_R = 5;
/** The relations the view draws, each its own kind of line. */
type Drawn = Exclude<Relation, 'co-mentioned'>;
const INK: Record<Drawn, string> = { 'sent to': '#8a1c1c', 'spoke with': '#1f4e79' };
/** The widest stroke of each kind: a dashed arrow wider than this loses its dashes and its head. */
const MAX_WIDTH: Record<Drawn, number> = { 'sent to': 5, 'spoke with': 9 };
const kindOf = (e: NetworkEdge): Drawn => (e.relation === 'sent to' ? 'sent to' : 'spoke with');

interface Point {
  x: number;
  y: number;
}

/** Stroke width: 1.5 for a weight of one, growing with the logarithm of the weight up to the kind's widest for its heaviest edge. */
function width(e: NetworkEdge, heaviest: number): number {
  return heaviest > 1 ? 1.5 + ((MAX_WIDTH[kindOf(e)] - 1.5) * Math.log(e.weight)) / Math.log(heaviest) : 1.5;
}

/** What lies behind a connection: "2 documents", "106 replies in 2 documents". */
export function weightWords(e: NetworkEdge): string {
  return e.relation === 'spoke with' ? `${e.weight} ${e.weight === 1 ? 'reply' : 'replies'} in ${plural(e.documents.length, 'document')}` : plural(e.weight, 'document');
}

function edgeWords(e: NetworkEdge, name: (id: string) => string): string {
  return `${name(e.source)} ${e.relation} ${name(e.target)}: ${weightWords(e)}`;
}

/** The persons the network draws: those with at least one connection, in order of name. */
export function networkPersons(corpus: Corpus): PersonEntry[] {
  const linked = new Set(corpus.edges.flatMap((e) => [e.source, e.target]));
  return corpus.persons.filter((p) => linked.has(p.id)).sort(byName);
}

function edgePath(kind: Drawn, a: Point, b: Point): string {
  if (kind === 'spoke with') return `M${fix(a.x)},${fix(a.y)}L${fix(b.x)},${fix(b.y)}`;
  // Bent to the left of its direction, so A→B and B→A stay apart; the end stops short of the node for the arrow.
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const c = { x: (a.x + b.x) / 2 + dy * 0.15, y: (a.y + b.y) / 2 - dx * 0.15 };
  const [ex, ey] = [b.x - c.x, b.y - c.y];
  const len = Math.hypot(ex, ey) || 1;
  const end = { x: b.x - (ex / len) * (NODE_R + 3), y: b.y - (ey / len) * (NODE_R + 3) };
  return `M${fix(a.x)},${fix(a.y)}Q${fix(c.x)},${fix(c.y)} ${fix(end.x)},${fix(end.y)}`;
}

/** `<figure>` with the network, or a sentence when no document records a connection. */
export function network(corpus: Corpus, id: string): string {
  const persons = networkPersons(corpus);
  if (corpus.edges.length === 0) return '<p>No document records a letter, telegram or dialogue between two persons.</p>';
  const radius = Math.min(250, Math.max(110, persons.length * 12));
  const [w, h] = [2 * (radius + LABEL_ROOM), 2 * radius + 150];
  const centre = { x: w / 2, y: radius + 50 };
  const at = new Map<string, Point & { angle: number }>(
    persons.map((p, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / persons.length;
      return [p.id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle), angle }];
    }),
  );
  const name = (pid: string) => corpus.byId.get(pid)?.standard ?? pid;
  // Each kind's heaviest edge, found once (not once per edge): a large corpus has thousands of edges.
  const heaviest = new Map<Drawn, number>();
  for (const e of corpus.edges) heaviest.set(kindOf(e), Math.max(heaviest.get(kindOf(e)) ?? 0, e.weight));
  const edges = corpus.edges.map((e) => {
    const kind = kindOf(e);
    const dash = kind === 'sent to' ? ` stroke-dasharray="6 4" marker-end="url(#${id}-arrow)"` : ' stroke-opacity="0.75"';
    return `<path d="${edgePath(kind, at.get(e.source)!, at.get(e.target)!)}" fill="none" stroke="${INK[kind]}" stroke-width="${fix(width(e, heaviest.get(kind)!))}"${dash}><title>${escapeHtml(edgeWords(e, name))}</title></path>`;
  });
  const nodes = persons.map((p) => {
    const { x, y, angle } = at.get(p.id)!;
    const cos = Math.cos(angle);
    const anchor = cos > 0.01 ? 'start' : cos < -0.01 ? 'end' : 'middle';
    const lx = centre.x + (radius + 10) * cos;
    const ly = centre.y + (radius + 10) * Math.sin(angle) + (Math.abs(cos) <= 0.01 ? (Math.sin(angle) < 0 ? -4 : 12) : 4);
    return `<circle cx="${fix(x)}" cy="${fix(y)}" r="${NODE_R}" fill="#1b1b1b"/><text x="${fix(lx)}" y="${fix(ly)}" text-anchor="${anchor}">${escapeHtml(p.standard)}</text>`;
  });
  const ly = h - 40;
  const legend = [
    `<path d="M20,${ly}h40" stroke="${INK['sent to']}" stroke-width="2" stroke-dasharray="6 4" marker-end="url(#${id}-arrow)"/><text x="70" y="${ly + 4}">sent to (wider: more documents)</text>`,
    `<path d="M20,${ly + 22}h40" stroke="${INK['spoke with']}" stroke-width="3"/><text x="70" y="${ly + 26}">spoke with (wider: more replies)</text>`,
  ];
  const title = `Correspondence and dialogue: ${plural(persons.length, 'person')}, ${plural(corpus.edges.length, 'connection')}`;
  const desc = `${corpus.edges.map((e) => edgeWords(e, name)).join('. ')}.`;
  const svg = `<svg class="chart network" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${fix(w)} ${fix(h)}" width="${fix(w)}" height="${fix(h)}" font-family="system-ui, sans-serif" font-size="12" fill="#1b1b1b">
<title id="${id}-title">${escapeHtml(title)}</title>
<desc id="${id}-desc">${escapeHtml(desc)}</desc>
<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0,0L10,5L0,10z" fill="${INK['sent to']}"/></marker></defs>
${edges.join('\n')}
${nodes.join('\n')}
${legend.join('\n')}
</svg>`;
  return `<figure class="figure">\n${svg}\n<figcaption>${escapeHtml(title)}; persons in alphabetical order around the circle.</figcaption>\n</figure>`;
}
