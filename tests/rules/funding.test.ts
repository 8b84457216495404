import { describe, expect, it } from 'vitest';
import { matchFunding } from '../../src/rules/funding.js';

describe('matchFunding', () => {
  it.each([
    ['This document was made possible with support from the Leon Levy Foundation', 'the Leon Levy Foundation'],
    ['This document was made possible with support from Carnegie Corporation of New York (CCNY).', 'Carnegie Corporation of New York (CCNY)'],
    ['  This document was made possible through the generous support of the Blue Lantern Fund.   ', 'the Blue Lantern Fund'],
  ])('%s', (line, funder) => {
    const m = matchFunding(line)!;
    expect(m.funder).toBe(funder);
    expect(line.slice(m.start, m.end)).toBe(funder);
  });
  it('is a whole line of its own, not a sentence that mentions support', () => {
    expect(matchFunding('We are grateful for the support from the Soviet comrades.')).toBeUndefined();
    expect(matchFunding('This document was made possible with support from')).toBeUndefined();
  });
});
