/**
 * Runs of characters at either end of a text, read by a loop. A regular expression such as
 * `[\s,.]+$` is tried at every position of a run and reads the rest of it each time, so a long
 * run of spaces (a PDF copy's padding) costs the square of its length; these loops read it once.
 * `one` matches a single character (a class such as `/[\s,.]/u`); characters outside the BMP count as one.
 */

/** Where the run of characters matching `one` that ends `s` begins (`s.length` when there is none). */
export function runStartAtEnd(s: string, one: RegExp): number {
  let i = s.length;
  while (i > 0) {
    const width = i > 1 && isLowSurrogate(s.charCodeAt(i - 1)) && isHighSurrogate(s.charCodeAt(i - 2)) ? 2 : 1;
    if (!one.test(s.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

/** Where the run of characters matching `one` that starts `s` ends (0 when there is none). */
export function runEndAtStart(s: string, one: RegExp): number {
  let i = 0;
  while (i < s.length) {
    const width = i + 1 < s.length && isHighSurrogate(s.charCodeAt(i)) && isLowSurrogate(s.charCodeAt(i + 1)) ? 2 : 1;
    if (!one.test(s.slice(i, i + width))) break;
    i += width;
  }
  return i;
}

export const trimEndOf = (s: string, one: RegExp): string => s.slice(0, runStartAtEnd(s, one));

export const trimStartOf = (s: string, one: RegExp): string => s.slice(runEndAtStart(s, one));

export const trimOf = (s: string, one: RegExp): string => trimEndOf(trimStartOf(s, one), one);

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
