/**
 * The cover of the archive's PDF as copies flatten it: one line holding the banner, the date,
 * the title, "Citation:", "Summary:", "Credits:", "Original Language:", "Contents:" and then the
 * document's first words. The line is cut into its fields and the rest, which stays the document.
 */
import type { Field, FieldName } from './front-matter.js';
import { linePiece, linePosition, type Line } from './lines.js';
import { findDates, parseDate } from '../rules/date.js';
import { matchFunding } from '../rules/funding.js';
import digitalArchives from '../data/digital-archives.json' with { type: 'json' };
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

/** A line that opens with the PDF's banner. */
export const startsWithBanner = (text: string): boolean => BANNER.exec(text)?.index === 0;

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
    const funder = matchFunding(text.slice(mark.end, end));
    if (funder) field('funder', piece(mark.end + funder.start, mark.end + funder.end));
  });
  const removed = [{ text: banner[0], rule: 'chrome/pdf-copy' }, ...marks.map((m) => ({ text: text.slice(m.start, m.end), rule: `frame/${m.field}` }))];
  return { fields, removed, rest };
}

/** The banner of the PDF broken over two lines (a page's own banner is one line). */
const BANNER_PIECES = [/^\s*digital archive(?:\s+digitalarchive\.wilsoncenter\.(?:org)?)?\s*$/iu, /^\s*international history declassified\s*$/iu];
const spaced = (t: string) => t.replace(/[\s"“”]+/g, ' ').trim();

/** A citation names the digital archive it comes from. */
export const citesDigitalArchive = (text: string): boolean => digitalArchives.names.some((n) => spaced(text).includes(n));

/**
 * The cover of the archive's PDF as copies that keep its line breaks show it: the banner's lines,
 * the date line, the title (wrapped), the citation (wrapped, often starting with the title again),
 * the summary. `lines` are the page's lines, `dropped` those already taken out as chrome.
 */
export function readWrappedCover(lines: Line[], dropped: Set<Line>, take: (line: Line, rule: string) => void): Field[] {
  const kept = (l: Line) => !dropped.has(l) && l.text.trim() !== '';
  const at = lines.findIndex(kept);
  const date = lines[at];
  const banner = BANNER_PIECES.every((piece) => lines.slice(0, Math.max(at, 0)).some((l) => piece.test(l.text)));
  if (!date || !banner || !parseDate(date.text, {})) return [];
  // Paragraphs after the date line: runs of lines without a blank line between them.
  const paragraphs: Line[][] = [];
  for (const line of lines.slice(at + 1)) {
    if (!line.text.trim()) {
      if (paragraphs[paragraphs.length - 1]?.length) paragraphs.push([]);
    } else if (kept(line)) (paragraphs[paragraphs.length - 1] ?? paragraphs[paragraphs.push([]) - 1]!).push(line);
    if (paragraphs.filter((p) => p.length).length > 3) break;
  }
  const [first = [], second = [], third = []] = paragraphs.filter((p) => p.length);
  const joined = (p: Line[]) => p.map((l) => l.text.trim()).join(' ');
  const cites = (p: Line[]) => citesDigitalArchive(joined(p));
  let title = first;
  let citation = cites(second) ? second : [];
  if (cites(first)) {
    // The citation starts with the title again: the title is the lines it repeats.
    const split = first.findIndex((_, t) => t > 0 && spaced(joined(first.slice(t))).startsWith(spaced(joined(first.slice(0, t)))));
    title = split > 0 ? first.slice(0, split) : [];
    citation = split > 0 ? first.slice(split) : first;
  }
  const summary = citation === second ? third : second;
  const fields: Field[] = [{ name: 'date', value: date.text.trim(), pos: linePosition(date, date.text.search(/\S/)) }];
  take(date, 'frame/date');
  const field = (name: FieldName, part: Line[]) => {
    if (!part.length) return;
    fields.push({ name, value: joined(part), pos: linePosition(part[0]!, part[0]!.text.search(/\S/)) });
    for (const l of part) take(l, `frame/${name}`);
  };
  field('title', title);
  field('citation', citation);
  if (summary.length && joined(summary).split(/\s+/).length >= 6 && !matchFunding(joined(summary)) && !/:\s*$/.test(joined(summary))) field('summary', summary);
  return fields;
}

/** The banner alone on its line. */
const BANNER_LINE = new RegExp(`^\\s*${table.cover.banner}\\s*$`, 'iu');

/** The banner as a document-sharing site's text extraction glues it ("Digital ArchiveInternational History Declassified"). */
const GLUED_BANNER = /^\s*digital\s?archive(?=international)\s*international history declassified\s*$/iu;
const LABEL_LINE = new RegExp(`^\\s*(${table.cover.labels.map((l) => l.label).join('|')}):\\s*`, 'u');
const FIELD_OF = new Map(table.cover.labels.map((l) => [l.label, l.field as FieldName]));
/** Labels whose value is the rest of their line only. */
const ONE_LINE = new Set<FieldName>(['originalLanguage', 'contents']);

/**
 * The cover as a document-sharing site extracts it from the PDF (its "Page 1:" transcript), or as
 * a copy keeping its line breaks shows it: the banner (glued, or whole on its line), the date
 * (glued to the title: "March 21, 1972Memorandum of …"), the title's other lines, then the labels
 * at the start of their lines ("Citation:“…”", "Summary:…", "Original Language:English"), or alone
 * with their values on the lines below. The kinds of contents may open the document's first line
 * ("English Translation Ciphergram No. 1"): `cut` puts the rest of that line in its place.
 */
export function readExtractedCover(lines: Line[], dropped: Set<Line>, take: (line: Line, rule: string) => void, cut: (line: Line, rest: Line) => void): Field[] {
  const banner = lines.findIndex((l) => GLUED_BANNER.test(l.text) || BANNER_LINE.test(l.text));
  if (banner < 0) return [];
  const kept = lines.slice(banner + 1).filter((l) => !dropped.has(l) && l.text.trim() !== '');
  const dateLine = kept[0];
  // The year runs into the title ("March 21, 1972Memorandum"): the date ends at the year.
  const glued = dateLine && /^\s*(\S.{0,40}?\d{4})(?=\p{Lu})/u.exec(dateLine.text);
  const date = dateLine && ((glued && parseDate(glued[1]!, {})) || findDates(dateLine.text.trim(), {})[0]);
  const firstLabel = kept.findIndex((l) => LABEL_LINE.test(l.text));
  if (!dateLine || !date || date.start !== 0 || firstLabel < 1) return [];
  if (!dropped.has(lines[banner]!)) take(lines[banner]!, 'chrome/pdf-copy');
  const lead = dateLine.text.search(/\S/);
  const fields: Field[] = [{ name: 'date', value: date.text, pos: linePosition(dateLine, lead) }];
  const titleParts = [linePiece(dateLine, lead + date.end), ...kept.slice(1, firstLabel)].map((l) => l.text.trim()).filter(Boolean);
  if (titleParts.length) fields.push({ name: 'title', value: titleParts.join(' '), pos: linePosition(dateLine, lead + date.end) });
  kept.slice(0, firstLabel).forEach((l) => take(l, 'frame/title'));
  let current: Field | undefined;
  for (const line of kept.slice(firstLabel)) {
    const label = LABEL_LINE.exec(line.text);
    if (label) {
      const name = FIELD_OF.get(label[1]!)!;
      take(line, `frame/${name}`);
      current = { name, value: line.text.slice(label[0].length).trim(), pos: linePosition(line, label[0].length) };
      fields.push(current);
      if (name === 'contents' && current.value) break;
    } else if (current && !current.value && ONE_LINE.has(current.name)) {
      // A one-line value under its label: a language's name, or the kinds of contents before the document's first words.
      const value = current.name === 'contents' ? CONTENTS.exec(line.text) : /^\s*\p{L}+\s*$/u.exec(line.text);
      if (!value) break;
      Object.assign(current, { value: value[0].trim(), pos: linePosition(line, line.text.search(/\S/)) });
      const rest = line.text.slice(value[0].length);
      if (rest.trim()) cut(line, linePiece(line, line.text.length - rest.trimStart().length));
      else take(line, `frame/${current.name}`);
      if (current.name === 'contents') break;
    } else if (current && !ONE_LINE.has(current.name)) {
      take(line, `frame/${current.name}`);
      current.value = `${current.value} ${line.text.trim()}`.trim();
    } else break;
  }
  // "Credits:" holds the funding line: the funder is its field.
  return fields.flatMap((f) => {
    if (f.name !== 'funder') return f.value ? [f] : [];
    const funder = matchFunding(f.value);
    return funder ? [{ ...f, value: funder.funder }] : [];
  });
}