/**
 * Markdown emphasis copied from the page: `*x*` → hi italic, `**x**` → hi bold; `***x***` is
 * italic holding bold, as CommonMark reads it; HTML `<b>`/`<strong>` and `<i>`/`<em>` likewise. Underscores are left alone (they occur in text).
 *
 * A simplified CommonMark delimiter algorithm, linear in the text: runs of `*` open when
 * left-flanking and close when right-flanking; a closer takes the nearest open run (two
 * asterisks from each when both have two, else one), so results always nest. Escaped `\*`
 * (footnote markers such as `56\*`) and the asterisks of `[*term*]` (the bracket rule's) are not
 * delimiters; emphasis never crosses a blank line. Unmatched asterisks stay text.
 */
import type { Annotation, InlineRule } from '../model/annotation.js';
import { starredTermAsterisks } from './bracket.js';

const RULE = 'emphasis';
const BLANK = /\s/u;
const PUNCT = /[\p{P}\p{S}]/u;

interface Opener {
  start: number;
  /** Asterisks still free, from `start`; a closer takes them from the inner end. */
  length: number;
}

function flanking(prev: string | undefined, next: string | undefined): { open: boolean; close: boolean } {
  const prevBlank = prev === undefined || BLANK.test(prev);
  const nextBlank = next === undefined || BLANK.test(next);
  const prevPunct = prev !== undefined && PUNCT.test(prev);
  const nextPunct = next !== undefined && PUNCT.test(next);
  return {
    open: !nextBlank && (!nextPunct || prevBlank || prevPunct),
    close: !prevBlank && (!prevPunct || nextBlank || nextPunct),
  };
}

function isBlankLine(text: string, newline: number): boolean {
  let j = newline + 1;
  while (j < text.length && text[j] !== '\n' && BLANK.test(text[j] ?? '')) j++;
  return text[j] === '\n';
}

export const emphasisRule: InlineRule = (text) => {
  if (!text.includes('*') && !text.includes('<')) return [];
  const taken = starredTermAsterisks(text);
  const out: Annotation[] = [];
  const stack: Opener[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '\n' && isBlankLine(text, i)) stack.length = 0;
    if (ch !== '*' || taken.has(i)) continue;
    let end = i;
    while (text[end] === '*' && !taken.has(end)) end++;
    const { open, close } = flanking(text[i - 1], text[end]);
    let from = i;
    while (close && from < end) {
      const opener = stack[stack.length - 1];
      if (!opener) break;
      const use = opener.length >= 2 && end - from >= 2 ? 2 : 1;
      const start = opener.start + opener.length - use;
      out.push({
        rule: RULE,
        start,
        end: from + use,
        node: { kind: 'hi', rend: use === 2 ? 'bold' : 'italic' },
        drop: [
          { start, end: start + use },
          { start: from, end: from + use },
        ],
      });
      opener.length -= use;
      if (opener.length === 0) stack.pop();
      from += use;
    }
    if (open && from < end) stack.push({ start: from, length: end - from });
    i = end - 1;
  }
  return [...out, ...htmlEmphasis(text)].sort((a, b) => a.start - b.start || b.end - a.end);
};

/** HTML emphasis a web-page copy keeps (`<b>`, `<strong>`, `<i>`, `<em>`): the same as markdown's. Other tags stay text. */
const HTML_EMPHASIS = /<(b|strong|i|em)>([^<]*)<\/\1>/gi;

function htmlEmphasis(text: string): Annotation[] {
  if (!text.includes('<')) return [];
  return [...text.matchAll(HTML_EMPHASIS)].map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const open = m[1]!.length + 2;
    return {
      rule: RULE,
      start,
      end,
      node: { kind: 'hi', rend: /^(b|strong)$/i.test(m[1]!) ? 'bold' : 'italic' },
      drop: [
        { start, end: start + open },
        { start: end - open - 1, end },
      ],
    };
  });
}
