/**
 * Line and column of every element of an XML text. Start tags appear in the text in the
 * same order as a depth-first walk of the tree visits elements, so the two can be zipped.
 */
import { descendants, type XElement } from './xnode.js';

/**
 * Markup that is no element: a comment, a CDATA section, a processing instruction, a document
 * type declaration (whose quoted values and comments may hold `]>`).
 */
const OTHER_MARKUP = String.raw`<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^>["']|"[^"]*"|'[^']*')*(?:\[(?:[^\]"'<]|"[^"]*"|'[^']*'|<!--[\s\S]*?-->|<)*\]\s*)?>`;
const MARKUP = new RegExp(`${OTHER_MARKUP}|<\\/[^>]*>|<(?<start>[A-Za-z_][\\w:.-]*)`, 'g');

export type Locator = (e: XElement) => { line: number; column: number };

export function locator(xml: string, root: XElement): Locator {
  const starts: number[] = [];
  for (const m of xml.matchAll(MARKUP)) if (m.groups?.start) starts.push(m.index);
  const lineStarts = [0];
  for (let i = xml.indexOf('\n'); i !== -1; i = xml.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const index = new Map<XElement, number>();
  descendants(root).forEach((e, i) => index.set(e, starts[i] ?? 0));
  return (e) => {
    const offset = index.get(e) ?? 0;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
}
