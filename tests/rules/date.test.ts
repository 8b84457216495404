import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dateRule, findDates, parseDate, parseShortDate } from '../../src/rules/date.js';

/** Each date found as [text, when, cert], for compact expectations. */
const found = (text: string, year?: number) => findDates(text, { year }).map((d) => [d.text, d.when, d.cert]);

describe('findDates: written-out dates', () => {
  it.each([
    ['The meeting of October 10, 1945 was long.', 'October 10, 1945', '1945-10-10'],
    ['Dated January 13, 1949.', 'January 13, 1949', '1949-01-13'],
    ['Dated January 13 1949, Moscow.', 'January 13 1949', '1949-01-13'],
    ['Signed 27 June 1949 in Moscow.', '27 June 1949', '1949-06-27'],
    ['Meetings on 16th December 1949 and', '16th December 1949', '1949-12-16'],
    ['and on 22nd January 1950.', '22nd January 1950', '1950-01-22'],
    ['Sent 31st of December 1949.', '31st of December 1949', '1949-12-31'],
    ['from the 1st of January 1950 since', '1st of January 1950', '1950-01-01'],
    ['Cable of Dec. 16, 1949 received.', 'Dec. 16, 1949', '1949-12-16'],
    ['Cable of Sept. 3, 1950 received.', 'Sept. 3, 1950', '1950-09-03'],
    ['Cable of Sep 3, 1950 received.', 'Sep 3, 1950', '1950-09-03'],
    ['RECEIVED OCTOBER 2, 1950', 'OCTOBER 2, 1950', '1950-10-02'],
    ['Copy made 13.June.1951 by hand', '13.June.1951', '1951-06-13'],
    ['Copy made 13.04.1949 by hand', '13.04.1949', '1949-04-13'],
    ['Copy made 31.XII.1949 by hand', '31.XII.1949', '1949-12-31'],
    ['Copy made 31/XII/1949 by hand', '31/XII/1949', '1949-12-31'],
    ['Filed as 1949-04-13.', '1949-04-13', '1949-04-13'],
    ['Leap day 29 February 1948 exists', '29 February 1948', '1948-02-29'],
  ])('%j → %s = %s', (text, dateText, when) => {
    expect(found(text)).toEqual([[dateText, when, undefined]]);
  });

  it('gives exact offsets into the text', () => {
    expect(findDates('On October 10, in connection', { year: 1945 })).toEqual([
      { start: 3, end: 13, text: 'October 10', when: '1945-10-10', cert: 'medium' },
    ]);
    expect(findDates('Moscow,\u00A016\u00A0December\u00A01949', {})).toEqual([
      { start: 8, end: 24, text: '16\u00A0December\u00A01949', when: '1949-12-16' },
    ]);
  });

  it('reads a month and year as a partial date', () => {
    expect(found('Starting from July 1946 we have been cautious')).toEqual([['July 1946', '1946-07', undefined]]);
    expect(found('to start from July, 1949, the world')).toEqual([['July, 1949', '1949-07', undefined]]);
  });

  it('takes the year of the document when the text has none', () => {
    expect(found('On 9 April a three hour conversation', 1949)).toEqual([['9 April', '1949-04-09', 'medium']]);
    expect(found('your telegram of January 10.', 1949)).toEqual([['January 10', '1949-01-10', 'medium']]);
    expect(found('during the July 27 session between', 1949)).toEqual([['July 27', '1949-07-27', 'medium']]);
    expect(found('back to Manchuria on July 30—but not', 1949)).toEqual([['July 30', '1949-07-30', 'medium']]);
  });

  it('writes --MM-DD and asks for review when no year is known at all', () => {
    expect(findDates('On 2 April a tunnel', {})).toEqual([
      { start: 3, end: 10, text: '2 April', when: '--04-02', review: 'date without a year, and the document has none' },
    ]);
  });

  it('includes an adjacent time, with seconds', () => {
    expect(findDates('Received 19:55 13.June.1951', {})).toEqual([
      { start: 9, end: 27, text: '19:55 13.June.1951', when: '1951-06-13T19:55:00' },
    ]);
    expect(found('Sent 13 June 1951, 08:05 from Beijing')).toEqual([['13 June 1951, 08:05', '1951-06-13T08:05:00', undefined]]);
    expect(found('Sent 13 June 1951 at 23:10:30.')).toEqual([['13 June 1951 at 23:10:30', '1951-06-13T23:10:30', undefined]]);
    // An impossible time is left out of the date.
    expect(found('Sent 13 June 1951, 25:70')).toEqual([['13 June 1951', '1951-06-13', undefined]]);
  });

  it('finds several dates in one text', () => {
    expect(found('Meetings on 16th December 1949 and 22nd January 1950, recorded 31st of January 1950.')).toEqual([
      ['16th December 1949', '1949-12-16', undefined],
      ['22nd January 1950', '1950-01-22', undefined],
      ['31st of January 1950', '1950-01-31', undefined],
    ]);
  });
});

describe('findDates: any valid date', () => {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  it('reads day-month-year and month-day-year spellings of the same day alike', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (date) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
        const iso = date.toISOString().slice(0, 10);
        expect(found(`On ${d} ${MONTHS[m]} ${y}, and on ${MONTHS[m]} ${d}, ${y}.`)).toEqual([
          [`${d} ${MONTHS[m]} ${y}`, iso, undefined],
          [`${MONTHS[m]} ${d}, ${y}`, iso, undefined],
        ]);
      }),
    );
  });
});

describe('findDates: what is not a date', () => {
  it.each([
    ['a credit agreement for 300,000,000 dollars'],
    ['peace can last not only 5-10 years, but 20-25 years'],
    ['change once in 2-3 years, at 1% interest'],
    ['the current 1945 treaty'],
    ['to complete this review by spring of 1950'],
    ['No. 318 – Kovalev, 13.4'],
    ['[signature illegible 31/XII]'],
    ['we may 5 times ask, they march 10 miles'],
    ['February 30, 1950 never happened'],
    ['31 April 1949 is no day'],
    ['June 5-10, 1950 was a range'],
    ['RGASPI F. 558. Op. 11. D.329. LL. 8-18.'],
    ['in June the troops moved'],
    ['Decembrists 12, 1825'],
  ])('%j has no date', (text) => {
    expect(findDates(text, { year: 1949 })).toEqual([]);
  });

  it('rejects February 29 in a year without one', () => {
    expect(found('February 29, 1949')).toEqual([]);
    expect(found('on 29 February', 1949)).toEqual([]);
    expect(found('on 29 February')).toEqual([['29 February', '--02-29', undefined]]);
  });
});

describe('parseDate (a whole date line)', () => {
  it('parses a header date with surrounding space and a final full stop', () => {
    expect(parseDate('  October 10, 1945.  ', {})).toEqual({ start: 2, end: 18, text: 'October 10, 1945', when: '1945-10-10' });
    expect(parseDate('27 June 1949', {})).toEqual({ start: 0, end: 12, text: '27 June 1949', when: '1949-06-27' });
  });

  it('accepts a bare year and a month with year', () => {
    expect(parseDate('1949', {})).toEqual({ start: 0, end: 4, text: '1949', when: '1949' });
    expect(parseDate('July 1946', {})).toEqual({ start: 0, end: 9, text: 'July 1946', when: '1946-07' });
  });

  it('rejects lines that are more than a date', () => {
    expect(parseDate('Date: 27 July 1949', {})).toBeUndefined();
    expect(parseDate('16 December 1949 and 22 January 1950', {})).toBeUndefined();
    expect(parseDate('Top secret', {})).toBeUndefined();
    expect(parseDate('', {})).toBeUndefined();
    expect(parseDate('0315', {})).toBeUndefined();
  });
});

describe('parseShortDate (dateline dates)', () => {
  it('reads day.month with the document year at low certainty', () => {
    expect(parseShortDate('13.4', 1949)).toEqual({ start: 0, end: 4, text: '13.4', when: '1949-04-13', cert: 'low' });
    expect(parseShortDate(' 13.04. ', 1949)).toEqual({ start: 1, end: 6, text: '13.04', when: '1949-04-13', cert: 'low' });
  });

  it('reads day/Roman month with the document year at medium certainty', () => {
    expect(parseShortDate('31/XII', 1949)).toEqual({ start: 0, end: 6, text: '31/XII', when: '1949-12-31', cert: 'medium' });
    expect(parseShortDate('31.XII.1949')).toEqual({ start: 0, end: 11, text: '31.XII.1949', when: '1949-12-31' });
    expect(parseShortDate('13.IV.49')).toEqual({ start: 0, end: 8, text: '13.IV.49', when: '1949-04-13', cert: 'medium' });
  });

  it('writes --MM-DD with a review note without any year', () => {
    expect(parseShortDate('31/XII')).toEqual({
      start: 0,
      end: 6,
      text: '31/XII',
      when: '--12-31',
      review: 'date without a year, and the document has none',
    });
    expect(parseShortDate('13.4')).toMatchObject({ when: '--04-13', cert: 'low' });
  });

  it('rejects what is not a day and month', () => {
    expect(parseShortDate('13.13', 1949)).toBeUndefined();
    expect(parseShortDate('31.4', 1949)).toBeUndefined();
    expect(parseShortDate('31/XIII', 1949)).toBeUndefined();
    expect(parseShortDate('13.4.5', 1949)).toBeUndefined();
    expect(parseShortDate('13/4.1949', 1949)).toBeUndefined();
    expect(parseShortDate('No. 318', 1949)).toBeUndefined();
  });
});

describe('dateRule', () => {
  it('annotates dates with when and cert', () => {
    expect(dateRule('On 9 April and on April 13, 1949.', { year: 1949 })).toEqual([
      { rule: 'date', start: 3, end: 10, node: { kind: 'date', when: '1949-04-09', cert: 'medium' } },
      { rule: 'date', start: 18, end: 32, node: { kind: 'date', when: '1949-04-13' } },
    ]);
  });

  it('reads a text that is only a short date as a dateline date, and a short date inside prose not at all', () => {
    expect(dateRule('13.4', { year: 1949 })).toEqual([{ rule: 'date', start: 0, end: 4, node: { kind: 'date', when: '1949-04-13', cert: 'low' } }]);
    expect(dateRule(' 31/XII ', { year: 1949 })).toEqual([{ rule: 'date', start: 1, end: 7, node: { kind: 'date', when: '1949-12-31', cert: 'medium' } }]);
    expect(dateRule('The rate rose by 13.4 percent.', { year: 1949 })).toEqual([]);
    expect(dateRule('No. 318', { year: 1949 })).toEqual([]);
  });

  it('passes the review note on', () => {
    expect(dateRule('On 9 April.', {})).toEqual([
      {
        rule: 'date',
        start: 3,
        end: 10,
        node: { kind: 'date', when: '--04-09' },
        review: 'date without a year, and the document has none',
      },
    ]);
  });
});
