/**
 * The conversion pipeline for one source: text → lines → chrome removed → documents →
 * front matter, body and header → the document model, with its conversion report.
 */
import type { Block, Position, SourceConversion, TeiDocument } from '../model/document.js';
import type { ConversionReport } from '../diagnostics/report.js';
import { ReportBuilder } from '../diagnostics/report.js';
import { splitLines, linePosition } from './lines.js';
import { toUnits, type Unit } from './units.js';
import { splitDocuments } from './split.js';
import { readFrontMatter, type Field } from './front-matter.js';
import { parseBody } from './body.js';
import { buildHeader, titleAndDate } from './header.js';
import { languageByName } from '../rules/language.js';
import { phraseParser } from './phrase.js';
import { forEachBlock, resolveEntities, walkInlines } from './entities.js';
import { stripMarkdown } from './markdown.js';
import { isDocumentTitle, readFrame } from './frame.js';
import { noteTarget } from '../rules/footnote.js';
import { originalLanguageFromCredit } from '../rules/credits.js';
import { parseDate } from '../rules/date.js';
import docTypes from '../data/doc-types.json' with { type: 'json' };
import { slug } from '../util/slug.js';

export interface ConversionResult {
  conversion: SourceConversion;
  report: ConversionReport;
}

const TITLE_WORDS = new RegExp(`^(${docTypes.types.map((t) => t.pattern).join('|')})\\b`, 'i');

/** `sourceName` is the file's base name (`1949-04-13-kovalev.txt`); ids derive from it. */
export function convertText(text: string, sourceName: string): ConversionResult {
  const report = new ReportBuilder(sourceName);
  const frame = readFrame(splitLines(text), report);
  const split = splitDocuments(toUnits(frame.lines));
  const base = slug(sourceName.replace(/\.[^.]+$/, '')) || 'source';
  const many = split.documents.length > 1;
  // The frame describes the page's document: with several, the first (the others are reviewed).
  if (many && frame.fields.length) report.review(frame.fields[0]!.pos, 'frame', `the page's fields describe the first of ${split.documents.length} documents`);
  const documents = split.documents.map((units, k) => convertDocument(units, many ? `doc-${base}-${k + 1}` : `doc-${base}`, k === 0 ? frame.fields : [], report));
  report.report.documents = documents.map((d) => d.id);
  if (split.collectionTitle) report.report.collectionTitleLine = split.collectionTitle.lines[0]!.line;
  const conversion: SourceConversion = {
    sourceName,
    id: many ? `corpus-${base}` : `doc-${base}`,
    ...(split.collectionTitle ? { collectionTitle: stripMarkdown(split.collectionTitle.text) } : {}),
    documents,
  };
  return { conversion, report: report.report };
}

function convertDocument(units: Unit[], id: string, pageFields: Field[], report: ReportBuilder): TeiDocument {
  const own = readFrontMatter(units, (t) => !!parseDate(t, {}), isDocumentTitle);
  const front = { ...own, fields: [...pageFields, ...own.fields] };
  const bodyUnits = units.slice(front.bodyStart);
  const lastUnit = units[units.length - 1];
  report.report.spans.push({
    id,
    firstLine: units[0]?.lines[0]?.line ?? 0,
    bodyLine: bodyUnits[0]?.lines[0]?.line ?? 0,
    lastLine: lastUnit?.lines[lastUnit.lines.length - 1]?.line ?? 0,
  });
  const titleLine = firstLine(bodyUnits, (t) => TITLE_WORDS.test(t) && t.length < 300);
  // The date line under the title, else the first date line near the top.
  const titleAt = titleLine ? bodyUnits.findIndex((u) => linePosition(u.lines[0]!, u.indent).line === titleLine.pos.line) : -1;
  const dateLine = firstLine(bodyUnits.slice(titleAt + 1, titleAt + 3), (t) => !!parseDate(t, {})) ?? firstLine(bodyUnits.slice(0, 8), (t) => !!parseDate(t, {}));
  // Title, date and language come first: dates in the text without a year take the document's.
  const { title, date } = titleAndDate({ fields: front.fields, ...(titleLine ? { titleLine } : {}), ...(dateLine ? { dateLine } : {}) }, report);
  const originalLanguage = languageByName(originalLanguageName(front.fields, bodyUnits));
  const parse = phraseParser(id, { ...(date ? { year: Number(date.when.slice(0, 4)) } : {}), ...(originalLanguage ? { originalLanguage: originalLanguage.ident } : {}) }, report);
  const named = [title, ...front.fields.filter((f) => f.name === 'summary').map((f) => f.value)].join(' ');
  const { body, back, facts } = parseBody(bodyUnits, parse, (n) => noteTarget(`${id}-fn`, n), named, report);
  unlinkMissingNotes([...body, ...back], report);
  const header = buildHeader({ docId: id, fields: front.fields, facts, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(originalLanguage ? { originalLanguage } : {}) }, report);
  const doc: TeiDocument = { id, header: { ...header, participants: [], entities: [] }, body, back };
  resolveEntities(doc, facts, report);
  return doc;
}

/** Markers whose note the source does not give (copied from a book's apparatus) keep their number only. */
function unlinkMissingNotes(blocks: Block[], report: ReportBuilder): void {
  const ids = new Set<string>();
  forEachBlock(blocks, (b) => {
    if (b.kind === 'note' && b.id) ids.add(b.id);
  });
  forEachBlock(blocks, (b) =>
    walkInlines(b, (n) => {
      if (n.kind === 'noteRef' && !ids.has(n.target)) {
        report.review(b.pos, 'footnote', `footnote marker ${n.n} has no note in the source`);
        n.target = '';
      }
    }),
  );
}

/** "Original Language: Russian", else "translated from the Russian (by …)" in a field or a line of its own. */
function originalLanguageName(fields: Field[], body: Unit[]): string | undefined {
  const field = fields.find((f) => f.name === 'originalLanguage')?.value;
  if (field) return field;
  const texts = [...fields.map((f) => f.value), ...body.map((u) => u.text).filter((t) => /^\s*translated\b/i.test(t))];
  return texts.map(originalLanguageFromCredit).find(Boolean);
}

function firstLine(units: Unit[], test: (text: string) => boolean): { text: string; pos: Position } | undefined {
  const u = units.find((x) => test(stripMarkdown(x.text)));
  return u ? { text: stripMarkdown(u.text), pos: linePosition(u.lines[0]!, u.indent) } : undefined;
}
