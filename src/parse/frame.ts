/**
 * The page frame: what an archive's page puts around a document, recognised before the
 * document is read. Site chrome ("Skip to content", viewer notices) is dropped; the date and
 * title lines above a framed document, the summary, the funding line and the labelled blocks
 * after it ("Author(s):", "Source", "Rights", "Record ID" …, src/data/page-frame.json) become
 * header fields. Every line taken out of the text is listed in the report with its rule.
 */
import type { Line } from './lines.js';
import { linePiece, linePosition } from './lines.js';
import type { Field, FieldName } from './front-matter.js';
import type { ReportBuilder } from '../diagnostics/report.js';
import { matchChrome } from '../rules/chrome.js';
import { matchSpeaker } from '../rules/speaker.js';
import { findDates, parseDate } from '../rules/date.js';
import { matchFunding } from '../rules/funding.js';
import { findArchivalIds } from '../rules/archival-id.js';
import { citesDigitalArchive, readCover, readExtractedCover, readWrappedCover, startsWithBanner } from './cover.js';
import table from '../data/page-frame.json' with { type: 'json' };

interface FrameLabel {
  label: string;
  field: FieldName | null;
  opens: boolean;
  maxLines: number;
  dated?: boolean;
}

export interface PageFrame {
  /** The lines of the document(s), frame lines taken out. */
  lines: Line[];
  /** Header fields the frame gave, in page order. */
  fields: Field[];
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const LABELS = new Map((table.labels as FrameLabel[]).map((l) => [fold(l.label), l]));
const VALUE_LINES = table.valueLines.map((v) => ({ re: new RegExp(`^\\s*(?:${v.pattern})$`, 'iu'), entry: { label: '', field: v.field as FieldName, opens: true, maxLines: 0 } }));
const TITLE_WORDS = new RegExp(`\\b(?:${table.titleWords.join('|')})\\b`, 'iu');
const SEPARATOR = new RegExp(`^\\s*(?:${table.separators.join('|')})\\s*$`, 'u');
/** Chrome that says the text was copied from a page of the archive (so its first lines are the page's date and title). */
const PAGE_SIGNS = new Set(['chrome/nav', 'chrome/pdf-copy']);
/** Lists keep one value per line; other fields join their lines. */
const LIST_FIELDS = new Set<FieldName>(['people', 'places', 'topics', 'translator', 'contributor', 'obtained', 'author']);

/** What a frame line starts with: a label, or the fixed words a line that labels itself opens with. */
const FRAME_OPENINGS = [...LABELS.keys(), ...table.valueLines.map((v) => fold(v.pattern.split(/[\\()[\].*?+{|^$]/)[0]!))];

/** The first letters of a frame line, where an excerpt ends ("To enqu", "Original Upl"). */
function isCutFrameLine(text: string): boolean {
  const t = fold(text);
  return /\p{L}{2}/u.test(t) && FRAME_OPENINGS.some((o) => o.length > t.length && o.startsWith(t));
}

/** A label line of the frame ("Source", "Author(s):", "Record ID: 113636", "**Rights**") or a line that labels itself. */
function frameLabel(text: string): { entry: FrameLabel; value: string } | undefined {
  const own = VALUE_LINES.find((v) => v.re.test(text));
  if (own) return { entry: own.entry, value: text.trim() };
  const t = text.replace(/\*\*/g, '').replace(/^\s*(?:[•·▪*-]|#{1,6})\s+/u, '').trim();
  if (t.length > 60 && !t.includes(':')) return undefined;
  const colon = t.indexOf(':');
  const entry = LABELS.get(fold(colon >= 0 ? t.slice(0, colon) : t));
  return entry && { entry, value: colon >= 0 ? t.slice(colon + 1).trim() : '' };
}

export function readFrame(source: Line[], report: ReportBuilder): PageFrame {
  const fields: Field[] = [];
  const has = (name: FieldName) => fields.some((f) => f.name === name);
  const drop = new Set<Line>();
  const take = (line: Line, rule: string) => {
    drop.add(line);
    report.removed(line.line, line.text, rule);
  };
  const all = source.flatMap((line) => {
    const cover = fields.length === 0 ? readCover(line) : undefined;
    if (!cover) return [line];
    fields.push(...cover.fields);
    for (const r of cover.removed) report.removed(line.line, r.text, r.rule);
    return cover.rest;
  });
  dropCopyTitles(all, fields, take);
  let signed = fields.length > 0;
  let citationTab = -1;
  all.forEach((line, i) => {
    // A label of the frame that chrome also names ("Related Documents") is the frame's when its list follows.
    const chrome = line.text.trim() && !opensDatedList(all, i) ? matchChrome(line.text) : null;
    if (chrome) {
      take(line, chrome.rule);
      signed ||= PAGE_SIGNS.has(chrome.rule);
      if (chrome.rule === 'chrome/citation-tab') citationTab = i;
      return;
    }
    const funding = matchFunding(line.text);
    if (funding) {
      take(line, 'frame/funder');
      fields.push({ name: 'funder', value: funding.funder, pos: linePosition(line, funding.start) });
    }
  });
  if (citationTab >= 0) fields.push(...citationBox(all.slice(citationTab + 1), drop, take));
  if (!has('title')) fields.push(...readWrappedCover(all, drop, take));
  // A sharing site's transcript of the PDF repeats the cover: read it, keep it only if no cover was read before.
  /** A line whose first words the frame took: what is left of it stays the document's. */
  const keepRest = (line: Line, rest: Line) => {
    all[all.indexOf(line)] = rest;
  };
  const extracted = readExtractedCover(all, drop, take, (line, rest) => {
    report.removed(line.line, line.text.slice(0, rest.offset - line.offset), 'frame/contents');
    keepRest(line, rest);
  });
  if (!has('title')) fields.push(...extracted);
  // Once a cover is read, another copy of its banner line (a cut one, a page header) is the copy's chrome.
  if (has('citation')) for (const line of all) if (!drop.has(line) && startsWithBanner(line.text)) take(line, 'chrome/pdf-copy');
  const content = all.filter((l) => !drop.has(l) && l.text.trim() !== '');
  // An excerpt cut inside the blocks ends in the first letters of a label or of a line that labels itself ("To enqu").
  const last = content[content.length - 1];
  const cut = last && content.length > 1 && isCutFrameLine(last.text) ? 1 : 0;
  const start = blockStart(content.slice(0, content.length - cut));
  if (start >= 0) {
    fields.push(...blockFields(content.slice(start, content.length - cut), take));
    if (cut) take(last!, 'frame/cut');
    const summary = summaryLine(content, start);
    // The separator between the document and the summary ("###"), or between it and the blocks.
    const above = summary ? content.indexOf(summary) : start;
    for (let k = above - 1; k >= 0 && SEPARATOR.test(content[k]!.text); k--) take(content[k]!, 'frame/separator');
    for (let k = start - 1; k > above && SEPARATOR.test(content[k]!.text); k--) take(content[k]!, 'frame/separator');
    if (summary) {
      take(summary, 'frame/summary');
      fields.push({ name: 'summary', value: summary.text.trim(), pos: linePosition(summary, summary.text.search(/\S/)) });
    }
  }
  if (!has('title')) fields.push(...dateAndTitle(content.filter((l) => !drop.has(l)), start >= 0 || signed || has('funder'), take));
  const first = content.find((l) => !drop.has(l));
  const head = !has('title') && first ? runOnHead(first) : undefined;
  if (head) {
    fields.push(...head.fields);
    for (const piece of head.removed) report.removed(first!.line, piece.text, piece.rule);
    keepRest(first!, head.rest);
  }
  return { lines: all.filter((l) => !drop.has(l)), fields };
}

function opensDatedList(lines: Line[], i: number): boolean {
  if (!frameLabel(lines[i]!.text)?.entry.dated) return false;
  const next = lines.slice(i + 1).find((l) => l.text.trim());
  return !!next && !!parseDate(next.text, {});
}

/** A summary and the quoted citation after it on one line: `… to North Vietnam."Telegram, …," October 29, 1971, …`. */
const SUMMARY_THEN_CITATION = /^(\s*\S.*?[.!?])\s*(["“][^"”]{3,}["”].*)$/u;

/**
 * The older page's citation box without its indentation (a copy's): the summary and the quoted
 * citation under "get citation", on two lines or glued into one. The indented box is front matter's.
 */
function citationBox(lines: Line[], drop: Set<Line>, take: (line: Line, rule: string) => void): Field[] {
  const [first, second] = lines.filter((l) => !drop.has(l) && l.text.trim());
  if (!first || first.text.search(/\S/) >= 2) return [];
  const field = (name: FieldName, line: Line, start = 0, end = line.text.length): Field => {
    const piece = linePiece(line, start, end);
    return { name, value: piece.text.trim(), pos: linePosition(piece, piece.text.search(/\S/)) };
  };
  const glued = SUMMARY_THEN_CITATION.exec(first.text);
  if (glued && citesDigitalArchive(glued[2]!)) {
    take(first, 'frame/summary');
    return [field('summary', first, 0, glued[1]!.length), field('citation', first, first.text.length - glued[2]!.length)];
  }
  if (/^\s*["“]/.test(first.text) && citesDigitalArchive(first.text)) {
    take(first, 'frame/citation');
    return [field('citation', first)];
  }
  if (second && /^\s*["“]/.test(second.text) && citesDigitalArchive(second.text)) {
    take(first, 'frame/summary');
    take(second, 'frame/citation');
    return [field('summary', first), field('citation', second)];
  }
  return [];
}

/** A copy's own title lines above a PDF's cover repeat its date and title ("May 16, 1989 Meeting between …"). */
function dropCopyTitles(lines: Line[], fields: Field[], take: (line: Line, rule: string) => void): void {
  const title = fields.find((f) => f.name === 'title')?.value;
  if (!title) return;
  const date = fields.find((f) => f.name === 'date')?.value ?? '';
  const repeats = new Set([fold(title), fold(`${date} ${title}`)]);
  for (const line of lines) if (repeats.has(fold(line.text))) take(line, 'chrome/copy-title');
}

/**
 * Where the labelled blocks begin: the first label from which labels and their values run to
 * the end of the page, each value within its label's length. A block of three labels or more
 * may hold a few lines more (a value whose label the copy dropped, a list of related documents
 * after the last label): they are reported as unknown.
 */
const SLACK = 2;

function blockStart(content: Line[]): number {
  const labels = content.flatMap((l, i) => {
    const m = frameLabel(l.text);
    return m ? [{ i, ...m }] : [];
  });
  for (let k = 0; k < labels.length; k++) {
    const first = labels[k]!;
    if (!first.entry.opens && k === labels.length - 1) continue;
    if (first.entry.dated && !opensDatedList(content, first.i)) continue;
    const fits = labels.slice(k).every((l, m, run) => {
      const next = run[m + 1]?.i ?? content.length;
      const valueLines = next - l.i - 1;
      return valueLines <= l.entry.maxLines + (run.length >= 3 ? SLACK : 0) || (m === run.length - 1 && run.length >= 3);
    });
    if (fits) return first.i;
  }
  return -1;
}

function blockFields(block: Line[], take: (line: Line, rule: string) => void): Field[] {
  const fields: Field[] = [];
  let current: { entry: FrameLabel; taken: number } | undefined;
  for (const line of block) {
    const label = frameLabel(line.text);
    if (label) {
      current = { entry: label.entry, taken: 0 };
      take(line, 'frame/label');
      if (label.value && label.entry.field) {
        current.taken++;
        fields.push({ name: label.entry.field, value: label.value, pos: linePosition(line, line.text.indexOf(label.value)) });
      }
      continue;
    }
    const entry = current?.entry;
    if (!entry?.field || current!.taken >= entry.maxLines) {
      take(line, 'frame/unknown');
      continue;
    }
    current!.taken++;
    take(line, `frame/${entry.field}`);
    const value = line.text.trim();
    const previous = fields[fields.length - 1];
    if (previous && previous.name === entry.field && current!.taken > 1 && !LIST_FIELDS.has(entry.field)) previous.value += `\n${value}`;
    else fields.push({ name: entry.field, value, pos: linePosition(line, line.text.search(/\S/)) });
  }
  return fields;
}

/** The archive's summary: the paragraph just above the labelled blocks (past a "###" separator), when it reads as one. */
function summaryLine(content: Line[], start: number): Line | undefined {
  let k = start - 1;
  while (k >= 0 && SEPARATOR.test(content[k]!.text)) k--;
  const line = content[k];
  if (!line || k === 0) return undefined;
  const text = line.text.trim();
  const words = text.split(/\s+/).length;
  if (words < 6 || !/\p{Ll}{2}/u.test(text) || matchSpeaker(text) || /^\[.*\]$/.test(text) || findArchivalIds(text).length > 0) return undefined;
  return line;
}

/**
 * A line that reads as a document's title: short, not a sentence of prose, a label, a date or a
 * turn. Where nothing else says the text is a page of the archive (`framed`), it must also name a
 * kind of document ("Notes on the Conversation of …").
 */
function titleLike(text: string, framed: boolean): boolean {
  const t = text.trim();
  return (
    t.length > 0 &&
    t.length < 300 &&
    !/[:.,]$/.test(t) &&
    !/\s\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(t) &&
    !frameLabel(t) &&
    !parseDate(t, {}) &&
    !matchSpeaker(t) &&
    (framed || TITLE_WORDS.test(t))
  );
}

export const isDocumentTitle = (text: string): boolean => titleLike(text, false);

/**
 * A copy that ran the whole document onto one line, its title first, then (after the blanks of a
 * lost line break) the date, then the text: "Memorandum of … Conversation with …  November 22,
 * 1962 At the beginning …". The title must name a kind of document.
 */
/** A title ending in one of these words goes on into the date after it ("Telegram of 9 May 1989"). */
const TITLE_GOES_ON = /\b(?:of|on|in|at|from|to|for|by|dated|the|and|between|with)$/iu;

function runOnHead(line: Line): { fields: Field[]; removed: { text: string; rule: string }[]; rest: Line } | undefined {
  const text = line.text;
  if (text.length < 300) return undefined;
  const date = findDates(text.slice(0, 400), {}).find((d) => d.start > 0);
  const before = date && text.slice(0, date.start);
  // A lost line break leaves blanks before the date, or a title that cannot go on into it ("… to Moscow 9 May 1989 For …").
  const broken = !!before && (/\S\s{2,}$/.test(before) || (before.trim().split(/\s+/).length >= 4 && !TITLE_GOES_ON.test(before.trim())));
  if (!date || !before || !broken || !titleLike(before, false) || !/^\s+\p{Lu}/u.test(text.slice(date.end))) return undefined;
  const lead = before.search(/\S/);
  const title = linePiece(line, lead, before.trimEnd().length);
  const rest = linePiece(line, date.end + (text.slice(date.end).length - text.slice(date.end).trimStart().length));
  return {
    fields: [
      { name: 'title', value: title.text, pos: linePosition(title) },
      { name: 'date', value: date.text, pos: linePosition(line, date.start) },
    ],
    removed: [{ text: title.text, rule: 'frame/title' }, { text: date.text, rule: 'frame/date' }],
    rest,
  };
}

/** A page of the archive opens with the document's date line and title line; both or neither are taken. */
function dateAndTitle(content: Line[], framed: boolean, take: (line: Line, rule: string) => void): Field[] {
  // Some copies put a sentence of the site above the date line (a neighbouring document's summary,
  // whole or cut short: a sentence's words, the last in lower case).
  const strayText = content[0]?.text.trim() ?? '';
  const sentence = /\p{Ll}[.!?]$/u.test(strayText) || (strayText.split(/\s+/).length >= 8 && /\s\p{Ll}+$/u.test(strayText));
  const stray = content.length > 2 && !parseDate(strayText, {}) && !!parseDate(content[1]!.text, {}) && sentence;
  const fields = openingLines(stray ? content.slice(1) : content, framed, take);
  if (stray && fields.length) take(content[0]!, 'frame/stray');
  return fields;
}

function openingLines(content: Line[], framed: boolean, take: (line: Line, rule: string) => void): Field[] {
  const [first, second] = content;
  const text = second?.text.trim() ?? '';
  // An old page's summary box stands there, indented.
  const title = !!second && second.text.search(/\S/) < 2 && titleLike(text, framed);
  if (!first || !second || !title || !parseDate(first.text, {})) return [];
  take(first, 'frame/date');
  take(second, 'frame/title');
  return [
    { name: 'date', value: first.text.trim(), pos: linePosition(first, first.text.search(/\S/)) },
    { name: 'title', value: text, pos: linePosition(second, second.text.search(/\S/)) },
  ];
}
