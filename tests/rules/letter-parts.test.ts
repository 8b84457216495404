import { describe, it, expect } from 'vitest';
import { classifyLetterLine, splitCloserLine, type LinePosition } from '../../src/rules/letter-parts.js';

const NBSP = '\u00a0';
const POSITIONS: LinePosition[] = ['start', 'middle', 'end'];

/** The parts as [kind, text] pairs, to read the spans at a glance. */
const parts = (line: string): [string, string][] => splitCloserLine(line).map((p) => [p.kind, line.slice(p.start, p.end)]);

describe('classifyLetterLine: salutes', () => {
  it.each([
    'To Comrade Filippov [Stalin]',
    'To Cde. V. M. Molotov personally.',
    'To Comrade Poskrebyshev, A.N.',
    'To Comrade A. N. Poskrebyshev',
    '"Comrade Filippov,',
    '“Comrade Filippov,',
    'Dear Comrade Stalin!',
    'Comrade Stalin!',
    'Dear Comrades!',
    'Comrades!',
    `To${NBSP}Comrade Kovalev (personally)`,
    'To the Chairman of the Council of Ministers of the USSR, Comrade I. V. Stalin',
    'Dear Mr. Ambassador,',
  ])('%j opens a letter', (line) => {
    expect(classifyLetterLine(line, 'start')).toEqual({ kind: 'salute' });
  });

  it('takes salutes only at the start', () => {
    expect(classifyLetterLine('To Comrade Filippov [Stalin]', 'middle')).toBeNull();
    expect(classifyLetterLine('Dear Comrade Stalin!', 'end')).toBeNull();
  });

  it.each([
    "To cde. Roshchin's question whether Chiang Kai-shek will agree, Mao replied that he would.",
    'To my question how the talks went, Mao Zedong replied briefly.',
    'Comrade Stalin:',
    'Comrade Stalin: Surely.',
    'Stalin!',
    'To sum up.',
    "To Comrade Stalin's proposal, Comrade Mao agreed",
  ])('%j is not a salute', (line) => {
    expect(classifyLetterLine(line, 'start')).toBeNull();
  });
});

describe('classifyLetterLine: classification, distribution, archival notes (any position)', () => {
  it.each([
    ['Fully Secret', 'classification'],
    ['Top secret', 'classification'],
    ['TOP SECRET', 'classification'],
    ['Secret', 'classification'],
    ['SPECIAL', 'classification'],
    ['Strictly secret.', 'classification'],
    ['**Top Secret**', 'classification'],
    ['Top Secret. Special File', 'classification'],
    ['Printed 1 copy.', 'distribution'],
    ['Two copies printed. Nº 2 to file.', 'distribution'],
    ['Copies: Stalin (2)', 'distribution'],
    ['2 copies', 'distribution'],
    ['Copy No. 2', 'distribution'],
    [`Typed in three copies;${NBSP}No. 3 to the file`, 'distribution'],
    ['Sent to Comrades Molotov, Malenkov, Beria.', 'distribution'],
    ['For approval to Comrade Vyshinskii', 'distribution'],
    ['(Last page)', 'archival-note'],
    ['received (date illegible)', 'archival-note'],
    ['(Then the text repeats the text of page 2 of this document, ending with the words ‘Peace will depend’.', 'archival-note'],
    ['(Handwritten in the margin: "Agreed")', 'archival-note'],
    ['(Stamp of the General Department).', 'archival-note'],
    ['Printed from an original revised and approved by Liu Shaoqi.', 'archival-note'],
  ])('%j → %s', (line, kind) => {
    for (const position of POSITIONS) expect(classifyLetterLine(line, position)).toEqual({ kind });
  });

  it.each([
    '(Joke)',
    '(smiling)',
    'Secret talks were held in Beiping.',
    'The communique was printed in two copies for the press and distributed widely.',
    'We will send two copies of the draft.',
  ])('%j is none of them', (line) => {
    for (const position of POSITIONS) expect(classifyLetterLine(line, position)).toBeNull();
  });
});

describe('classifyLetterLine: signatures and datelines', () => {
  it.each([
    'Ambassador of the USSR in China [signature] A[pollon] Petrov',
    'Kovalev [signature]',
    '(illegible signature)',
    '[signature illegible 31/XII]',
    '[signature]',
    'Deputy Minister [signature] A. Gromyko',
  ])('%j (with a signature mark) is signed anywhere', (line) => {
    for (const position of POSITIONS) expect(classifyLetterLine(line, position)).toEqual({ kind: 'signed' });
  });

  it('takes a bare name for a signature only at the end', () => {
    expect(classifyLetterLine('A. Gromyko', 'end')).toEqual({ kind: 'signed' });
    expect(classifyLetterLine('Mao Zedong', 'end')).toEqual({ kind: 'signed' });
    expect(classifyLetterLine('A. Gromyko', 'start')).toBeNull();
    expect(classifyLetterLine('A. Gromyko', 'middle')).toBeNull();
    expect(classifyLetterLine('Kovalev', 'end')).toEqual({ kind: 'signed', review: 'a lone name "Kovalev" taken for a signature' });
  });

  it.each(['31st of December 1949.', '22 January 1950', 'April 13, 1949', '13.4', '31/XII', 'No. 318', 'Nº 2395', 'Received 19:55 13.June.1951'])(
    '%j is a dateline at the start or end, not in the middle',
    (line) => {
      expect(classifyLetterLine(line, 'start')).toEqual({ kind: 'dateline' });
      expect(classifyLetterLine(line, 'end')).toEqual({ kind: 'dateline' });
      expect(classifyLetterLine(line, 'middle')).toBeNull();
    },
  );

  it('takes a valediction as the closer salute at the end', () => {
    expect(classifyLetterLine('With communist greetings,', 'end')).toEqual({ kind: 'salute' });
    expect(classifyLetterLine('With communist greetings,', 'middle')).toBeNull();
  });

  it('gives a line of several parts the kind of its first part and a review', () => {
    expect(classifyLetterLine('Kovalev [signature] Printed 1 copy.', 'end')).toEqual({
      kind: 'signed', review: 'several letter parts on one line: signed + distribution',
    });
    expect(classifyLetterLine('No. 318 – Kovalev, 13.4', 'middle')).toEqual({
      kind: 'dateline', review: 'several letter parts on one line: dateline + signed + dateline',
    });
    expect(classifyLetterLine('Yours, Mao Zedong', 'end')).toEqual({
      kind: 'salute', review: 'several letter parts on one line: salute + signed',
    });
  });

  it.each([
    'He said that.',
    'Recorded by Comrade Fedorenko.',
    'The conversation lasted for 2 hours.',
    'I will report separately on the content of each conversation.',
    'He left for Moscow on 12 January 1949',
    'He put [signature] under the text and left the room.',
    '',
  ])('%j is not a closer', (line) => {
    for (const position of POSITIONS) expect(classifyLetterLine(line, position)).toBeNull();
  });
});

describe('splitCloserLine', () => {
  it('splits a signature and a distribution note', () => {
    const line = 'Kovalev [signature] Printed 1 copy.';
    expect(splitCloserLine(line)).toEqual([
      { kind: 'signed', start: 0, end: 19 },
      { kind: 'distribution', start: 20, end: 35 },
    ]);
  });

  it('splits a name and a date, keeping the closing quote with the date', () => {
    const line = 'Mao Zedong 12 January 1949"';
    expect(splitCloserLine(line)).toEqual([
      { kind: 'signed', start: 0, end: 10 },
      { kind: 'dateline', start: 11, end: 27 },
    ]);
  });

  it('splits a registry number, a name and a date; punctuation stays with the part before it', () => {
    const line = 'No. 318 – Kovalev, 13.4';
    expect(splitCloserLine(line)).toEqual([
      { kind: 'dateline', start: 0, end: 9 },
      { kind: 'signed', start: 10, end: 18 },
      { kind: 'dateline', start: 19, end: 23 },
    ]);
    expect(parts(line)).toEqual([['dateline', 'No. 318 –'], ['signed', 'Kovalev,'], ['dateline', '13.4']]);
  });

  it.each([
    [`  Nº 412${NBSP}-${NBSP}Roshchin, 2.X  `, [['dateline', `Nº 412${NBSP}-`], ['signed', 'Roshchin,'], ['dateline', '2.X']]],
    ['Yours, Mao Zedong', [['salute', 'Yours,'], ['signed', 'Mao Zedong']]],
    ['Ambassador of the USSR in China [signature] A[pollon] Petrov', [['signed', 'Ambassador of the USSR in China [signature] A[pollon] Petrov']]],
    ['Gromyko [signature] 5 copies printed.', [['signed', 'Gromyko [signature]'], ['distribution', '5 copies printed.']]],
    ['A. Panyushkin 3 March 1950. Two copies printed.', [['signed', 'A. Panyushkin'], ['dateline', '3 March 1950.'], ['distribution', 'Two copies printed.']]],
    ['I. Stalin, May 14, 1950', [['signed', 'I. Stalin,'], ['dateline', 'May 14, 1950']]],
    ['31st of December 1949.', [['dateline', '31st of December 1949.']]],
    ['Fully Secret', [['classification', 'Fully Secret']]],
  ])('%j', (line, expected) => {
    expect(parts(line)).toEqual(expected);
  });

  it('covers the line: between parts there is only white space', () => {
    for (const line of ['No. 318 – Kovalev, 13.4', 'Kovalev [signature] Printed 1 copy.', 'A. Panyushkin 3 March 1950. Two copies printed.']) {
      const spans = splitCloserLine(line);
      expect(spans[0]?.start).toBe(0);
      expect(spans.at(-1)?.end).toBe(line.length);
      for (let i = 1; i < spans.length; i++) expect(line.slice(spans[i - 1]?.end, spans[i]?.start).trim()).toBe('');
    }
  });

  it.each(['He left for Moscow on 12 January 1949', 'We will send two copies printed in Moscow.', 'The text was printed 1 copy.', '   '])(
    '%j is not made of letter parts',
    (line) => {
      expect(splitCloserLine(line)).toEqual([]);
    },
  );
});
