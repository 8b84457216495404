import { describe, it, expect } from 'vitest';
import { findNoteMarkers, matchFootnoteLine, noteRule, noteTarget } from '../../src/rules/footnote.js';

const marker = (start: number, end: number, n: string) => ({ start, end, n, drop: [{ start, end }] });

describe('findNoteMarkers', () => {
  const cases: [string, string, ReturnType<typeof marker>[]][] = [
    ['sup', 'The CC<sup>2</sup> or other', [marker(6, 18, '2')]],
    ['sup, any case and spacing', 'the treaty<SUP> 3 </SUP>.', [marker(10, 24, '3')]],
    ['sup with brackets', 'loan<sup>[4]</sup>', [marker(4, 18, '4')]],
    ['sup with a letter', 'loan<sup>a</sup>', [marker(4, 16, 'a')]],
    ['escaped asterisk after a number', 'on page 56\\* the', [marker(10, 12, '*')]],
    ['escaped asterisk after a word', 'the Politburo\\*.', [marker(13, 15, '*')]],
    ['two escaped asterisks', 'Sinkiang\\*\\* and', [marker(8, 12, '**')]],
    ['escaped asterisk with a number', 'Sinkiang\\*1 and', [marker(8, 11, '*1')]],
    ['bracketed number glued to a word', 'the treaty[1] and', [marker(10, 13, '1')]],
    ['bracketed number after punctuation', 'in 1949.[12] Then', [marker(8, 12, '12')]],
    ['markdown footnote', 'a remark[^note] and [^3] here', [marker(8, 15, 'note'), marker(20, 24, '3')]],
    ['several in order', 'A<sup>1</sup> b\\* c[2]', [marker(1, 13, '1'), marker(15, 17, '*'), marker(19, 22, '2')]],
    ['spaced bracketed number', 'see [1] and [2]', []],
    ['markdown link', 'link[1](https://example.org)', []],
    ['markdown footnote definition', '[^1]: the note', []],
    ['spaced escaped asterisk', 'a \\* b', []],
    ['plain asterisk', 'word* and *emphasis*', []],
    ['editorial bracket', 'Filippov [Stalin] and Com[rade]', []],
    ['number in a word', 'VKP(b) 1949 No.5', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(findNoteMarkers(text)).toStrictEqual(expected);
    });
  }
});

describe('matchFootnoteLine', () => {
  const cases: [string, string, { n: string; contentStart: number } | null][] = [
    ['sup', '<sup>1</sup> This conversation took place in Moscow.', { n: '1', contentStart: 13 }],
    ['sup without space', '<sup>2</sup>Gao Gang', { n: '2', contentStart: 12 }],
    ['escaped asterisk', '\\* The CC here means the CC group.', { n: '*', contentStart: 3 }],
    ['escaped asterisk with a number', '\\*1 Kovalev', { n: '*1', contentStart: 4 }],
    ['bracketed number, indented, no-break space', '  [3]\u00a0Printed in Moscow', { n: '3', contentStart: 6 }],
    ['markdown footnote definition', '[^2]: Red Wings', { n: '2', contentStart: 6 }],
    ['numbered list item', '1. This conversation took place', null],
    ['parenthesised number', '1) to supply the Chinese', null],
    ['markdown bullet', '* item', null],
    ['editorial bracket', '[signature] Molotov', null],
    ['marker without text', '[1]', null],
    ['empty', '', null],
  ];
  for (const [name, line, expected] of cases) {
    it(name, () => {
      expect(matchFootnoteLine(line)).toStrictEqual(expected);
    });
  }
});

describe('noteTarget', () => {
  it('keeps numbers and names', () => {
    expect(noteTarget('d1-fn', '12')).toBe('d1-fn-12');
    expect(noteTarget('d1-fn', 'note')).toBe('d1-fn-note');
  });
  it('spells asterisks out', () => {
    expect(noteTarget('d1-fn', '*')).toBe('d1-fn-star1');
    expect(noteTarget('d1-fn', '**')).toBe('d1-fn-star2');
    expect(noteTarget('d1-fn', '*1')).toBe('d1-fn-star1-1');
  });
});

describe('noteRule', () => {
  it('makes noteRefs that drop the whole marker', () => {
    expect(noteRule('doc1-fn')('The CC<sup>2</sup> or page 56\\*', {})).toStrictEqual([
      { rule: 'footnote', start: 6, end: 18, node: { kind: 'noteRef', target: 'doc1-fn-2', n: '2' }, drop: [{ start: 6, end: 18 }] },
      { rule: 'footnote', start: 29, end: 31, node: { kind: 'noteRef', target: 'doc1-fn-star1', n: '*' }, drop: [{ start: 29, end: 31 }] },
    ]);
  });
  it('finds nothing in plain text', () => {
    expect(noteRule('x')('Filippov [Stalin] said (Joke).', {})).toStrictEqual([]);
  });
});

describe('findNoteMarkers: URLs', () => {
  it('finds no marker inside a URL, and still finds one after it', () => {
    expect(findNoteMarkers('see https://example.org/item[2]/text and www.example.org/a[3] here[4]').map((m) => m.n)).toEqual(['4']);
  });
});
