/**
 * Printed editions named in a citation line ("Reprinted in …", "Published in Bulletin #16 by
 * CWIHP", "Source: Jianguo Yilai … Vol. 1, (Beijing, 2005), pp. 40-41."). Only what the text says
 * is kept; words that fit no field go to `note`.
 */
import type { Span } from '../model/annotation.js';
import type { PrintedSource } from '../model/document.js';
import { findArchivalIds } from './archival-id.js';
import { runStartAtEnd, trimEndOf, trimStartOf } from '../util/runs.js';

export interface PrintedSourceMatch extends Span {
  source: PrintedSource;
  review?: string;
}

/** "Source:" also introduces archival identifiers, so it counts only with a volume, imprint or pages. */
const TRIGGER = /(?<![\p{L}])(?:(?:Reprinted|Published|Printed|Reproduced|First published|Originally published) in:?|(Source:))[\s*_[]*/gu;
/** Where a printed-source reference stops at the latest. */
const HARD_STOP = /\n|\]|\*\*|(?<![\p{L}])(?:Reprinted|Published|Printed|Reproduced) in\b|(?<![\p{L}])(?:Translated|Contributed|Recorded|Transcribed)\b/u;
/** Words whose period is not a sentence end. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:Vol|vol|No|no|pp|p|eds|ed|Eds|Ed|Bk|Pt|pt|Kn|kn|comp|comps|\p{Lu})$/u;

/** "A. B. Smith" or two to four capitalised words; one word alone is more likely a title ("Pravda"). */
const NAME = /^(?:(?:\p{Lu}\.\s*)+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})$/u;
// A run of blanks is entered only at its start (`(?<!\s)`), so no run is read once per position.
const NAME_SEPARATOR = /(?:(?<!\s)\s+)?,\s*(?:and\s+)?|(?<!\s)\s+and\s+|(?:(?<!\s)\s+)?&\s*/u;
const EDITORS_MARKER = /^(?:\(?(?:eds?|comps?)\.\)?|editors?)$/iu;
/** Editors named inside parentheses after a title: "(Zhonggong Zhongyang Wenxian Yanjiushi, ed.)", "(eds. A and B)". */
// On trimmed text: a blank run is entered at its start only (`(?<!\s)`), and never handed back to `.+` (`(?!\s)`).
const EDITED_BY = /^(?:(.+?)(?:,|(?<!\s))\s+(?:eds?|comps?)\.?|(?:eds?|comps?)\.?\s+(?!\s)(.+)|edited by\s+(?!\s)(.+))$/iu;

const IMPRINT = /^\s*(?!\s)(?:([^:,]+?)(?:(?<!\s)\s+)?(?::\s*(?!\s)([^,]+?))?,\s*)?(\d{4})\s*$/u;
const PAGES = /(?<![\p{L}])pp?\.\s*(\d+[a-z]?)(?:\s*[-–—]\s*(\d+[a-z]?))?/gu;
/** `5`, `V`, `6-7`, `14/15`. */
const NUMBERING = String.raw`(\w+(?:[-–/]\w+)?)`;
const VOLUME = new RegExp(String.raw`(?<![\p{L}])(?:Vol\.|vol\.|Volume)\s*${NUMBERING}`, 'gu');
const PART = new RegExp(String.raw`(?<![\p{L}])(?:Book|Part|Pt\.|Kn\.|kn\.)\s*${NUMBERING}`, 'gu');
const ISSUE = new RegExp(String.raw`(?:#\s*|(?<![\p{L}])(?:No\.|no\.|Issue)\s*)(?=\d)${NUMBERING}`, 'gu');
const PUBLISHER_BY = /(?<![\p{L}])by\s+(\p{Lu}[\p{L}\p{N}&-]*(?:\s+(?:(?:of|the|for|and)\s+)*\p{Lu}[\p{L}\p{N}&-]*)*)/gu;

type AnchorKind = 'imprint' | 'note' | 'pages' | 'volume' | 'part' | 'issue' | 'publisher' | 'editors' | 'editedBy';

interface Anchor extends Span {
  kind: AnchorKind;
  groups: (string | undefined)[];
}

/** End of the reference: its sentence end, a credit, a closing bracket or the line's end. */
function referenceEnd(text: string, from: number): number {
  const hard = HARD_STOP.exec(text.slice(from));
  const limit = hard ? from + hard.index : text.length;
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '.' && depth === 0 && /^(?:\s|$)/.test(text.slice(i + 1, i + 2)) && !ABBREVIATION.test(text.slice(from, i))) {
      return i;
    }
  }
  return limit;
}

function parentheticals(body: string, offset: number): Anchor[] {
  const found: Anchor[] = [];
  for (const m of body.matchAll(/\(([^()]*)\)/gu)) {
    const content = m[1]!.trim();
    const imprint = IMPRINT.exec(content);
    const editedBy = EDITED_BY.exec(content);
    const names = editedBy && (editedBy[1] ?? editedBy[2] ?? editedBy[3])!;
    const kind: AnchorKind = imprint ? 'imprint' : EDITORS_MARKER.test(m[0]) ? 'editors' : names && isNameList(names) ? 'editedBy' : 'note';
    const groups = imprint ? imprint.slice(1) : kind === 'editedBy' ? [names!] : [content];
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, kind, groups });
  }
  return found;
}

function anchorsIn(body: string, offset: number): Anchor[] {
  const parens = parentheticals(body, offset);
  const outsideParens = (start: number): boolean => !parens.some((p) => p.start <= start && start < p.end);
  const patterns: [AnchorKind, RegExp][] = [
    ['pages', PAGES],
    ['volume', VOLUME],
    ['part', PART],
    ['issue', ISSUE],
    ['publisher', PUBLISHER_BY],
  ];
  const inline = patterns.flatMap(([kind, re]) =>
    [...body.matchAll(re)]
      .map((m): Anchor => ({ start: offset + m.index, end: offset + m.index + m[0].length, kind, groups: m.slice(1) }))
      .filter((a) => outsideParens(a.start)),
  );
  return [...parens, ...inline].sort((a, b) => a.start - b.start);
}

const trimPunctuation = (s: string): string => trimEndOf(trimStartOf(s, /[\s,;:.]/u), /[\s,;:]/u);

function isNameList(segment: string): boolean {
  return segment.split(NAME_SEPARATOR).every((name) => NAME.test(name));
}

const splitNames = (names: string): string[] => names.split(NAME_SEPARATOR).map(trimPunctuation).filter(Boolean);

/** Editors and title from the words before the first field: "A, B and C, Title" or "A and B, eds., Title". */
function editorsAndTitle(prefix: string): { editors: string[]; title: string } {
  const segments = prefix.split(',').map(trimPunctuation).filter(Boolean);
  let count = segments.findIndex((s) => EDITORS_MARKER.test(s));
  if (count >= 0) {
    segments.splice(count, 1);
  } else {
    count = 0;
    while (count < segments.length - 1 && isNameList(segments[count]!)) count++;
  }
  return { editors: segments.slice(0, count).flatMap(splitNames), title: segments.slice(count).join(', ') };
}

/** The fields of the reference in [start, end), and how many beyond editors and title were found. */
function parseReference(text: string, start: number, end: number): { source: PrintedSource; fields: number } {
  const anchors = anchorsIn(text.slice(start, end), start);
  const prefixEnd = anchors.find((a) => a.kind !== 'editors')?.start ?? end;
  const marker = anchors.find((a) => a.kind === 'editors' && a.end <= prefixEnd);
  const { editors, title } = marker
    ? { editors: splitNames(text.slice(start, marker.start)), title: trimPunctuation(text.slice(marker.end, prefixEnd)) }
    : editorsAndTitle(text.slice(start, prefixEnd));

  const source: PrintedSource = { text: text.slice(start, end), editors, title };
  const notes: string[] = [];
  let fields = 0;
  let cursor = prefixEnd;
  const keepLeftover = (upTo: number): void => {
    notes.push(...text.slice(cursor, upTo).split(/[,;]/u).map(trimPunctuation).filter(Boolean));
  };
  for (const a of anchors.filter((x) => x.start >= prefixEnd)) {
    keepLeftover(a.start);
    cursor = Math.max(cursor, a.end);
    const [first, second, third] = a.groups;
    switch (a.kind) {
      case 'imprint':
        if (first) source.place = first;
        if (second) source.publisher = second;
        source.date = third!;
        break;
      case 'note':
        notes.push(first!);
        continue;
      case 'pages':
        source.pages = second ? { from: first!, to: second } : { from: first! };
        break;
      case 'volume':
        source.volume = first!;
        break;
      case 'part':
        source.part = first!;
        break;
      case 'issue':
        if (source.volume) source.part = first!;
        else source.volume = first!;
        break;
      case 'publisher':
        source.publisher ??= first!;
        break;
      case 'editedBy':
        source.editors.push(...splitNames(first!));
        break;
      case 'editors':
        continue;
    }
    fields++;
  }
  keepLeftover(end);
  if (notes.length > 0) source.note = notes.join('; ');
  return { source, fields };
}

export function findPrintedSources(text: string): PrintedSourceMatch[] {
  const matches: PrintedSourceMatch[] = [];
  // Identifiers matter only after a "Source:" trigger, so they are read only when one is met.
  let ids: readonly { start: number }[] | undefined;
  for (const t of text.matchAll(TRIGGER)) {
    const start = t.index + t[0].length;
    if (matches.some((m) => start < m.end)) continue;
    if (t[1] && (ids ??= findArchivalIds(text)).some((id) => id.start === start)) continue;
    const end = start + runStartAtEnd(text.slice(start, referenceEnd(text, start)), /[\s,;:]/u);
    if (end <= start) continue;
    const { source, fields } = parseReference(text, start, end);
    if (t[1] && fields === 0) continue;
    const review = !source.title
      ? 'printed source without a title'
      : fields === 0
        ? 'printed source without volume, imprint or pages: check the reading'
        : undefined;
    matches.push({ start, end, source, ...(review && { review }) });
  }
  return matches;
}
