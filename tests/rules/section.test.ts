import { describe, it, expect } from 'vitest';
import { headingText, isHeadingLine, matchNumbered } from '../../src/rules/section.js';

const NBSP = '\u00a0';

describe('matchNumbered: arabic numbers', () => {
  it.each([
    ['1. About the credit. Cde. Stalin said that…', { n: '1', style: 'arabic', markerEnd: 2, contentStart: 3 }],
    ['12. If it suits you, we will publish a report.', { n: '12', style: 'arabic', markerEnd: 3, contentStart: 4 }],
    ['  3.   To the depth of 150 kilometres…', { n: '3', style: 'arabic', markerEnd: 4, contentStart: 7 }],
    [`${NBSP}4.${NBSP}On the order of general Bai Chongxi…`, { n: '4', style: 'arabic', markerEnd: 3, contentStart: 4 }],
    ['5.About Xinjiang.', { n: '5', style: 'arabic', markerEnd: 2, contentStart: 2 }],
    ['6.', { n: '6', style: 'arabic', markerEnd: 2, contentStart: 2 }],
  ])('%j', (line, expected) => {
    expect(matchNumbered(line)).toEqual(expected);
  });

  it('takes a number without its dot only right after its predecessor', () => {
    const line = '7 Cde. Liu Shaoqi thanked Cde. Stalin for the enormous aid.';
    expect(matchNumbered(line, '6')).toEqual({ n: '7', style: 'arabic', markerEnd: 1, contentStart: 2 });
    expect(matchNumbered(line, '5')).toBeNull();
    expect(matchNumbered(line)).toBeNull();
    expect(matchNumbered(line, 'VI')).toBeNull();
    expect(matchNumbered('10 Cde. Stalin agreed.', '9')).toEqual({ n: '10', style: 'arabic', markerEnd: 2, contentStart: 3 });
  });

  it('does not take a number that opens a sentence for a marker', () => {
    expect(matchNumbered('7 divisions of General Yan Xishan were wiped out.', '6')).toBeNull();
    expect(matchNumbered('300 million dollars is the sum.')).toBeNull();
  });

  it.each([
    '13.4',
    '1.5 million people live there.',
    '1945. The war ended.',
    '1) help the Soviet Union understand the new government;',
    '(1) to supply fighters; (2) to train pilots.',
    'No. 318 – Kovalev, 13.4',
    'In 1949 the delegation went to Moscow.',
    '',
  ])('%j is not a numbered item', (line) => {
    expect(matchNumbered(line)).toBeNull();
  });
});

describe('matchNumbered: roman numerals', () => {
  it.each([
    ['I. The Chinese comrades are too optimistically inclined.', undefined, { n: 'I', style: 'roman', markerEnd: 2, contentStart: 3 }],
    ['II. Representatives of the Guomindang…', 'I', { n: 'II', style: 'roman', markerEnd: 3, contentStart: 4 }],
    ['III. The American imperialists…', undefined, { n: 'III', style: 'roman', markerEnd: 4, contentStart: 5 }],
    ['  XIV. On the fleet.', undefined, { n: 'XIV', style: 'roman', markerEnd: 6, contentStart: 7 }],
    ['V. Molotov raised the question of Dairen.', 'IV', { n: 'V', style: 'roman', markerEnd: 2, contentStart: 3 }],
    ['X. On trade.', 'IX', { n: 'X', style: 'roman', markerEnd: 2, contentStart: 3 }],
  ])('%j after %s', (line, previousN, expected) => {
    expect(matchNumbered(line, previousN)).toEqual(expected);
  });

  it.each([
    ['I am drawing your attention to some facts.', undefined],
    ['I. V. Stalin said that the credit is agreed.', undefined],
    ['I.V. Stalin received the delegation.', undefined],
    ['A. N. Poskrebyshev forwarded the record.', undefined],
    ['V. M. Molotov was present.', 'IV'],
    ['V. Molotov was present.', undefined],
    ['V. Molotov was present.', 'II'],
    ['X. Chen replied.', undefined],
    ['IIII. Wrong numeral.', undefined],
    ['L. Brezhnev.', undefined],
    ['It was agreed.', undefined],
  ])('%j after %s is not a numbered item', (line, previousN) => {
    expect(matchNumbered(line, previousN)).toBeNull();
  });
});

describe('isHeadingLine', () => {
  it.each([
    'On the loan.',
    'On the military situation in China and the prospects of war against the Guomindang forces.',
    'On the city of Shanghai and its specifics',
    'About the city of Shanghai and its specifics.',
    'On the course of peace negotiations with the Guomindang government.',
    'Concerning the talks with Mr. Dulles.',
    '#### Remarks',
    '## The second meeting',
    'Remarks',
    "Editor's note",
    '**Commentary**',
    '**On the fleet.**',
    `  On${NBSP}the question of Xinjiang  `,
    "Record of the Conversation Between Comrade I.V. Stalin and the Chairman of the Central People's Government, Mao Zedong on 16th December 1949",
    'Memorandum of Conversation between Liu Shaoqi and Stalin',
  ])('%j is a heading', (line) => {
    expect(isHeadingLine(line)).toBe(true);
  });

  it.each([
    'He said.',
    'Comrade Mao Zedong: Yes.',
    'On 9 April a three hour conversation with Cde. Mao Zedong took place.',
    'On the other hand, we will continue the preparations.',
    'On this question Mao Zedong said nothing.',
    'About this he said nothing. Then he left.',
    'About what?',
    'Citation:',
    '**Citation:**',
    '**October 10, 1945.**',
    'Record of conversation of I.V. Stalin with a delegation of CCP CC The meeting took place on 27 June.',
    '1. About the credit.',
    'The conversation lasted for 2 hours.',
    'Also present at the meeting were: Comrades Molotov, Malenkov.',
    '####',
    '',
  ])('%j is not a heading', (line) => {
    expect(isHeadingLine(line)).toBe(false);
  });
});

describe('headingText', () => {
  it.each([
    ['#### Remarks', { start: 5, end: 12 }],
    ['## Remarks ##', { start: 3, end: 10 }],
    ['**On the loan.**', { start: 2, end: 14 }],
    ['  ** On the loan. **  ', { start: 5, end: 17 }],
    ['### **Commentary**', { start: 6, end: 16 }],
    [`${NBSP}On the loan.${NBSP}`, { start: 1, end: 13 }],
    ['On the loan.', { start: 0, end: 12 }],
    ['####', { start: 4, end: 4 }],
    ['', { start: 0, end: 0 }],
  ])('%j', (line, expected) => {
    expect(headingText(line)).toEqual(expected);
  });

  it('gives the bare text of a heading', () => {
    const line = '#### **About the fleet**';
    const { start, end } = headingText(line);
    expect(line.slice(start, end)).toBe('About the fleet');
  });
});

describe('isHeadingLine: the month May is not a verb', () => {
  it('reads a dated title as a heading, a sentence with "may" as not', () => {
    expect(isHeadingLine('Record of Conversation with Comrade Mao Zedong, 5 May 1950')).toBe(true);
    expect(isHeadingLine('On the loan that may be given')).toBe(false);
  });
});
