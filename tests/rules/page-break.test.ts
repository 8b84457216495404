import { describe, it, expect } from 'vitest';
import { shouldRejoin } from '../../src/rules/page-break.js';

describe('shouldRejoin', () => {
  it.each([
    ['The troops of Bai', 'Chongxi retreated to the south.'],
    ['The telegram of the Politburo was addressed to Filippov [Stalin]', 'and sent from Beiping on the same day.'],
    ['The question of the KChZhD [Chinese Changchun', 'Railroad] was postponed.'],
  ])('rejoins "%s" / "%s"', (a, b) => {
    expect(shouldRejoin(a, b)).toBe(true);
  });
  it.each([
    ['The report is attached. [signature]', 'and then'],
    ['Comrade Stalin: We agree.', 'Comrade Mao Zedong: Good.'],
    ['A short line [x', '[y] z'],
    ['The question of [the]', 'Railroad was postponed.'],
  ])('keeps "%s" / "%s" apart', (a, b) => {
    expect(shouldRejoin(a, b)).toBe(false);
  });
});
