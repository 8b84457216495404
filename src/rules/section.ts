/**
 * Sections and numbered items: "1. About the credit. …", "II. Representatives …", and short
 * standalone headings ("On the loan.", "#### Remarks").
 */
import table from '../data/headings.json' with { type: 'json' };
import type { Span } from '../model/annotation.js';
import { hasMoreWordsThan } from './text.js';

export interface NumberedMatch {
  /** The number as written: "7", "II". */
  n: string;
  style: 'arabic' | 'roman';
  /** Offset just after the marker ("1." → after the dot; "7" → after the digit). */
  markerEnd: number;
  /** Offset where the item's text begins (may equal the line length). */
  contentStart: number;
}

/** "1. …", "12.About …"; never "13.4" or "1.5 million". */
const DOTTED = /^(\s*)(\d{1,3})\.(?=\s|\p{Lu}|$)/u;
/** "7 Cde. Liu Shaoqi thanked …": a number without its dot, trusted only right after its predecessor. */
const BARE = /^(\s*)(\d{1,3})(?=\s+\p{Lu})/u;
/** Roman numerals 1–39 followed by a dot and space: "I. ", "XIV. ". */
const ROMAN = /^(\s*)((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.(?=\s|$)/u;
/** "I. V. Stalin": the numeral is an initial when another initial follows. */
const FOLLOWED_BY_INITIAL = /^\s+\p{Lu}\./u;

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_DIGITS[numeral[i] ?? ''] ?? 0;
    const next = ROMAN_DIGITS[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function numbered(line: string, m: RegExpExecArray, style: NumberedMatch['style']): NumberedMatch {
  const [marker, , n = ''] = m;
  const markerEnd = marker.length;
  const space = /^\s*/u.exec(line.slice(markerEnd))?.[0].length ?? 0;
  return { n, style, markerEnd, contentStart: markerEnd + space };
}

/**
 * A line opening a numbered item. `previousN` is the number of the item before it in the same run:
 * it admits a number whose dot was lost ("7 Cde. …" after "6.") and the single-letter numerals V and X,
 * which are otherwise initials ("V. Molotov"). Inline lists ("(1) …", "1) …") are not line markers.
 */
export function matchNumbered(line: string, previousN?: string): NumberedMatch | null {
  const dotted = DOTTED.exec(line);
  if (dotted) return numbered(line, dotted, 'arabic');

  const bare = BARE.exec(line);
  if (bare) {
    const follows = previousN !== undefined && /^\d+$/.test(previousN) && Number(previousN) + 1 === Number(bare[2]);
    return follows ? numbered(line, bare, 'arabic') : null;
  }

  const roman = ROMAN.exec(line);
  if (!roman || FOLLOWED_BY_INITIAL.test(line.slice(roman[0].length))) return null;
  const numeral = roman[2] ?? '';
  const ambiguous = numeral === 'V' || numeral === 'X';
  if (ambiguous && (previousN === undefined || romanValue(previousN) + 1 !== romanValue(numeral))) return null;
  return numbered(line, roman, 'roman');
}

const fold = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();
const regex = (patterns: string[]): RegExp =>
  new RegExp(`^(?:${patterns.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s+\\S`, 'iu');

const TOPIC_LEAD = regex(table.topicLeads);
const TITLE_LEAD = regex(table.titleLeads);
const HEADING_WORDS = new Set(table.headingWords.map(fold));
const FINITE_VERBS = new Set(table.finiteVerbs.map(fold));
const MAX_HEADING_WORDS = 40;

const ATX = /^\s*#{1,6}(?:\s+|$)/u;
const ATX_CLOSE = /(?<!\s)\s+#+$/u;
const EMPHASIS = /^(\*\*|__|\*|_)(.+)\1$/u;
/** "On 9 April …" is a date, not a topic. */
const LEAD_THEN_NUMBER = /^\S+\s+\d/u;
/** A sentence break inside the line; abbreviations and initials ("Cde.", "V. M.") are not breaks. */
const SENTENCE_BREAK = /(?<!\b(?:Mr|Mrs|Ms|Dr|Cde|Cdes|Com|Comr|Gen|St|No|Nos|Vol|vs|\p{Lu}))[.!?]\s+\p{Lu}/u;

/** The heading's text within the line: without markdown `####`, `**…**` and surrounding spaces. */
export function headingText(line: string): Span {
  const atx = ATX.exec(line);
  let start = atx ? atx[0].length : line.length - line.trimStart().length;
  let end = line.trimEnd().length;
  if (atx) end = start + line.slice(start, end).replace(ATX_CLOSE, '').length;
  const emphasis = EMPHASIS.exec(line.slice(start, end));
  if (emphasis) {
    const mark = emphasis[1]?.length ?? 0;
    const inner = line.slice(start + mark, end - mark);
    start += mark + (inner.length - inner.trimStart().length);
    end -= mark + (inner.length - inner.trimEnd().length);
  }
  return { start, end: Math.max(start, end) };
}

/**
 * A short standalone heading: a markdown heading, a heading word ("Remarks"), a topic ("On the loan.",
 * "About the city of Shanghai and its specifics") or a record's title — one phrase without a finite verb,
 * a colon or a second sentence. Numbered lines are items (see `matchNumbered`), not headings.
 */
export function isHeadingLine(line: string): boolean {
  const { start, end } = headingText(line);
  const text = line.slice(start, end);
  if (text === '') return false;
  if (ATX.test(line)) return true;
  const phrase = text.replace(/\.$/u, '');
  // Heading words are a few words each, so a longer phrase (most paragraphs) is no heading.
  if (hasMoreWordsThan(phrase, MAX_HEADING_WORDS)) return false;
  if (HEADING_WORDS.has(fold(phrase))) return true;
  if (/[:;?]/u.test(phrase) || SENTENCE_BREAK.test(phrase)) return false;
  // Verbs are written in lowercase inside a phrase; a capitalised "May" is the month.
  if (phrase.split(/\s+/u).some((w) => FINITE_VERBS.has(w.replace(/[^\p{L}']/gu, '')))) return false;
  if (TITLE_LEAD.test(phrase)) return true;
  return TOPIC_LEAD.test(phrase) && !LEAD_THEN_NUMBER.test(phrase);
}
