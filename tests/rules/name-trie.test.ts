/**
 * The trie of spellings against the oracle, the same spellings as one case-insensitive regular
 * expression: at every position of random texts, both end the match at the same place (or find
 * none), for the gazetteer and for random gazetteers full of awkward characters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allEntities } from '../../src/rules/gazetteer.js';
import { spellingForms } from '../../src/rules/names.js';
import { isLineSpace, NameTrie } from '../../src/rules/name-trie.js';
import { spellingPattern } from '../helpers/name-regex-oracle.js';

const SEED = 20_261_203;

/** The end of the oracle's match at each position, and the trie's: -1 where none. */
function ends(trie: NameTrie, pattern: RegExp, text: string): { trie: number[]; oracle: number[] } {
  const positions = [...text.matchAll(/./gsu)].map((m) => m.index);
  return {
    trie: positions.map((i) => trie.matchAt(text, i)),
    oracle: positions.map((i) => {
      pattern.lastIndex = i;
      return pattern.test(text) ? pattern.lastIndex : -1;
    }),
  };
}

/** Case changes a text may show: as listed, capitals, lower case, capitals here and there. */
const recased = (s: string, how: number): string =>
  how === 0 ? s : how === 1 ? s.toUpperCase() : how === 2 ? s.toLowerCase() : [...s].map((c, i) => (i % how ? c : c.toUpperCase())).join('');

/** Blanks, hyphens, apostrophes, dots, and characters that case folding treats specially. */
const AWKWARD = [' ', '  ', '\u00a0', '\t', '\n', '\n\n', ' \n ', '\r', '\u2028', '-', ' - ', '\u2010', "'", '’', 'ʼ', '.', '. ', ',', 's', '\u017f', 'K', '\u212a', 'ß', '\u1e9e', '\u0130', 'i\u0307', '\u0345', '\u03b9', '𝐀', 'é', 'E\u0301', '1', 'ist', "'s"];

describe('isLineSpace', () => {
  it('is LINE_SPACE ([^\\S\\n]) for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isLineSpace(c) !== /[^\S\n]/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('the gazetteer', () => {
  const forms = [...spellingForms(allEntities())];
  const trie = new NameTrie(forms);
  const pattern = spellingPattern(forms);

  it('finds every spelling the oracle finds, ending where it ends', () => {
    const text = forms.map((f, i) => recased(f, i % 5)).join(' and ');
    const { trie: got, oracle } = ends(trie, pattern, text);
    expect(got).toEqual(oracle);
    expect(got.filter((e) => e >= 0).length).toBeGreaterThan(forms.length);
  });

  it('agrees with the oracle at every position of random texts', () => {
    const piece = fc.oneof(fc.constantFrom(...forms), fc.constantFrom(...AWKWARD));
    const text = fc.tuple(fc.array(piece, { maxLength: 12 }), fc.nat(4)).map(([p, how]) => recased(p.join(''), how));
    fc.assert(
      fc.property(text, (t) => {
        const { trie: got, oracle } = ends(trie, pattern, t);
        expect(got).toEqual(oracle);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('random gazetteers', () => {
  it('agree with the oracle at every position of texts made of the same characters', () => {
    const char = fc.constantFrom('a', 'b', 'A', 'K', 'k', '\u212a', 's', '\u017f', 'ß', '\u1e9e', '\u0130', '\u0345', '\u03b9', '𝐀', '𝐚', '1', '(', '.', ' ', '-', "'", '’');
    const form = fc.array(char, { minLength: 1, maxLength: 6 }).map((c) => c.join(''));
    const textChar = fc.oneof(char, fc.constantFrom('\n', '\u00a0', '\t', '  ', 'x', 'B'));
    fc.assert(
      fc.property(fc.array(form, { minLength: 1, maxLength: 8 }), fc.array(textChar, { maxLength: 24 }), (forms, chars) => {
        const text = chars.join('');
        const { trie: got, oracle } = ends(new NameTrie(forms), spellingPattern(forms), text);
        expect(got).toEqual(oracle);
      }),
      { seed: SEED + 1, numRuns: 1000 },
    );
  });
});
