/**
 * Patterns built at run time (`new RegExp` over the data tables: gazetteer, dates, chrome, letter
 * parts…) are out of the lint rule's sight, so this test records every one that conversion builds,
 * by converting the five sources, and checks each with scslre, the analysis behind the lint rule.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';

const built = new Map<string, { source: string; flags: string }>();

beforeAll(async () => {
  const Native = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      built.set(`/${re.source}/${re.flags}`, { source: re.source, flags: re.flags });
      return re;
    },
  });
  try {
    const { convertText } = await import('../../src/parse/convert.js');
    for (const name of readdirSync('sources').filter((f) => f.endsWith('.txt'))) convertText(readFileSync(join('sources', name), 'utf8'), name);
  } finally {
    globalThis.RegExp = Native;
  }
}, 120_000);

/** Quantifiers scslre finds super-linear, as `kind: quantifier`. */
function superLinear({ source, flags }: { source: string; flags: string }): string[] {
  const literal = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${source}/${flags}`);
  // A sticky pattern is tried at one position only, so moving over the input is no risk there.
  const { reports } = analyse(literal, { reportTypes: { Move: !flags.includes('y') } });
  // Two quantifiers trading characters cost the product of their lengths: linear when one is bounded (`.{1,100}`).
  const unbounded = reports.filter((r) => r.type !== 'Trade' || (r.startQuant.max === Infinity && r.endQuant.max === Infinity));
  return [...new Set(unbounded.map((r) => `${r.type}: ${r.type === 'Trade' ? `${r.startQuant.raw} ⇄ ${r.endQuant.raw}` : r.quant.raw}`))];
}

describe('patterns built at run time', () => {
  it('conversion builds the data-table patterns this test is meant to see', () => {
    // The gazetteer's, the chrome table's and the dates' patterns are among them.
    expect(built.size).toBeGreaterThan(40);
  });

  it('none can backtrack super-linearly but the one still open', () => {
    const bad = [...built.entries()].filter(([, re]) => superLinear(re).length).map(([key]) => key);
    // Open (issue #12): letter-parts.json's distribution lines ("Printed 2 copies."), a run of blanks between two of them.
    const open = bad.filter((key) => key.includes('(?:printed|typed|made)'));
    expect(open.length).toBeLessThanOrEqual(1);
    expect(bad.filter((key) => !open.includes(key)).map((key) => key.slice(0, 160))).toEqual([]);
  });
});
