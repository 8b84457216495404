/**
 * The date rule: calendar dates written out in running text, normalised to ISO 8601.
 *
 * Recognised: "October 10, 1945", "Dec. 16, 1949", "27 June 1949", "16th December 1949",
 * "31st of December 1949", "13.June.1951", "July 1946" (→ 1946-07), "13.04.1949",
 * "31.XII.1949", "1949-04-13", and a time next to a full date ("19:55 13.June.1951"
 * → 1951-06-13T19:55:00). A date without a year ("October 10", "On 9 April") takes the
 * document's year with cert="medium", or without one becomes "--MM-DD" with a review note.
 * Not recognised, on purpose: bare years, seasons, "13.4" (see `parseShortDate`), ranges
 * ("June 5-10"), and any impossible day (February 30).
 */
import type { Annotation, InlineRule, Span } from '../model/annotation.js';
import type { Cert } from '../model/document.js';

export interface DateMatch extends Span {
  text: string;
  when: string;
  cert?: Cert;
  review?: string;
}

interface DateContext {
  /** The document's year, for dates written without one. */
  year?: number;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Abbreviations beyond the three-letter prefix of each name. */
const EXTRA_ABBREVIATIONS: Record<string, number> = { Sept: 9 };
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const monthNumbers = new Map<string, number>([
  ...MONTH_NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...MONTH_NAMES.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ...Object.entries(EXTRA_ABBREVIATIONS),
]);

const spellings = (words: string[]): string =>
  words.sort((a, b) => b.length - a.length).flatMap((w) => [w, w.toUpperCase()]).join('|');
const abbreviations = [...monthNumbers.keys()].filter((w) => !MONTH_NAMES.includes(w));
/**
 * Month words as written in prose: capitalised or all capitals, never lower case ("may", "march").
 * A full stop belongs to an abbreviation ("Dec."), never to a full name ("On 9 April.").
 */
const MONTH = `(${spellings([...MONTH_NAMES])}|(?:${spellings(abbreviations)})\\.?)`;
const ROMAN = `(${[...ROMAN_MONTHS].reverse().join('|')})`;
const SP = '[^\\S\\n]+';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const BEFORE = '(?<![\\p{L}\\p{N}]|\\p{N}[.,:/\\-])';
/** No letter or digit may follow, nor a dash or separator and a digit (ranges, decimals). */
const AFTER = '(?![\\p{L}\\p{N}]|[.,:/\\-\\u2013]\\p{N})';
const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?';

interface Parts {
  year?: string;
  month: number;
  day?: string;
}

/** One written form of a date: its pattern and how to read its groups. */
interface DateForm {
  pattern: RegExp;
  read(groups: string[]): Parts;
}

const form = (source: string, read: DateForm['read']): DateForm => ({
  pattern: new RegExp(`${BEFORE}${source}${AFTER}`, 'gu'),
  read,
});
const monthOf = (word: string): number => {
  const bare = word.replace(/\.$/, '');
  return monthNumbers.get(bare[0] + bare.slice(1).toLowerCase())!;
};

const FORMS: DateForm[] = [
  // October 10, 1945 · Dec. 16 1949 · July 26
  form(`${MONTH}${SP}${DAY}(?:,?${SP}${YEAR})?`, ([m, day, year]) => ({ month: monthOf(m!), day, year })),
  // 27 June 1949 · 16th December 1949 · 31st of December 1949 · 13.June.1951 · 9 April
  form(`${DAY}(?:${SP}of)?(?:${SP}|\\.)${MONTH}(?:(?:,?${SP}|\\.)${YEAR})?`, ([day, m, year]) => ({ month: monthOf(m!), day, year })),
  // July 1946
  form(`${MONTH},?${SP}${YEAR}`, ([m, year]) => ({ month: monthOf(m!), year })),
  // 13.04.1949 · 31.XII.1949 · 31/XII/1949
  form(`(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}`, ([day, month, year]) => ({ month: Number(month), day, year })),
  form(`(\\d{1,2})([./])${ROMAN}\\2${YEAR}`, ([day, , roman, year]) => ({ month: ROMAN_MONTHS.indexOf(roman!) + 1, day, year })),
  // 1949-04-13
  form(`${YEAR}-(\\d{2})-(\\d{2})`, ([year, month, day]) => ({ month: Number(month), day, year })),
];

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(month: number, year: number | undefined): number {
  // Without a year, February 29 is possible.
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

type Reading = Omit<DateMatch, keyof Span | 'text'>;

/** Years a written-out date may have; others are more likely counts ("June 10, 1500 men"). */
const isPlausibleYear = (year: number): boolean => year >= 1800 && year <= 2099;

/** The ISO value of a date's parts, or undefined for an impossible date. */
function interpret(parts: Parts, context: DateContext): Reading | undefined {
  const written = parts.year === undefined ? undefined : Number(parts.year);
  const year = written ?? context.year;
  if (written !== undefined && !isPlausibleYear(written)) return undefined;
  if (parts.month < 1 || parts.month > 12) return undefined;
  if (parts.day === undefined) return year === undefined ? undefined : { when: `${year}-${pad(parts.month)}` };
  const day = Number(parts.day);
  if (day < 1 || day > daysIn(parts.month, year)) return undefined;
  const monthDay = `${pad(parts.month)}-${pad(day)}`;
  if (year === undefined) return { when: `--${monthDay}`, review: 'date without a year, and the document has none' };
  return written === undefined ? { when: `${year}-${monthDay}`, cert: 'medium' } : { when: `${year}-${monthDay}` };
}

const TIME_BEFORE = new RegExp(`(?<![\\p{N}:])${TIME},?${SP}$`, 'u');
const TIME_AFTER = new RegExp(`^,?${SP}(?:at${SP})?${TIME}(?![\\p{N}:])`, 'u');
/** How far from a date an adjacent time can start or end. */
const TIME_WINDOW = 24;

/** Extends a full date over an adjacent time of day ("19:55 13.June.1951", "13 June 1951, 19:55"). */
function withTime(text: string, match: DateMatch): DateMatch {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(match.when)) return match;
  const windowStart = Math.max(0, match.start - TIME_WINDOW);
  const before = TIME_BEFORE.exec(text.slice(windowStart, match.start));
  const after = before ? null : TIME_AFTER.exec(text.slice(match.end, match.end + TIME_WINDOW));
  const time = before ?? after;
  if (!time) return match;
  const [hours, minutes, seconds = '00'] = [Number(time[1]), Number(time[2]), time[3]];
  if (hours > 23 || minutes > 59 || Number(seconds) > 59) return match;
  const start = before ? windowStart + before.index : match.start;
  const end = after ? match.end + after[0].length : match.end;
  return { ...match, start, end, text: text.slice(start, end), when: `${match.when}T${pad(hours)}:${pad(minutes)}:${seconds}` };
}

/** Dates in running text, left to right, without overlaps (the longest reading wins). */
export function findDates(text: string, context: DateContext): DateMatch[] {
  // Every date form has a digit; most paragraphs have none, and the forms are costly.
  if (!/\d/.test(text)) return [];
  // An impossible date stays a candidate so that no part of it is read instead ("31 April 1949" is not April 1949).
  const candidates: (Span & { text: string; reading?: Reading })[] = [];
  for (const { pattern, read } of FORMS) {
    for (const m of text.matchAll(pattern)) {
      candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0], reading: interpret(read(m.slice(1)), context) });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: typeof candidates = [];
  for (const candidate of candidates) {
    const previous = chosen[chosen.length - 1];
    if (!previous || candidate.start >= previous.end) chosen.push(candidate);
  }
  return chosen
    .flatMap(({ reading, ...span }) => (reading ? [withTime(text, { ...span, ...reading })] : []))
    .filter((match, i, all) => i === 0 || match.start >= all[i - 1]!.end);
}

/** Where the trimmed content of `text` lies, ignoring a final full stop. */
function trimmedSpan(text: string): Span {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().replace(/\.$/, '').length;
  return { start, end: Math.max(start, end) };
}

/** A date that is the whole of `text` (a header's date line); a bare year counts here. */
export function parseDate(text: string, context: DateContext): DateMatch | undefined {
  const { start, end } = trimmedSpan(text);
  const inner = text.slice(start, end);
  if (/^\d{4}$/.test(inner)) return isPlausibleYear(Number(inner)) ? { start, end, text: inner, when: inner } : undefined;
  const [only, ...more] = findDates(inner, context);
  if (!only || more.length > 0 || only.start !== 0 || only.end !== inner.length) return undefined;
  return { ...only, start: start + only.start, end: start + only.end };
}

const SHORT_DATE = /^(\d{1,2})([./])(\d{1,2}|[IVX]{1,4})(?:\2(\d{4}|\d{2}))?$/;

/**
 * A dateline's short date, the whole of `text`: "13.4" (day.month), "31/XII" (day/Roman month),
 * "13.4.49". Day-month order is the Russian convention, so an Arabic month gets cert="low";
 * a Roman month is unambiguous and only the inferred year makes it "medium".
 */
export function parseShortDate(text: string, year?: number): DateMatch | undefined {
  const { start, end } = trimmedSpan(text);
  const inner = text.slice(start, end);
  const m = SHORT_DATE.exec(inner);
  if (!m) return undefined;
  const [, day, , monthText, yearText] = m;
  const roman = ROMAN_MONTHS.indexOf(monthText!);
  if (roman < 0 && !/^\d+$/.test(monthText!)) return undefined;
  const month = roman >= 0 ? roman + 1 : Number(monthText);
  const century = Math.floor((year ?? 1900) / 100) * 100;
  const fullYear = yearText?.length === 2 ? String(century + Number(yearText)) : yearText;
  const reading = interpret({ day, month, year: fullYear }, { year });
  if (!reading) return undefined;
  const yearGuessed = yearText?.length !== 4 && !reading.when.startsWith('--');
  const cert: Cert | undefined = roman < 0 ? 'low' : yearGuessed ? 'medium' : undefined;
  return { start, end, text: inner, when: reading.when, ...(cert && { cert }), ...(reading.review && { review: reading.review }) };
}

/** Dates of running text; a text that is only a short date ("13.4", "31/XII") is a dateline's date. */
export const dateRule: InlineRule = (text, context) => {
  const short = parseShortDate(text, context.year);
  return (short ? [short] : findDates(text, { year: context.year })).map(
    ({ start, end, when, cert, review }): Annotation => ({
      rule: 'date',
      start,
      end,
      node: { kind: 'date', when, ...(cert && { cert }) },
      ...(review && { review }),
    }),
  );
};
