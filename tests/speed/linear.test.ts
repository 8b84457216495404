/**
 * Conversion time grows linearly with the input, whatever the input: a long run of one character
 * (PDF padding, stamps, rules of stars or dashes) through the whole pipeline, text to TEI. Ratios
 * only, never absolute times, with a bound a loaded machine stays under and a quadratic (100×) does not.
 */
import { describe, it, expect } from 'vitest';
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';

const RUNS: Record<string, string> = {
  spaces: ' ',
  'no-break spaces': '\u00a0',
  tabs: '\t',
  'opening brackets': '[',
  'closing brackets': ']',
  colons: ':',
  asterisks: '*',
  digits: '7',
  'full stops': '.',
  commas: ',',
  dashes: '-',
  underscores: '_',
  parentheses: '(',
  quotes: '"',
};

function millis(text: string): number {
  const t0 = performance.now();
  writeTei(convertText(text, 'run.txt').conversion);
  return performance.now() - t0;
}

/** The faster of two runs: a pause of the machine in one of them does not count. */
const best = (text: string): number => Math.min(millis(text), millis(text));

describe('conversion time is linear in the input', () => {
  millis('Record of Conversation\n\nStalin: Yes. [sic] 12 January 1949\n');
  for (const [name, ch] of Object.entries(RUNS)) {
    for (const [form, wrap] of [
      ['a run', (r: string) => r],
      ['"a" + run + "b"', (r: string) => `a${r}b`],
    ] as const) {
      it(`${name}: ${form} of 1 MB costs under 40× a run of 100 KB`, () => {
        const small = best(wrap(ch.repeat(100_000)));
        const large = best(wrap(ch.repeat(1_000_000)));
        expect(large / Math.max(small, 1)).toBeLessThan(40);
      });
    }
  }
});
