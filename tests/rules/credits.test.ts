import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { findCredits, originalLanguageFromCredit } from '../../src/rules/credits.js';

function at(text: string, sub: string, from = 0): number {
  const i = text.indexOf(sub, from);
  if (i < 0) throw new Error(`${sub} not in ${text}`);
  return i;
}

const credits = (text: string) => findCredits(text).map((m) => m.credit);

describe('findCredits: translators and contributors', () => {
  it('reads "Translated by" before a URL, leaving out the sentence period', () => {
    const text = 'listy 39-44. Translated by Sergey Radchenko. <https://digitalarchive.umd.edu/document/122809>';
    expect(findCredits(text)).toEqual([
      {
        start: 13,
        end: 43,
        credit: { resp: 'translated by', said: 'Translated by', names: ['Sergey Radchenko'] },
        names: [{ start: 27, end: 43, name: 'Sergey Radchenko' }],
      },
    ]);
  });

  it('reads "Contributed by"', () => {
    const text = 'and 0103. Contributed by Sergey Radchenko. https://wilson-center-digital-archive.dvincitest.com/document/112663';
    expect(findCredits(text)).toEqual([
      {
        start: 10,
        end: 41,
        credit: { resp: 'contributed by', said: 'Contributed by', names: ['Sergey Radchenko'] },
        names: [{ start: 25, end: 41, name: 'Sergey Radchenko' }],
      },
    ]);
  });

  it('keeps the words between the resp word and "by" in `said`', () => {
    const text = 'pp. 148-151. Translated for CWIHP from Russian by Sergey Radchenko.]***Description:** about';
    expect(findCredits(text)).toEqual([
      {
        start: 13,
        end: 66,
        credit: { resp: 'translated by', said: 'Translated for CWIHP from Russian by', names: ['Sergey Radchenko'] },
        names: [{ start: 50, end: 66, name: 'Sergey Radchenko' }],
      },
    ]);
  });

  it('reads "Translated from the Russian by" and "Translated from Chinese by"', () => {
    expect(credits('Translated from the Russian by Irina Malenko.')).toEqual([
      { resp: 'translated by', said: 'Translated from the Russian by', names: ['Irina Malenko'] },
    ]);
    expect(credits('pp. 40-41. Translated from Chinese by David Wolff. Published in Bulletin #16 by CWIHP')).toEqual([
      { resp: 'translated by', said: 'Translated from Chinese by', names: ['David Wolff'] },
    ]);
  });

  it('stops a name at the end of the line', () => {
    const text = 'Translated from the Russian by Michael Shaturin\n\nClick here to return to the April 2013 index.';
    expect(findCredits(text).map((m) => [m.start, m.end, m.credit.names])).toEqual([[0, 47, ['Michael Shaturin']]]);
  });

  it('stops a name before a bare URL and before the next part of the citation', () => {
    expect(findCredits('Translated by Sergey Radchenko https://example.org/doc/1')[0]!.end).toBe(30);
    expect(credits('Contributed by Ann Li Published in Bulletin #3')).toEqual([
      { resp: 'contributed by', said: 'Contributed by', names: ['Ann Li'] },
    ]);
  });

  it('reads name lists "A, B and C" and "A, B, and C" with initials', () => {
    const text = 'Translated by A. B. Smith, C. Jones, and Christian F. Ostermann.';
    expect(findCredits(text)[0]!.names).toEqual([
      { start: 14, end: 25, name: 'A. B. Smith' },
      { start: 27, end: 35, name: 'C. Jones' },
      { start: 41, end: 63, name: 'Christian F. Ostermann' },
    ]);
    expect(credits('Translated by Ann Li, Bo Wang and Chen Jian.')[0]!.names).toEqual(['Ann Li', 'Bo Wang', 'Chen Jian']);
  });

  it('reads a lower-case resp word, "&" and joined initials', () => {
    expect(credits('translated by I.V. Petrov & Anna Lee')).toEqual([
      { resp: 'translated by', said: 'translated by', names: ['I.V. Petrov', 'Anna Lee'] },
    ]);
  });

  it('normalises no-break spaces in `said` and names but keeps the source span', () => {
    const text = 'Translated\u00a0by\u00a0Sergey\u00a0Radchenko.';
    expect(findCredits(text)).toEqual([
      {
        start: 0,
        end: 30,
        credit: { resp: 'translated by', said: 'Translated by', names: ['Sergey Radchenko'] },
        names: [{ start: 14, end: 30, name: 'Sergey Radchenko' }],
      },
    ]);
  });

  it('reads "Transcribed by"', () => {
    expect(credits('Transcribed by Lorenz Lüthi.')).toEqual([{ resp: 'transcribed by', said: 'Transcribed by', names: ['Lorenz Lüthi'] }]);
  });
});

describe('findCredits: recorders', () => {
  it('reads "Recorded by Comrade Fedorenko." without the title', () => {
    expect(findCredits('Recorded by Comrade Fedorenko.')).toEqual([
      {
        start: 0,
        end: 29,
        credit: { resp: 'recorded by', said: 'Recorded by', names: ['Fedorenko'] },
        names: [{ start: 20, end: 29, name: 'Fedorenko' }],
      },
    ]);
  });

  it('reads the recorder and skips "checked by me", which names nobody', () => {
    const text = 'The conversation is recorded by Comrade Fedorenko and is checked by me.';
    expect(findCredits(text)).toEqual([
      {
        start: 20,
        end: 49,
        credit: { resp: 'recorded by', said: 'recorded by', names: ['Fedorenko'] },
        names: [{ start: 40, end: 49, name: 'Fedorenko' }],
      },
    ]);
  });

  it('reads two recorders after "Comrades" and stops before the next clause', () => {
    const text = 'The conversation is recorded by Comrades Fedorenko and Roshchin is checked by me.';
    expect(findCredits(text)).toEqual([
      {
        start: 20,
        end: 63,
        credit: { resp: 'recorded by', said: 'recorded by', names: ['Fedorenko', 'Roshchin'] },
        names: [
          { start: 41, end: 50, name: 'Fedorenko' },
          { start: 55, end: 63, name: 'Roshchin' },
        ],
      },
    ]);
  });

  it('leaves out abbreviated titles before each name', () => {
    const text = 'Recorded by Cde. Fedorenko and cdes. Roshchin and Ledovskii';
    expect(findCredits(text)[0]!.names).toEqual([
      { start: at(text, 'Fedorenko'), end: at(text, 'Fedorenko') + 9, name: 'Fedorenko' },
      { start: at(text, 'Roshchin'), end: at(text, 'Roshchin') + 8, name: 'Roshchin' },
      { start: at(text, 'Ledovskii'), end: text.length, name: 'Ledovskii' },
    ]);
  });

  it('reads a checker when one is named', () => {
    expect(credits('The record is checked by Comrade Vyshinskii.')).toEqual([{ resp: 'checked by', said: 'checked by', names: ['Vyshinskii'] }]);
  });
});

describe('findCredits: what is not a credit', () => {
  it('ignores resp words without a named person', () => {
    expect(findCredits('a list of your works which could be translated into Russian.')).toEqual([]);
    expect(findCredits('the talks were recorded by the secretary of the embassy')).toEqual([]);
    expect(findCredits('It was checked by me.')).toEqual([]);
  });

  it('finds exactly the credits of the source pages', () => {
    const names = (name: string) =>
      findCredits(readFileSync(`sources/${name}`, 'utf8')).map((m) => `${m.credit.said} ${m.credit.names.join(' + ')}`);
    expect(names('1945-10-10-petrov-mao-zhou-wang.txt')).toEqual(['Translated by Sergey Radchenko']);
    expect(names('1949-01-13-terebin-to-kuznetsov-mao-to-filippov.txt')).toEqual(['Contributed by Sergey Radchenko']);
    expect(names('1949-04-13-kovalev-to-filippov-53517.txt')).toEqual(['Translated by Sergey Radchenko']);
    expect(names('1949-06-27-stalin-ccp-delegation.txt')).toEqual([
      'Translated for CWIHP from Russian by Sergey Radchenko',
      'Translated from Chinese by David Wolff',
    ]);
    expect(names('1949-12-16-stalin-mao-two-meetings.txt')).toEqual([
      'recorded by Fedorenko',
      'Recorded by Fedorenko',
      'Translated from the Russian by Irina Malenko',
      'recorded by Fedorenko + Roshchin',
      'Translated from the Russian by Michael Shaturin',
    ]);
  });
});

describe('originalLanguageFromCredit', () => {
  it('names the language a translation was made from', () => {
    expect(originalLanguageFromCredit('Translated from the Russian by')).toBe('Russian');
    expect(originalLanguageFromCredit('Translated for CWIHP from Russian by')).toBe('Russian');
    expect(originalLanguageFromCredit('Translated from Chinese by')).toBe('Chinese');
    expect(originalLanguageFromCredit('translated from the Hungarian by')).toBe('Hungarian');
  });

  it('returns undefined when no known language is named', () => {
    expect(originalLanguageFromCredit('Translated by')).toBeUndefined();
    expect(originalLanguageFromCredit('Translated into Russian by')).toBeUndefined();
    expect(originalLanguageFromCredit('Translated from Moscow by')).toBeUndefined();
    expect(originalLanguageFromCredit('Translated from the original by')).toBeUndefined();
  });
});

describe('findCredits: the credit forms of real pages', () => {
  it.each([
    ['Obtained by Anna Lalaj and translated by Enkel Daljani.', [['obtained by', ['Anna Lalaj']], ['translated by', ['Enkel Daljani']]]],
    ['Obtained and translated for NKIDP by Balazs Szalontai.', [['obtained by', ['Balazs Szalontai']], ['translated by', ['Balazs Szalontai']]]],
    ['copy on file; translation by Vladislav Zubok.', [['translated by', ['Vladislav Zubok']]]],
    ['translation from Russian by David Wolff.', [['translated by', ['David Wolff']]]],
    // The resp word nearest "by" is the credit: a checker, not a translator.
    ['Translation checked by Vladimir Petrov.', [['checked by', ['Vladimir Petrov']]]],
  ])('%s', (text, expected) => {
    expect(credits(text).map((c) => [c.resp, c.names])).toEqual(expected);
  });
});
