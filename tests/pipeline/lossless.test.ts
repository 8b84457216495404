/**
 * Nothing of a source is lost: the text export of each converted source equals the source's
 * text once the intended differences, each named in ../helpers/lossless.ts, are applied to both sides.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { decode } from '../../src/ingest/decode.js';
import { NORMALISATIONS, divergence, markdown, normalise, roundTrip, sourceText } from '../helpers/lossless.js';

describe('lossless conversion', () => {
  const files = ['sources', 'tests/fixtures/pages'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => `${dir}/${f}`));
  for (const file of files) {
    const name = file.split('/').pop()!;
    it(`${file}: the text export equals the source text`, () => {
      const { text } = decode(readFileSync(file), name);
      const { actual, expected } = roundTrip(text, name);
      // Show where they part, not two 20 kB strings.
      if (actual !== expected) expect(divergence(actual, expected).actual).toBe(divergence(actual, expected).expected);
      expect(actual).toBe(expected);
    });
  }

  it('takes no line on the converter\'s word: a line the export lacks and the header does not hold stays expected', () => {
    const source = 'Skip to content\n\nA Title Line\n\nThe first line of the text.\nA line dropped by mistake.\nThe last line.';
    const exported = 'The first line of the text.\nThe last line.';
    expect(normalise(sourceText(source, 'A Title Line', exported))).toBe(normalise('The first line of the text.\nA line dropped by mistake.\nThe last line.'));
    expect(normalise(sourceText(source, 'A Title Line', `${exported.split('\n')[0]}\nA line dropped by mistake.\nThe last line.`))).toBe(normalise(exported.replace('\n', '\nA line dropped by mistake.\n')));
  });

  it('the normalisations change what they name and nothing else', () => {
    expect(markdown('**Bold** and *it* 56\\* <sup>2</sup>\n#### Remarks')).toBe('Bold and it 56* 2\nRemarks');
    expect(NORMALISATIONS.omissions!('a [....] b […] [..]')).toBe('a [...] b [...] [..]');
    expect(NORMALISATIONS.numbering!('7 Cde. Liu\n1945 was\n12 If it')).toBe('7. Cde. Liu\n1945 was\n12. If it');
  });
});
