/**
 * The lossless comparison: the text export of a converted source against the source's text,
 * once the intended differences, each named below, are applied to both sides.
 */
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';
import { readXml } from '../../src/tei/reader.js';
import { exportText } from '../../src/export/text.js';
import { isElement, textContent, type XElement } from '../../src/tei/xnode.js';

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
  /** Words added by hand are rendered "[handwritten: …]", however the editor introduced them. */
  handwritten: (t) => t.replace(/\[(?:inserted|written|added) by hand:/gi, '[handwritten:'),
  /** White space is not compared: line and page breaks, no-break spaces, spacing after labels. */
  whitespace: (t) => t.replace(/\s+/g, ''),
};

/**
 * Lines of an archive page that are not the document, as a reader of the page sees them: written
 * here, independently of the converter's tables, so that a line the converter wrongly drops as
 * chrome fails the comparison.
 */
const PAGE_LINE = new RegExp(
  `^(?:${[
    'search (?:in|the archive)',
    'skip to (?:main )?content',
    '(?:get |view )?citation:?',
    'share document|e-?mail this document|print document|download pdf',
    '(?:english|russian) (?:html|pdf)',
    'digital archive(?: digitalarchive\\.wilsoncenter\\.org)?(?: international history declassified)?',
    'credits:?|document information|this document was made possible .*',
    'back to top|next document|previous document|related (?:collections|documents)|show more|tags|keywords|menu',
    'it appears your web browser .*|click here to .*|pdfs cannot be printed inline .*',
    '(?:summary|description|original language|language|contents|source|author|title|date):?',
    '(?:translation|transcript) - \\p{L}+|original scan|english translation',
  ].join('|')})$`,
  'iu',
);

/** How a page's own lines start, for the last line of an excerpt cut inside one ("To enq"). */
const PAGE_LINE_OPENINGS = ['to enquire about this document', 'the history and public policy program welcomes', 'record id', 'original uploaded date'];
const cutPageLine = (bare: string) => bare.length >= 3 && PAGE_LINE_OPENINGS.some((o) => o.length > bare.length && o.startsWith(bare.toLowerCase()));
const DATE_LINE = /^\s*\p{Lu}\p{Ll}+ \d{1,2}, \d{4}\s*$/u;
/** The kind of contents a PDF cover names, glued before the document's first words ("English Translation Ciphergram No. 1"). */
const CONTENTS_LEAD = /^(?:english translation|original scan|transcription)\s+(?=\p{Lu})/iu;

/**
 * The source without the lines that are not the document's text, read in order against the export:
 * a line the export continues with is the document's; a page line (above) is dropped; a line the
 * export does not continue with is dropped only when the TEI header holds its words (a title line, a
 * date line, a citation, a summary, glued fields looked up one by one). Every other line stays, and
 * the comparison fails on it: nothing the converter drops is taken on its word.
 */
export function sourceText(text: string, headerText: string, exported: string): string {
  const header = headerText.replace(/\s+/g, '').toLowerCase();
  const inHeader = (words: string) => {
    const w = words.replace(/^[\s[\]]*|[\s[\]]*$/g, '').replace(/\s+/g, '').toLowerCase();
    return w === '' || header.includes(w) || PAGE_LINE.test(words.trim());
  };
  const body = normalise(exported);
  let cursor = 0;
  const lines = text.split('\n');
  const firstLine = lines.findIndex((l) => l.trim());
  return lines
    .flatMap((line, k) => {
      const bare = markdown(line).replace(/^\s*[•·*-]\s+/u, '').trim();
      const lead = CONTENTS_LEAD.exec(bare)?.[0] ?? '';
      if (!bare || PAGE_LINE.test(bare) || (k === lines.length - 1 && cutPageLine(bare))) return [];
      // Above the date line a page may show a sentence of another document (its teaser), whole or cut short.
      if (k === firstLine && DATE_LINE.test(lines[k + 1] ?? '') && /\s\p{Ll}+[.!?]?$/u.test(bare)) return [];
      const words = normalise(bare.slice(lead.length));
      if (body.startsWith(words, cursor)) {
        cursor += words.length;
        return [lead ? line.slice(line.indexOf(lead) + lead.length) : line];
      }
      // A copy that ran the document onto one line: its title, the date, then the text.
      const runOn = /^(.+?\S)\s+((?:\p{Lu}\p{Ll}+ \d{1,2}, |\d{1,2} \p{Lu}\p{Ll}+ )\d{4})\s+(?=\p{Lu})/u.exec(bare);
      if (runOn && inHeader(runOn[1]!) && inHeader(runOn[2]!) && body.startsWith(normalise(bare.slice(runOn[0].length)), cursor)) {
        cursor += normalise(bare.slice(runOn[0].length)).length;
        // The line as written from where the text starts (the caller reads its markdown once).
        return [line.trimEnd().slice(-(bare.length - runOn[0].length))];
      }
      // A cover's date line holds the title too ("March 14, 1963 Telegram from …").
      const parts = bare.split(/(?:Title|Author|Date|Source|Description|Summary|Citation|Original Language|Contents):|^(?=\p{Lu}\p{Ll}+ \d{1,2}, \d{4} )|(?<=^\p{Lu}\p{Ll}+ \d{1,2}, \d{4}) /u);
      return parts.every(inHeader) ? [] : [line];
    })
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
  const { conversion } = convertText(text, name);
  const tei = readXml(writeTei(conversion));
  const headers = [tei, ...tei.children.filter((c): c is XElement => isElement(c) && c.name === 'TEI')].flatMap((t) => t.children.filter((c): c is XElement => isElement(c) && c.name === 'teiHeader'));
  const exported = exportedText(exportText(tei));
  return { actual: normalise(exported), expected: normalise(markdown(sourceText(text, headers.map(textContent).join(' '), exported))) };
}

/** Where two strings part, with some context on each side, so a failure shows the place and not two whole texts. */
export function divergence(actual: string, expected: string): { actual: string; expected: string } {
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  return { actual: actual.slice(Math.max(0, i - 80), i + 80), expected: expected.slice(Math.max(0, i - 80), i + 80) };
}
