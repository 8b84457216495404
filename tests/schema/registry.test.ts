import { describe, expect, it } from 'vitest';
import { ELEMENTS, PATTERNS } from '../../src/schema/registry.js';
import { readRng } from '../../src/schema/rng.js';
import { teikitRng } from '../../src/schema/write-rng.js';
import { STRUCTURAL } from '../../src/tei/serialize.js';
import { housePointerKinds } from '../../src/schema/write-pointer-kinds.js';
import kinds from '../../src/data/pointer-kinds.json' with { type: 'json' };

const roles = readRng(teikitRng());

describe('the element registry', () => {
  it('names each define once, and every ref it makes is defined', () => {
    const defines = [...PATTERNS.map((p) => p.define), ...ELEMENTS.flatMap((e) => e.roles.map((r) => r.define))];
    expect(defines.length).toBe(new Set(defines).size);
    const refs = [...teikitRng().matchAll(/<ref name="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !defines.includes(r))).toEqual([]);
    expect(ELEMENTS.map((e) => e.name).length).toBe(new Set(ELEMENTS.map((e) => e.name)).size);
  });

  it('marks no phrase-level element as structural, so indenting never adds white space to running text', () => {
    const phrase = JSON.stringify(PATTERNS.find((p) => p.define === 'model.phrase')!.body);
    const phraseNames = new Set(roles.filter((r) => phrase.includes(`"${r.define}"`)).map((r) => r.name));
    expect(phraseNames.size).toBeGreaterThan(10);
    expect([...STRUCTURAL].filter((n) => phraseNames.has(n))).toEqual([]);
    expect(STRUCTURAL).toEqual(new Set(ELEMENTS.filter((e) => e.structural).map((e) => e.name)));
    expect(STRUCTURAL.has('sp') && !STRUCTURAL.has('p')).toBe(true);
  });

  it('gives the validator its house pointer kinds, each on an attribute the element has', () => {
    expect(kinds.teikit).toEqual(housePointerKinds());
    for (const e of ELEMENTS) {
      for (const r of e.roles) {
        const attrs = roles.find((x) => x.define === r.define)!.attributes;
        for (const p of r.pointers ?? []) {
          expect(attrs.map((a) => a.name), `${r.define}/@${p.attr}`).toContain(p.attr);
          if (p.type) expect(attrs.find((a) => a.name === 'type')?.values, `${r.define}/@type`).toContain(p.type);
        }
      }
    }
  });
});
