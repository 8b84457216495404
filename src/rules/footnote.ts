/**
 * Footnote markers in the text and the note lines at the foot of a document.
 *
 * Markers (the whole marker is dropped; `n` is kept in the `noteRef`):
 * - `<sup>2</sup>` (any case, `n` = its trimmed content, brackets removed: `<sup>[2]</sup>` → 2);
 * - escaped asterisks as markdown copies show them, glued to the preceding word or number:
 *   `56\*` → `*`, `word\*\*` → `**`, `word\*1` → `*1`;
 * - `[1]` glued to a word, number or closing punctuation (`word[1]`, `1949.[12]`), not followed
 *   by `(` (a markdown link) or a digit (`[19]31` completes a number); `[^1]`, `[^note]`
 *   (markdown footnotes) anywhere.
 * A spaced `[1]` is not a marker (a reference list, a citation), nor is a bare `*`.
 */
import { urlSpans } from './text.js';
import { memoByText } from '../util/memo.js';
import type { InlineRule, Span } from '../model/annotation.js';

export type NoteMarker = Span & { n: string; drop: Span[] };

const RULE = 'footnote';
const GLUED = String.raw`(?<=[\p{L}\p{N}.,;:!?)"'’”»\]])`;
const MARKER = new RegExp(
  [
    String.raw`<sup>\s*\[?([^<\s[\]]{1,10})\]?\s*<\/sup>`,
    String.raw`${GLUED}((?:\\\*)+\d{0,3})(?![\p{L}\p{N}])`,
    String.raw`${GLUED}\[(\d{1,3})\](?![(\d])`,
    String.raw`\[\^([\p{L}\p{N}_-]{1,20})\](?!:)`,
  ].join('|'),
  'giu',
);
const FOOT_LINE = new RegExp(
  String.raw`^[\s\u00a0]*(?:<sup>\s*\[?([^<\s[\]]{1,10})\]?\s*<\/sup>|((?:\\\*)+\d{0,3})|\[(\d{1,3})\]|\[\^([\p{L}\p{N}_-]{1,20})\]:?)[\s\u00a0]*(?=\S)`,
  'iu',
);

/** `\*\*1` → `**1`. */
const unescape = (s: string): string => s.replace(/\\\*/g, '*');


const NONE: readonly NoteMarker[] = [];
const readOnce = memoByText(readNoteMarkers);

/** Asked of a unit's text when the back matter is set apart, and again by the inline chain: read once. Not to be changed. */
export function findNoteMarkers(text: string): readonly NoteMarker[] {
  // Every marker has one of these; most paragraphs have none, and the full pattern is costly.
  return text.includes('<') || text.includes('\\*') || text.includes('[') ? readOnce(text) : NONE;
}

function readNoteMarkers(text: string): NoteMarker[] {
  const urls = urlSpans(text);
  const inUrl = (at: number) => urls.some((u) => u.start <= at && at < u.end);
  return [...text.matchAll(MARKER)].filter((m) => !inUrl(m.index)).map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const n = unescape(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    return { start, end, n, drop: [{ start, end }] };
  });
}

/**
 * A note at the foot, only in explicit forms: `<sup>1</sup> text`, `\*text`, `\*1 text`,
 * `[1] text`, `[^1]: text`. "1. text" and "1) text" are also numbered lists, so they are not
 * matched here; the caller decides from the markers the text uses.
 */
export function matchFootnoteLine(line: string): { n: string; contentStart: number } | null {
  const m = FOOT_LINE.exec(line);
  if (!m) return null;
  return { n: unescape(m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''), contentStart: m[0].length };
}

/** The note's `xml:id` for marker `n`; asterisks, not allowed in ids, become `star<count>`. */
export function noteTarget(idPrefix: string, n: string): string {
  const id = n
    .replace(/^\*+/, (stars) => `star${stars.length}-`)
    .replace(/-$/, '')
    .replace(/[^\p{L}\p{N}_.-]/gu, '_');
  return `${idPrefix}-${id}`;
}

/** Marker → `noteRef` pointing at `${idPrefix}-${n}` (see `noteTarget`). */
export function noteRule(idPrefix: string): InlineRule {
  return (text) =>
    findNoteMarkers(text).map((m) => ({
      rule: RULE,
      start: m.start,
      end: m.end,
      node: { kind: 'noteRef', target: noteTarget(idPrefix, m.n), n: m.n },
      drop: m.drop,
    }));
}
