/**
 * The cover of the archive's PDF as copies flatten it: one line holding the banner, the date,
 * the title, "Citation:", "Summary:", "Credits:", "Original Language:", "Contents:" and then the
 * document's first words. The line is cut into its fields and the rest, which stays the document.
 */
import type { Field, FieldName } from './front-matter.js';
import { linePiece, linePosition, type Line } from './lines.js';
import { findDates } from '../rules/date.js';
import table from '../data/page-frame.json' with { type: 'json' };

export interface Cover {
  fields: Field[];
  /** Pieces of the line that are the cover's own words (banner, labels), for the report. */
  removed: { text: string; rule: string }[];
  /** What the line holds besides the cover: the words before the banner, and the document after it. */
  rest: Line[];
}

const BANNER = new RegExp(table.cover.banner, 'iu');
const CONTENTS = new RegExp(`^\\s*${table.cover.contents}(?:\\s+(?:and\\s+)?${table.cover.contents})*`, 'u');
const LABELS = table.cover.labels.map((l) => ({ field: l.field as FieldName, re: new RegExp(`(?<![\\p{L}])${l.label}:`, 'u') }));
const FUNDING = new RegExp(`^\\s*${table.funding}\\s+(.+?)\\.?\\s*$`, 'iu');

export function readCover(line: Line): Cover | undefined {
  const banner = BANNER.exec(line.text);
  if (!banner) return undefined;
  const text = line.text;
  const after = banner.index + banner[0].length;
  // Labels in the cover's order, each after the one before; a missing one is passed over.
  const marks: { field: FieldName; start: number; end: number }[] = [];
  let from = after;
  for (const { field, re } of LABELS) {
    const m = re.exec(text.slice(from));
    if (!m) continue;
    marks.push({ field, start: from + m.index, end: from + m.index + m[0].length });
    from = from + m.index + m[0].length;
  }
  if (marks[0]?.field !== 'citation') return undefined;

  /** The piece `[start, end)` of the line without its surrounding white space. */
  const piece = (start: number, end: number): Line => {
    const raw = text.slice(start, end);
    return linePiece(line, start + raw.length - raw.trimStart().length, start + raw.trimEnd().length);
  };
  const fields: Field[] = [];
  const field = (name: FieldName, at: Line) => at.text && fields.push({ name, value: at.text, pos: linePosition(at) });
  const headStart = after + (text.slice(after).length - text.slice(after).trimStart().length);
  const date = findDates(text.slice(headStart, marks[0].start), {})[0];
  if (date && date.start === 0) {
    field('date', piece(headStart, headStart + date.end));
    field('title', piece(headStart + date.end, marks[0].start));
  } else field('title', piece(headStart, marks[0].start));

  const rest: Line[] = [];
  if (text.slice(0, banner.index).trim()) rest.push(piece(0, banner.index));
  marks.forEach((mark, k) => {
    let end = marks[k + 1]?.start ?? text.length;
    if (k === marks.length - 1) {
      // The document follows the last label's value: the kinds of contents, or the one word of a language.
      const value = mark.field === 'contents' ? CONTENTS.exec(text.slice(mark.end)) : mark.field === 'originalLanguage' ? /^\s*\p{L}+/u.exec(text.slice(mark.end)) : null;
      if (value) {
        end = mark.end + value[0].length;
        if (text.slice(end).trim()) rest.push(piece(end, text.length));
      }
    }
    if (mark.field !== 'funder') return field(mark.field, piece(mark.end, end));
    const funder = FUNDING.exec(text.slice(mark.end, end));
    if (funder) {
      const at = text.indexOf(funder[1]!, mark.end);
      field('funder', piece(at, at + funder[1]!.length));
    }
  });
  const removed = [{ text: banner[0], rule: 'chrome/pdf-copy' }, ...marks.map((m) => ({ text: text.slice(m.start, m.end), rule: `frame/${m.field}` }))];
  return { fields, removed, rest };
}
