/**
 * Units: the non-blank lines a parser works on. Lines joined by markdown hard breaks
 * (two trailing spaces), inside one bold run (`**Record of …` / `in China …**`) or inside one
 * square bracket (`[handwritten: …` / `… agreed]`) are one unit; every other line is its own. A
 * paragraph that opens a bracket it leaves open ("[CPSU CC stamp: 40929", blank line, "15 December
 * 1969]") joins the paragraph that closes it: pages set a stamp's lines apart.
 */
import type { Locator, Position } from '../model/document.js';
import { linePosition, type Line } from './lines.js';
import { trimEndOf } from '../util/runs.js';

const SPACE_OR_TAB = /[ \t]/;

export interface Unit {
  /** Lines joined by a single space, markdown hard-break spaces removed. */
  text: string;
  lines: Line[];
  /** True when a blank line (or the start) comes before it: a paragraph boundary. */
  afterBlank: boolean;
  /** Leading white space of the first line, as web-page boxes indent their text. */
  indent: number;
}

export function toUnits(lines: Line[]): Unit[] {
  const units: Unit[] = [];
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (first.text.trim() === '') {
      afterBlank = true;
      continue;
    }
    const group = [first];
    for (;;) {
      while (i + 1 < lines.length && lines[i + 1]!.text.trim() !== '' && (continues(group) || bracketCloses(group, lines, i + 1))) {
        group.push(lines[++i]!);
      }
      const next = closingParagraph(group, lines, i + 1);
      if (next === undefined) break;
      group.push(lines[next]!);
      i = next;
    }
    units.push({
      text: group.map((l) => trimEndOf(l.text, SPACE_OR_TAB)).join(' ').trim(),
      lines: group,
      afterBlank,
      indent: first.text.length - first.text.trimStart().length,
    });
    afterBlank = false;
  }
  return units;
}

/** A markdown hard break (two trailing spaces) or an unclosed bold run goes on to the next line. */
function continues(group: Line[]): boolean {
  if (/\S {2,}$/.test(group[group.length - 1]!.text)) return true;
  const text = group.map((l) => l.text).join(' ');
  return /^\s*\*\*/.test(text) && (text.match(/\*\*/g) ?? []).length % 2 === 1;
}

/** How far ahead a square bracket left open at a line's end may close: "[handwritten: …" / "… agreed]". */
const BRACKET_LINES = 3;

function openBrackets(group: Line[]): number {
  let depth = 0;
  for (const c of group.map((l) => l.text).join(' ')) depth = c === '[' ? depth + 1 : c === ']' ? Math.max(0, depth - 1) : depth;
  return depth;
}

/** A square bracket left open by the group closes on one of the next lines, before any blank line. */
function bracketCloses(group: Line[], lines: Line[], next: number): boolean {
  if (openBrackets(group) === 0) return false;
  for (let k = next; k < Math.min(lines.length, next + BRACKET_LINES); k++) {
    const text = lines[k]!.text;
    if (!text.trim()) return false;
    if (text.includes(']')) return true;
  }
  return false;
}

/**
 * The line after blank lines that closes the bracket a paragraph opened at its start, when
 * the paragraph and that line are short (a stamp, a note in the margin), none opening another.
 */
function closingParagraph(group: Line[], lines: Line[], from: number): number | undefined {
  if (!/^\s*\[/.test(group[0]!.text) || group.length >= BRACKET_LINES || openBrackets(group) !== 1) return undefined;
  let k = from;
  while (k < lines.length && lines[k]!.text.trim() === '' && k - from < 2) k++;
  const text = lines[k]?.text ?? '';
  if (k === from || !text.trim()) return undefined;
  const close = text.indexOf(']');
  return close >= 0 && !text.slice(0, close).includes('[') && text.length - close < 40 ? k : undefined;
}

/** The unit's text from `from` to `to`, trimmed, and where each of its offsets stands in the source. */
export function unitSlice(unit: Unit, from = 0, to = unit.text.length): [string, Locator] {
  const raw = unit.text.slice(from, to);
  const start = from + raw.length - raw.trimStart().length;
  return [raw.trim(), (offset) => unitPosition(unit, start + offset)];
}

/** The source position of an offset into a unit's joined text. */
export function unitPosition(unit: Unit, offset: number): Position {
  // The text is the lines without trailing blanks, joined by one space, the first line's indent cut.
  let at = offset + unit.indent;
  const last = unit.lines[unit.lines.length - 1]!;
  for (const line of unit.lines) {
    const length = trimEndOf(line.text, SPACE_OR_TAB).length;
    if (at <= length || line === last) return linePosition(line, Math.min(at, length));
    at -= length + 1;
  }
  return linePosition(last);
}
