/** Small text helpers the rules share. */
import type { Span } from '../model/annotation.js';

/** White space within a line (no-break spaces included), as a regex source. */
export const LINE_SPACE = String.raw`[^\S\n]`;

/** A string as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

/** Runs a sticky (or global) regex at exactly `at`. */
export function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A URL may hold brackets and asterisks of its own ("…/item[2]/text"): rules read nothing inside one. */
const URL = /(?:https?|ftp):\/\/[^\s<>"]+|www\.[^\s<>"]+/g;

export function urlSpans(text: string): Span[] {
  if (!text.includes('://') && !text.includes('www.')) return [];
  return [...text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether a trimmed text has more than `max` words: counted only up to `max + 1`, as most paragraphs are long. */
export function hasMoreWordsThan(text: string, max: number): boolean {
  const gap = /\s+/gu;
  let words = 1;
  while (gap.exec(text)) if (++words > max) return true;
  return false;
}
