import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Annotation, Span } from '../../src/model/annotation.js';
import type { HiRend } from '../../src/model/document.js';
import { emphasisRule } from '../../src/rules/emphasis.js';

/** hi over [start, end) with `width` asterisks dropped at each end. */
function hi(rend: HiRend, start: number, end: number): Annotation {
  const width = rend === 'bold' ? 2 : 1;
  return {
    rule: 'emphasis',
    start,
    end,
    node: { kind: 'hi', rend },
    drop: [
      { start, end: start + width },
      { start: end - width, end },
    ],
  };
}

const run = (text: string): Annotation[] => emphasisRule(text, {});

describe('emphasisRule', () => {
  const cases: [string, string, Annotation[]][] = [
    ['italic', '*word*', [hi('italic', 0, 6)]],
    ['bold', 'a **bold** b', [hi('bold', 2, 10)]],
    ['bold label', '**Citation:**', [hi('bold', 0, 13)]],
    ['bold inside a sentence', 'furious at Gao and **accused** him', [hi('bold', 19, 30)]],
    ['triple: italic holding bold', '***x***', [hi('italic', 0, 7), hi('bold', 1, 6)]],
    ['bold inside italic', '*a **b** c*', [hi('italic', 0, 11), hi('bold', 3, 8)]],
    ['intraword', 'a*b*c', [hi('italic', 1, 4)]],
    ['across a line end', '*a\nb*', [hi('italic', 0, 5)]],
    ['extra opener asterisk stays text', '**a*', [hi('italic', 1, 4)]],
    ['italic words around a bracket term', '*the meeting* [*priem*]', [hi('italic', 0, 13)]],
    ['starred word among bracketed words', 'the [*priem* meeting]', [hi('italic', 5, 12)]],
    ['escaped backslash before a delimiter', '\\\\*a*', [hi('italic', 2, 5)]],
    ['lone asterisk', 'a * b', []],
    ['list bullet', '* item one', []],
    ['escaped asterisk marker', 'page 56\\* and 57\\*', []],
    ['escaped asterisks around a word', '\\*a\\*', []],
    ['bracket term is the bracket rule\'s', 'the meeting [*priem*] took place', []],
    ['uncertain bracket term', '[*priem*?]', []],
    ['spaced bracket term', '[ *priem* ]', []],
    ['underscores are text', 'snake_case and _this_', []],
    ['not across a blank line', '*a\n\nb*', []],
    ['not across a blank line with spaces', '**a\n \u00a0\nb**', []],
    ['no-break space after the opener', '*\u00a0a*', []],
    ['space before the closer', '*a *', []],
    ['unclosed', '**Title: ', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(run(text)).toStrictEqual(expected);
    });
  }

  it('reads run-together markdown labels as CommonMark does: "Author:" is left with literal asterisks', () => {
    // "Author:****Date": a run after punctuation and before a letter can only open.
    const text = '**Title: Memo****Author:****Date:**';
    expect(run(text)).toStrictEqual([hi('bold', 0, 15), hi('bold', 26, 35)]);
  });

  it('never crashes, stays in bounds, nests and drops only asterisks', () => {
    const crosses = (a: Span, b: Span): boolean => a.start < b.start && b.start < a.end && a.end < b.end;
    fc.assert(
      fc.property(fc.stringMatching(/^[*a \n\\[\]]{0,40}$/), (text) => {
        const anns = run(text);
        for (const a of anns) {
          for (const d of a.drop ?? []) expect(text.slice(d.start, d.end)).toMatch(/^\*+$/);
          for (const b of anns) expect(crosses(a, b)).toBe(false);
        }
      }),
    );
  });

  it('is linear on long runs of delimiters', () => {
    const inputs = ['*'.repeat(40_000), '*a '.repeat(20_000), 'a* '.repeat(20_000), '*a* '.repeat(20_000), '**a*'.repeat(20_000)];
    const t0 = performance.now();
    const counts = inputs.map((t) => run(t).length);
    // A guard against super-linear blow-up, generous so a loaded CI machine passes; speed is `npm run bench`.
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(counts.slice(0, 4)).toStrictEqual([0, 0, 0, 20_000]);
  });
});

describe('emphasisRule: HTML emphasis of a web copy', () => {
  it('reads <b>/<strong> as bold and <i>/<em> as italic, dropping the tags, and leaves other tags as text', () => {
    const text = 'a <b>x</b> <EM>y</EM> <script>z</script>';
    expect(emphasisRule(text, {})).toEqual([
      { rule: 'emphasis', start: 2, end: 10, node: { kind: 'hi', rend: 'bold' }, drop: [{ start: 2, end: 5 }, { start: 6, end: 10 }] },
      { rule: 'emphasis', start: 11, end: 21, node: { kind: 'hi', rend: 'italic' }, drop: [{ start: 11, end: 15 }, { start: 16, end: 21 }] },
    ]);
  });
  it('does not match unbalanced or nested tags', () => {
    expect(emphasisRule('<b>open only and </i>', {})).toEqual([]);
  });
});
