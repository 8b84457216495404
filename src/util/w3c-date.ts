/**
 * Dates in TEI's W3C attributes (@when, @notBefore, @notAfter, @from, @to): the XML Schema
 * forms TEI's data.temporal.w3c allows (date, gYear, gYearMonth, gMonth, gMonthDay, gDay,
 * time, dateTime), each a real calendar date or time.
 */

export const W3C_DATE_ATTRIBUTES = ['when', 'notBefore', 'notAfter', 'from', 'to'] as const;

const ZONE = '(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?';
const YEAR = '-?(?:[1-9]\\d{4,}|\\d{4})';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?';
/** Each form with the groups year, month, day and time it has. */
const FORMS: { name: string; re: RegExp }[] = [
  { name: 'dateTime', re: new RegExp(`^(?<y>${YEAR})-(?<m>\\d{2})-(?<d>\\d{2})T(?<t>${TIME})${ZONE}$`) },
  { name: 'date', re: new RegExp(`^(?<y>${YEAR})-(?<m>\\d{2})-(?<d>\\d{2})${ZONE}$`) },
  { name: 'gYearMonth', re: new RegExp(`^(?<y>${YEAR})-(?<m>\\d{2})${ZONE}$`) },
  { name: 'gYear', re: new RegExp(`^(?<y>${YEAR})${ZONE}$`) },
  { name: 'gMonthDay', re: new RegExp(`^--(?<m>\\d{2})-(?<d>\\d{2})${ZONE}$`) },
  { name: 'gMonth', re: new RegExp(`^--(?<m>\\d{2})${ZONE}$`) },
  { name: 'gDay', re: new RegExp(`^---(?<d>\\d{2})${ZONE}$`) },
  { name: 'time', re: new RegExp(`^(?<t>${TIME})${ZONE}$`) },
];

export const W3C_FORMS_TEXT = 'a W3C date: YYYY, YYYY-MM, YYYY-MM-DD, --MM, --MM-DD, ---DD, hh:mm:ss, or YYYY-MM-DDThh:mm:ss, with an optional time zone';

export interface ParsedDate {
  /** The XML Schema type of the value's form: date, gYear, dateTime, … */
  form: string;
  /** Start of the period the value names, in ms since the epoch; undefined for forms without a year. */
  start?: number;
}

/** What is wrong with a W3C date value, or undefined with its parse when it is right. */
export function w3cDate(value: string): { problem: string } | { date: ParsedDate } {
  const form = FORMS.find((f) => f.re.test(value));
  const m = form?.re.exec(value);
  if (!form || !m?.groups) return { problem: `is not ${W3C_FORMS_TEXT}` };
  const { y, m: mo, d, t } = m.groups;
  // 2000 is a leap year, so a bare --02-29 stays possible.
  const year = y !== undefined ? Number(y) : 2000;
  const month = mo !== undefined ? Number(mo) : 1;
  const day = d !== undefined ? Number(d) : 1;
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  if (month < 1 || month > 12 || day < 1 || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return { problem: 'is not a real calendar date' };
  if (t !== undefined) {
    const [hh, mm, ss] = t.split(':').map((x) => Number.parseFloat(x));
    if (hh! > 23 || mm! > 59 || ss! >= 60) return { problem: 'has an impossible time' };
  }
  return { date: { form: form.name, ...(y !== undefined ? { start: at.getTime() } : {}) } };
}

/** The calendar date forms CMIF's `@when` takes (YYYY, YYYY-MM, YYYY-MM-DD), on the calendar (no 1949-02-30). */
export function isW3cDate(value: string): boolean {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value) && 'date' in w3cDate(value);
}
