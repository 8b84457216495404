import { describe, expect, it } from 'vitest';
import { combine } from '../../src/parse/inline.js';
import type { Annotation } from '../../src/model/annotation.js';

const name = (start: number, end: number, ref = 'stalin'): Annotation => ({ rule: 'name', start, end, node: { kind: 'name', type: 'person', ref } });
const supplied = (start: number, end: number): Annotation => ({ rule: 'bracket', start, end, node: { kind: 'supplied', reason: 'explanation' }, drop: [{ start, end: start + 1 }, { start: end - 1, end }] });

describe('combine', () => {
  it('nests a name inside a bracket and drops the delimiters', () => {
    const text = 'Filippov [Stalin] said';
    const r = combine(text, [[supplied(9, 17)], [name(0, 8), name(10, 16)]]);
    expect(r.rejected).toEqual([]);
    expect(r.children).toEqual([
      { kind: 'name', type: 'person', ref: 'stalin', children: [{ kind: 'text', value: 'Filippov' }] },
      { kind: 'text', value: ' ' },
      { kind: 'supplied', reason: 'explanation', children: [{ kind: 'name', type: 'person', ref: 'stalin', children: [{ kind: 'text', value: 'Stalin' }] }] },
      { kind: 'text', value: ' said' },
    ]);
  });
  it('lets the earlier rule win where two annotations cross, and returns the loser', () => {
    const text = 'abc def ghi';
    const strong: Annotation = { rule: 'a', start: 0, end: 7, node: { kind: 'hi', rend: 'bold' } };
    const weak = name(4, 11);
    const r = combine(text, [[strong], [weak]]);
    expect(r.rejected).toEqual([{ ...weak, rank: 1 }]);
    expect(r.children).toEqual([{ kind: 'hi', rend: 'bold', children: [{ kind: 'text', value: 'abc def' }] }, { kind: 'text', value: ' ghi' }]);
  });
  it('replaces the span of an empty element (a gap) and keeps its neighbours', () => {
    const r = combine('a [...] b', [[{ rule: 'bracket', start: 2, end: 7, node: { kind: 'gap', reason: 'editorial', delimiter: 'square' } }]]);
    expect(r.children).toEqual([{ kind: 'text', value: 'a ' }, { kind: 'gap', reason: 'editorial', delimiter: 'square' }, { kind: 'text', value: ' b' }]);
  });
  it('places a zero-width trace inside a name', () => {
    const r = combine('Bai Chongxi', [[{ rule: 'page-break', start: 3, end: 3, node: { kind: 'pb' } }], [name(0, 11, 'bai-chongxi')]]);
    expect(r.children).toEqual([{ kind: 'name', type: 'person', ref: 'bai-chongxi', children: [{ kind: 'text', value: 'Bai' }, { kind: 'pb' }, { kind: 'text', value: ' Chongxi' }] }]);
  });
  it('rejects an annotation that falls inside another one’s delimiters', () => {
    const r = combine('[x]', [[supplied(0, 3)], [name(0, 1)]]);
    expect(r.rejected.map((a) => a.rule)).toEqual(['name']);
  });
  it('combines 20,000 nested annotations quickly', () => {
    const n = 20_000;
    const text = '['.repeat(n) + 'x' + ']'.repeat(n);
    const anns = Array.from({ length: n }, (_, i) => supplied(i, 2 * n + 1 - i));
    const t = performance.now();
    const r = combine(text, [anns]);
    // A guard against super-linear blow-up, generous so a loaded CI machine passes; speed is `npm run bench`.
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(r.rejected).toEqual([]);
  });
});
