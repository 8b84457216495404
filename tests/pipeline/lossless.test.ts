/**
 * Nothing of a source is lost: the text export of each converted source equals the source's
 * text once the intended differences, each named below, are applied to both sides.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { decode } from '../../src/ingest/decode.js';
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';
import { readXml } from '../../src/tei/reader.js';
import { exportText } from '../../src/export/text.js';
import type { ConversionReport } from '../../src/diagnostics/report.js';

/** Markdown and HTML of the web page copy are markup, not text (applied to the source only). */
const markdown = (t: string) =>
    t
      .replace(/^\s*#{1,6}\s+/gm, '')
      .replace(/<\/?sup>/gi, '')
      .replace(/(?<!\\)\*/g, '')
      .replace(/\\\*/g, '*');

/** Each intended difference between source and export, by name, applied to both sides. */
const NORMALISATIONS: Record<string, (text: string) => string> = {
  /** Omission marks of any length are one kind of gap, rendered `[...]`. */
  omissions: (t) => t.replace(/\[\s*(?:\.{3,}|…)\s*\]/g, '[...]'),
  /** Numbered points are rendered "n." whether or not the source wrote the dot. */
  numbering: (t) => t.replace(/^(\s*\d{1,3})(?=\s+[A-Z])/gm, '$1.'),
  /** White space is not compared: line and page breaks, no-break spaces, spacing after labels. */
  whitespace: (t) => t.replace(/\s+/g, ''),
};

/** The source with chrome lines, front-matter lines and the collection title taken out. */
function sourceText(text: string, report: ConversionReport): string {
  const drop = new Set(report.removed.map((r) => r.line));
  if (report.collectionTitleLine) drop.add(report.collectionTitleLine);
  for (const s of report.spans) for (let l = s.firstLine; l < s.bodyLine; l++) drop.add(l);
  return text
    .split('\n')
    .filter((_, i) => !drop.has(i + 1))
    .join('\n');
}

/** The export without the title line each document starts with (the title comes from the header). */
function exportedText(text: string): string {
  return text
    .split('\n\n\n')
    .map((doc) => doc.split('\n').slice(1).join('\n'))
    .join('\n');
}

const normalise = (t: string) => Object.values(NORMALISATIONS).reduce((acc, f) => f(acc), t);

describe('lossless conversion', () => {
  for (const name of readdirSync('sources').filter((f) => f.endsWith('.txt'))) {
    it(`${name}: the text export equals the source text`, () => {
      const { text } = decode(readFileSync(`sources/${name}`), name);
      const { conversion, report } = convertText(text, name);
      const exported = exportText(readXml(writeTei(conversion)));
      const expected = normalise(markdown(sourceText(text, report)));
      const actual = normalise(exportedText(exported));
      if (actual !== expected) {
        // Show where they part, not two 20 kB strings.
        let i = 0;
        while (i < actual.length && actual[i] === expected[i]) i++;
        expect(actual.slice(Math.max(0, i - 80), i + 80)).toBe(expected.slice(Math.max(0, i - 80), i + 80));
      }
      expect(actual).toBe(expected);
    });
  }

  it('the normalisations change what they name and nothing else', () => {
    expect(markdown('**Bold** and *it* 56\\* <sup>2</sup>\n#### Remarks')).toBe('Bold and it 56* 2\nRemarks');
    expect(NORMALISATIONS.omissions!('a [....] b […] [..]')).toBe('a [...] b [...] [..]');
    expect(NORMALISATIONS.numbering!('7 Cde. Liu\n1945 was\n12 If it')).toBe('7. Cde. Liu\n1945 was\n12. If it');
  });
});
