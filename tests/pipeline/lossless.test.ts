/**
 * Nothing of a source is lost: the text export of each converted source equals the source's
 * text once the intended differences, each named in ../helpers/lossless.ts, are applied to both sides.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { decode } from '../../src/ingest/decode.js';
import { NORMALISATIONS, divergence, markdown, roundTrip } from '../helpers/lossless.js';

describe('lossless conversion', () => {
  for (const name of readdirSync('sources').filter((f) => f.endsWith('.txt'))) {
    it(`${name}: the text export equals the source text`, () => {
      const { text } = decode(readFileSync(`sources/${name}`), name);
      const { actual, expected } = roundTrip(text, name);
      // Show where they part, not two 20 kB strings.
      if (actual !== expected) expect(divergence(actual, expected).actual).toBe(divergence(actual, expected).expected);
      expect(actual).toBe(expected);
    });
  }

  it('the normalisations change what they name and nothing else', () => {
    expect(markdown('**Bold** and *it* 56\\* <sup>2</sup>\n#### Remarks')).toBe('Bold and it 56* 2\nRemarks');
    expect(NORMALISATIONS.omissions!('a [....] b […] [..]')).toBe('a [...] b [...] [..]');
    expect(NORMALISATIONS.numbering!('7 Cde. Liu\n1945 was\n12 If it')).toBe('7. Cde. Liu\n1945 was\n12. If it');
  });
});
