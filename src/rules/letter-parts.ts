/**
 * Lines of letters and telegrams that are not running text: the opening salute, the closer's
 * signature and dateline, classification marks, distribution notes and archival notes.
 * A closer line often holds several parts ("Kovalev [signature] Printed 1 copy.");
 * `splitCloserLine` cuts it into parts that together cover the whole line.
 */
import table from '../data/letter-parts.json' with { type: 'json' };
import { countTitleWords, matchPersonName } from './speaker.js';
import { trimEndOf } from '../util/runs.js';
import { hasMoreWordsThan } from './text.js';

export type LetterLineKind = 'salute' | 'signed' | 'dateline' | 'classification' | 'distribution' | 'archival-note';
export type LinePosition = 'start' | 'end' | 'middle';

export interface LetterLineMatch {
  kind: LetterLineKind;
  review?: string;
}

/** A part of a line: [start, end) offsets into the line. */
export interface LetterPartSpan {
  kind: LetterLineKind;
  start: number;
  end: number;
}

const FRAGMENTS: Record<string, string> = table.fragments;

/** Expands {fragments}; a space in the data stands for any white space (NBSP too), " ?" for optional space. */
function source(pattern: string): string {
  return pattern
    .replace(/\{([a-z]+)\}/g, (_, key: string) => {
      const fragment = FRAGMENTS[key];
      if (fragment === undefined) throw new Error(`letter-parts.json: unknown fragment {${key}}`);
      return fragment;
    })
    .replace(/ \?/g, '\\s*')
    .replace(/ /g, '\\s+');
}

const alternatives = (patterns: string[]): string => patterns.map(source).join('|');
/** Markdown emphasis and an opening quote may wrap a part; punctuation and a closing quote may end it. */
const OPEN = '(?:\\*{1,2}|_{1,2})?["“«]?';
const TRAIL = '[\\s.,;!"”»’\'*_]*';
const whole = (alts: string): RegExp => new RegExp(`^${OPEN}(?:${alts})${TRAIL}$`, 'iu');

const DISTRIBUTION_UNIT = alternatives(table.distribution);
const REGISTRY = source(table.registryNumber);
const VALEDICTION = source(table.valedictions);

const CLASSIFICATION = whole(alternatives(table.classification));
const DISTRIBUTION = whole(`(?:${DISTRIBUTION_UNIT})(?:[.;,]?\\s+(?:${DISTRIBUTION_UNIT}))*`);
const DATE = whole(alternatives(table.dateline));
const DATELINE = whole(`${alternatives(table.dateline)}|${REGISTRY}`);
const SIGNATURE_MARK = new RegExp(source(table.signatureMark), 'iu');
const SIGNATURE_ONLY = whole(source(table.signatureMark));
const ARCHIVAL_NOTE = whole(alternatives(table.archivalNote.patterns));
const ARCHIVAL_KEYWORDS = table.archivalNote.parenthesisedKeywords;
const VALEDICTION_ONLY = whole(VALEDICTION);

/** Parts that may open a closer line: "Yours, …" (salute), "No. 318 – …" (dateline). */
const HEADS: [LetterLineKind, RegExp][] = [
  ['salute', new RegExp(`^(?:${VALEDICTION})[,.!]?(?=\\s)`, 'iu')],
  ['dateline', new RegExp(`^${OPEN}${REGISTRY}(?=\\s*[–—,-]|\\s)`, 'iu')],
];
/** Parts that may end a closer line, looked for in this order: "… Printed 1 copy.", "… 12 January 1949". */
const TAILS: [LetterLineKind, RegExp][] = [
  ['distribution', DISTRIBUTION],
  ['dateline', DATE],
];

const SALUTE_LEAD = new RegExp(`^(?:${alternatives(table.salute.leads)})\\s+`, 'iu');
const SALUTE_STANDALONE = whole(source(table.salute.standalone));
const SALUTE_SUFFIX = new RegExp(`(?<!\\s)\\s+${source(table.salute.suffixes)}$`, 'iu');
/** "Poskrebyshev, A.N.": initials after the surname. */
const INVERTED_INITIALS = /,\s*(?:\p{Lu}\.\s?){1,3}$/u;
const SEPARATORS = /^[\s,;:–—-]*/u;
/** A closer line of several parts is short; longer lines are running text. */
const MAX_CLOSER_WORDS = 25;

/** "(Last page)", "(Then the text repeats …" (the closing parenthesis is sometimes lost). */
function isParenthesisedNote(text: string): boolean {
  if (!text.startsWith('(')) return false;
  const closes = text.indexOf(')');
  if (closes >= 0 && !/^\)[\s.]*$/u.test(text.slice(closes))) return false;
  const lower = text.toLowerCase();
  return ARCHIVAL_KEYWORDS.some((k) => lower.includes(k));
}

function isName(text: string): boolean {
  const core = trimEndOf(text.replace(INVERTED_INITIALS, ''), /[\s,;.–—-]/u);
  return matchPersonName(core) !== null;
}

/**
 * 'mark': a signature mark with at most a function before and a name around it
 * ("Ambassador of the USSR in China [signature] A[pollon] Petrov"); 'name': a bare name.
 */
function signedKind(text: string): 'mark' | 'name' | null {
  const mark = SIGNATURE_MARK.exec(text);
  if (!mark) return isName(text) ? 'name' : null;
  const before = text.slice(0, mark.index).trim();
  const after = text.slice(mark.index + mark[0].length).trim();
  const beforeOk = before === '' || countTitleWords(before) > 0 || isName(before);
  return beforeOk && (after === '' || isName(after)) ? 'mark' : null;
}

/** The kind of a text that is one part as a whole. */
function wholeKind(text: string): LetterLineKind | null {
  if (CLASSIFICATION.test(text)) return 'classification';
  if (DISTRIBUTION.test(text)) return 'distribution';
  if (DATELINE.test(text)) return 'dateline';
  if (SIGNATURE_ONLY.test(text)) return 'signed';
  if (ARCHIVAL_NOTE.test(text) || isParenthesisedNote(text)) return 'archival-note';
  if (VALEDICTION_ONLY.test(text)) return 'salute';
  return null;
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

/** Leftmost word start in [from, to) from which the rest of the segment matches `re`. */
function tailStart(line: string, from: number, to: number, re: RegExp): number | null {
  for (let i = from; i < to; i++) {
    const wordStart = i === from || (isSpace(line[i - 1]) && !isSpace(line[i]));
    if (wordStart && re.test(line.slice(i, to))) return i;
  }
  return null;
}

const trimEndAt = (line: string, at: number): number => line.slice(0, at).trimEnd().length;

/**
 * Cuts a closer line into letter parts: "Kovalev [signature] Printed 1 copy." → signed + distribution,
 * "Mao Zedong 12 January 1949"" → signed + dateline, "No. 318 – Kovalev, 13.4" → dateline + signed + dateline.
 * The parts cover the line's text without gaps except white space: punctuation between two parts stays
 * with the first ("No. 318 –", "Kovalev,"). Returns [] when the line is not made of letter parts.
 */
export function splitCloserLine(line: string): LetterPartSpan[] {
  const start = line.search(/\S/u);
  if (start < 0) return [];
  const end = line.trimEnd().length;
  const text = line.slice(start, end);
  const single = wholeKind(text);
  if (single) return [{ kind: single, start, end }];
  if (hasMoreWordsThan(text, MAX_CLOSER_WORDS)) return [];

  const parts: LetterPartSpan[] = [];
  let from = start;
  for (const [kind, re] of HEADS) {
    const head = re.exec(line.slice(from, end));
    if (head) {
      parts.push({ kind, start: from, end: from + head[0].length });
      from += head[0].length;
      from += SEPARATORS.exec(line.slice(from))?.[0].length ?? 0;
      break;
    }
  }
  const tails: LetterPartSpan[] = [];
  let to = end;
  for (const [kind, re] of TAILS) {
    const at = tailStart(line, from, to, re);
    if (at === null) continue;
    tails.unshift({ kind, start: at, end: to });
    to = trimEndAt(line, at);
  }
  if (to > from) {
    if (signedKind(line.slice(from, to)) === null) return [];
    parts.push({ kind: 'signed', start: from, end: to });
  }
  parts.push(...tails);
  // Punctuation between parts belongs to the part before it.
  for (let i = 0; i + 1 < parts.length; i++) {
    const [part, next] = [parts[i], parts[i + 1]];
    if (part && next) part.end = trimEndAt(line, next.start);
  }
  return parts;
}

/** "To Comrade Filippov [Stalin]", "To Cde. V. M. Molotov personally.", "Dear Comrade Stalin!", ""Comrade Filippov,". */
function isOpeningSalute(line: string): boolean {
  let text = line.trim().replace(/^(?:\*{1,2}|_{1,2})?["“«]?/u, '').replace(/(?:\*{1,2}|_{1,2})$/u, '');
  const lead = SALUTE_LEAD.exec(text);
  if (!lead && /:$/u.test(text)) return false; // "Comrade Stalin:" is a speaker's label
  if (lead) text = text.slice(lead[0].length);
  text = trimEndOf(text.replace(INVERTED_INITIALS, ''), /[\s!,.:;"”»’']/u).replace(SALUTE_SUFFIX, '');
  if (SALUTE_STANDALONE.test(text)) return true;
  if (!lead) return matchPersonName(text)?.title !== undefined;
  // "To the Chairman of the Council of Ministers, Comrade Stalin": the addressee after the last comma.
  const addressee = text.slice(text.lastIndexOf(',') + 1).trim();
  // "Dear Mr. Ambassador": titles alone address the person too.
  const titlesOnly = addressee !== '' && countTitleWords(addressee) === addressee.split(/\s+/u).length;
  return matchPersonName(text) !== null || matchPersonName(addressee) !== null || titlesOnly;
}

/**
 * Classifies one line by what it is in a letter. `position` says whether the line is among the first
 * lines of a document, the last, or elsewhere: opening salutes only at the start, bare names (signed)
 * only at the end, datelines not in the middle. A line holding several parts gets the kind of its first
 * part and a review; use `splitCloserLine` for the parts.
 */
export function classifyLetterLine(line: string, position: LinePosition): LetterLineMatch | null {
  if (position === 'start' && isOpeningSalute(line)) return { kind: 'salute' };
  const parts = splitCloserLine(line);
  const [first] = parts;
  if (first === undefined) return null;
  if (parts.length > 1) {
    return { kind: first.kind, review: `several letter parts on one line: ${parts.map((p) => p.kind).join(' + ')}` };
  }
  const text = line.slice(first.start, first.end);
  switch (first.kind) {
    case 'dateline':
      return position === 'middle' ? null : { kind: 'dateline' };
    case 'salute':
      return position === 'end' ? { kind: 'salute' } : null;
    case 'signed': {
      if (signedKind(text) === 'mark') return { kind: 'signed' };
      if (position !== 'end') return null;
      return /\s/u.test(text) ? { kind: 'signed' } : { kind: 'signed', review: `a lone name "${text}" taken for a signature` };
    }
    default:
      return { kind: first.kind };
  }
}
