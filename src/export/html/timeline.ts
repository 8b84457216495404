/**
 * The corpus's timeline as a static SVG bar chart: documents per year (per month when the
 * corpus spans less than two years), every period of the span shown, empty ones included, so
 * the axis is true to time. Counts and periods are text in the drawing (readable printed), and
 * the same figures are its description for screen readers.
 */
import { escapeHtml } from './escape.js';
import { fix, plural } from './figures.js';
import type { DocEntry } from './catalogue.js';

const WIDTH = 720;
const HEIGHT = 220;
const MARGIN = { top: 24, right: 12, bottom: 40, left: 12 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Period {
  key: string;
  label: string;
  /** The period as the description says it: "1949", "December 1949". */
  long: string;
  count: number;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every year, or every month, from the first dated document to the last. */
export function periods(docs: DocEntry[]): Period[] {
  const dated = docs.flatMap((d) => (d.when ? [d.when] : []));
  if (dated.length === 0) return [];
  const years = dated.map((w) => Number(w.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const monthly = last - first < 2 && dated.every((w) => /^\d{4}-\d{2}/.test(w));
  const out: Period[] = [];
  for (let y = first; y <= last; y++) {
    if (!monthly) out.push({ key: String(y), label: String(y), long: String(y), count: 0 });
    else for (let m = 1; m <= 12; m++) out.push({ key: `${y}-${String(m).padStart(2, '0')}`, label: MONTHS[m - 1]!, long: `${MONTH_NAMES[m - 1]} ${y}`, count: 0 });
  }
  const byKey = new Map(out.map((p) => [p.key, p]));
  for (const w of dated) byKey.get(monthly ? w.slice(0, 7) : w.slice(0, 4))!.count++;
  if (!monthly) return out;
  // Months: from the first month with a document to the last.
  const used = out.filter((p) => p.count > 0);
  return out.slice(out.indexOf(used[0]!), out.indexOf(used.at(-1)!) + 1);
}


/** `<figure>` with the chart; `id` prefixes the ids of its title and description. */
export function timeline(docs: DocEntry[], id: string): string {
  const ps = periods(docs);
  const undated = docs.filter((d) => !d.when).length;
  if (ps.length === 0) return `<p>No document in the corpus carries a date${undated ? ` (${plural(undated, 'undated document')})` : ''}.</p>`;
  const max = Math.max(...ps.map((p) => p.count));
  const slot = (WIDTH - MARGIN.left - MARGIN.right) / ps.length;
  const plot = HEIGHT - MARGIN.top - MARGIN.bottom;
  const baseline = HEIGHT - MARGIN.bottom;
  const unit = ps[0]!.key.length === 4 ? 'year' : 'month';
  const everyLabel = Math.max(1, Math.ceil(ps.length / 24));
  const bars = ps.map((p, i) => {
    const x = MARGIN.left + i * slot;
    const h = (p.count / max) * plot;
    const parts = [];
    if (p.count) {
      parts.push(`<rect x="${fix(x + slot * 0.15)}" y="${fix(baseline - h)}" width="${fix(slot * 0.7)}" height="${fix(h)}" fill="#1f4e79"/>`);
      parts.push(`<text x="${fix(x + slot / 2)}" y="${fix(baseline - h - 6)}" text-anchor="middle" class="count">${p.count}</text>`);
    }
    // A year under each January (or the first month), so a monthly axis says which year it is in.
    const yearLine = unit === 'month' && (i === 0 || p.key.endsWith('-01')) ? `<tspan x="${fix(x + slot / 2)}" dy="14">${p.key.slice(0, 4)}</tspan>` : '';
    if (i % everyLabel === 0 || yearLine) parts.push(`<text x="${fix(x + slot / 2)}" y="${baseline + 16}" text-anchor="middle">${escapeHtml(p.label)}${yearLine}</text>`);
    return parts.join('');
  });
  const span = `${ps[0]!.long} to ${ps.at(-1)!.long}`;
  const title = `Documents per ${unit}, ${span}`;
  const desc = `${plural(docs.length - undated, 'dated document')}${undated ? ` and ${undated} undated` : ''}. ${ps.map((p) => `${p.long}: ${p.count}`).join('; ')}.`;
  const svg = `<svg class="chart timeline" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, sans-serif" font-size="12" fill="#1b1b1b">
<title id="${id}-title">${escapeHtml(title)}</title>
<desc id="${id}-desc">${escapeHtml(desc)}</desc>
<line x1="${MARGIN.left}" y1="${baseline}" x2="${WIDTH - MARGIN.right}" y2="${baseline}" stroke="#4a4a4a"/>
${bars.filter(Boolean).join('\n')}
</svg>`;
  const caption = `${title}${undated ? `; ${plural(undated, 'undated document')} not shown` : ''}.`;
  return `<figure class="figure">\n${svg}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}
