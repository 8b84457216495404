/**
 * The lossless comparison: the text export of a converted source against the source's text,
 * once the intended differences, each named below, are applied to both sides.
 */
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';
import { readXml } from '../../src/tei/reader.js';
import { exportText } from '../../src/export/text.js';
import type { ConversionReport } from '../../src/diagnostics/report.js';

/** Markdown and HTML of the web page copy are markup, not text (applied to the source only). */
export const markdown = (t: string) =>
  t
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/<\/?(?:sup|b|strong|i|em)>/gi, '')
    .replace(/(?<!\\)\*/g, '')
    .replace(/\\\*/g, '*');

/** Each intended difference between source and export, by name, applied to both sides. */
export const NORMALISATIONS: Record<string, (text: string) => string> = {
  /** Omission marks of any length are one kind of gap, rendered `[...]`. */
  omissions: (t) => t.replace(/\[\s*(?:\.{3,}|…)\s*\]/g, '[...]'),
  /** Numbered points are rendered "n." whether or not the source wrote the dot. */
  numbering: (t) => t.replace(/^(\s*\d{1,3})(?=\s+[A-Z])/gm, '$1.'),
  /** White space is not compared: line and page breaks, no-break spaces, spacing after labels. */
  whitespace: (t) => t.replace(/\s+/g, ''),
};

/** The source with chrome lines, front-matter lines and the collection title taken out. */
export function sourceText(text: string, report: ConversionReport): string {
  const drop = new Set(report.removed.map((r) => r.line));
  if (report.collectionTitleLine) drop.add(report.collectionTitleLine);
  for (const s of report.spans) for (let l = s.firstLine; l < s.bodyLine; l++) drop.add(l);
  return text
    .split('\n')
    .filter((_, i) => !drop.has(i + 1))
    .join('\n');
}

/** The export without the title line each document starts with (the title comes from the header). */
export function exportedText(text: string): string {
  return text
    .split('\n\n\n')
    .map((doc) => doc.split('\n').slice(1).join('\n'))
    .join('\n');
}

export const normalise = (t: string) => Object.values(NORMALISATIONS).reduce((acc, f) => f(acc), t);

/** Both sides of the comparison for one source text, normalised. */
export function roundTrip(text: string, name: string): { actual: string; expected: string } {
  const { conversion, report } = convertText(text, name);
  const exported = exportText(readXml(writeTei(conversion)));
  return { actual: normalise(exportedText(exported)), expected: normalise(markdown(sourceText(text, report))) };
}

/** Where two strings part, with some context on each side, so a failure shows the place and not two whole texts. */
export function divergence(actual: string, expected: string): { actual: string; expected: string } {
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  return { actual: actual.slice(Math.max(0, i - 80), i + 80), expected: expected.slice(Math.max(0, i - 80), i + 80) };
}
