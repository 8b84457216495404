/**
 * Header facts of one document, from its front-matter fields, its citation line and what
 * the body says of itself (credit lines, identifiers standing alone, lists of those present).
 * Every fact comes from the source; a missing one is reported, never invented.
 */
import type { Annotation } from '../model/annotation.js';
import { lineLocator, type ArchivalIdentifier, type Credit, type DateValue, type DocType, type Header, type Language, type Phrase, type Position, type PrintedSource, type SubjectTerm } from '../model/document.js';
import { lookupEntity } from '../rules/gazetteer.js';
import type { ReportBuilder } from '../diagnostics/report.js';
import type { Field } from './front-matter.js';
import type { BodyFacts } from './body.js';
import { annotate } from './phrase.js';
import { trimOf } from '../util/runs.js';
import { findArchivalIds, archivalIdAnnotations } from '../rules/archival-id.js';
import { findPrintedSources } from '../rules/printed-source.js';
import { findCredits } from '../rules/credits.js';
import { findDates, parseDate } from '../rules/date.js';
import docTypes from '../data/doc-types.json' with { type: 'json' };
import digitalArchives from '../data/digital-archives.json' with { type: 'json' };

const DOC_TYPES = docTypes.types.map((t) => ({ re: new RegExp(`\\b${t.pattern}\\b`, 'i'), type: t.type as DocType }));
const URL = /https?:\/\/[^\s<>)\]]+[^\s<>)\].,;]/g;
const QUOTED_TITLE = /^\s*["“]([^"”]+?)[,.]?["”]/;

/** What the page says of a document before its text: read first, as the body's dates need the year. */
export interface FrontInput {
  fields: Field[];
  /** A title line of the document itself, for pages with no title field. */
  titleLine?: { text: string; pos: Position };
  /** A date standing alone near the top of the document. */
  dateLine?: { text: string; pos: Position };
}

export interface TitleAndDate {
  title?: string;
  date?: DateValue;
}

export interface HeaderInput extends TitleAndDate {
  docId: string;
  fields: Field[];
  facts: BodyFacts;
  originalLanguage?: Language;
}

/** The title as given (field, quoted citation title, title line) and the date it has, wherever the page gives it. */
export function titleAndDate(input: FrontInput, report: ReportBuilder): TitleAndDate {
  const citationField = input.fields.find((f) => f.name === 'citation');
  const title = input.fields.find((f) => f.name === 'title')?.value ?? (citationField && QUOTED_TITLE.exec(citationField.value)?.[1]?.trim()) ?? input.titleLine?.text;
  const date = headerDate(input, citationTexts(input.fields), title, report);
  return { ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

/** The fields that cite the document: the citation line and the glued pages' Source. */
function citationTexts(fields: Field[]): Field[] {
  return (['citation', 'source'] as const).flatMap((name) => fields.filter((f) => f.name === name));
}

/** Header without the entity lists, which are resolved once the whole document is parsed. */
export type HeaderFacts = Omit<Header, 'entities' | 'participants' | 'correspondence'>;

export function buildHeader(input: HeaderInput, report: ReportBuilder): HeaderFacts {
  const { docId, fields, facts } = input;
  const field = (name: Field['name']) => fields.find((f) => f.name === name);
  for (const f of fields) {
    report.field(docId, f.name, f.pos, f.value);
    if (f.review) report.review(f.pos, `front-matter/${f.name}`, f.review);
  }

  const cited = citationTexts(fields);
  const citation = cited[0] && parseCitation(cited[0].value, cited[0].pos, report);
  const { title, date, originalLanguage } = input;
  if (!title) report.missing(docId, 'title');
  if (!date) report.missing(docId, 'date');

  const archiveFields = [...cited, ...fields.filter((f) => f.name === 'originalArchive')];
  const found = [...archiveFields.flatMap((f) => findArchivalIds(f.value).map((m) => m.identifier)), ...facts.identifiers.map((m) => m.identifier)];
  const identifiers = dedupe(found.length ? found : unsplitIdentifiers(fields, report), (i) => i.text.replace(/\s+/g, ' '));
  if (!identifiers.length) report.missing(docId, 'archival identifier');

  const credits = dedupe(
    [...cited.flatMap((f) => findCredits(f.value).map((c) => ({ ...c.credit, pos: f.pos }))), ...fieldCredits(fields), ...facts.credits],
    (c) => `${c.resp}|${c.names.join(',')}`,
  ).filter((c) => c.names.length > 0);

  // A Source field is a reference in itself; the finder needs the label to read it as one.
  const printedSources: PrintedSource[] = cited.flatMap((f) => findPrintedSources(f.name === 'source' ? `Source: ${f.value}` : f.value).map((m) => m.source));
  const urls = cited.flatMap((f) => f.value.match(URL) ?? []);
  const digitalArchive = cited.map((f) => digitalArchives.names.find((n) => f.value.includes(n))).find(Boolean);
  if (!originalLanguage) report.missing(docId, 'original language');

  const summary = field('summary')?.value;
  const author = fields.filter((f) => f.name === 'author').map((f) => f.value).join('; ') || undefined;
  const typeField = field('type')?.value;
  const docType = DOC_TYPES.find((t) => title && t.re.test(title))?.type ?? DOC_TYPES.find((t) => typeField && t.re.test(typeField))?.type;
  const record = pageRecord(fields);
  return {
    title: title ?? 'Untitled document',
    ...(author ? { author } : {}),
    funders: [...new Set(fields.filter((f) => f.name === 'funder').map((f) => f.value))],
    ...(record ? { record } : {}),
    subjects: subjectTerms(fields),
    ...(date ? { date } : {}),
    ...(docType ? { docType } : {}),
    ...(summary ? { summary } : {}),
    ...(originalLanguage ? { originalLanguage } : {}),
    ...(citation ? { citation } : {}),
    ...(digitalArchive ? { digitalArchive } : {}),
    credits,
    identifiers,
    printedSources,
    urls,
    classification: [...new Set(facts.classification)],
  };
}

function headerDate(input: FrontInput, citations: Field[], title: string | undefined, report: ReportBuilder): DateValue | undefined {
  const candidates: { text: string; pos?: Position; source: string }[] = [];
  const dateField = input.fields.find((f) => f.name === 'date');
  if (dateField) candidates.push({ text: dateField.value, pos: dateField.pos, source: 'date field' });
  for (const c of citations) {
    const d = findDates(c.value, {})[0];
    if (d) candidates.push({ text: d.text, pos: c.pos, source: 'citation' });
  }
  if (title) {
    const d = findDates(title, {})[0];
    if (d) candidates.push({ text: d.text, source: 'title' });
  }
  if (input.dateLine) candidates.push({ ...input.dateLine, source: 'date line' });
  for (const c of candidates) {
    const d = parseDate(c.text, {}) ?? findDates(c.text, {})[0];
    if (d && /^\d{4}/.test(d.when)) {
      if (c.source !== 'date field' && c.source !== 'citation') report.review(c.pos, 'header/date', `date taken from the ${c.source}: "${d.text}"`);
      return { text: d.text, when: d.when, ...(d.cert ? { cert: d.cert } : {}) };
    }
  }
  return undefined;
}

/** The citation line kept whole, its parts tagged. Brackets in it are the archive's, not editorial. */
export function parseCitation(text: string, pos: Position, report: ReportBuilder): Phrase {
  const groups: Annotation[][] = [];
  const title = QUOTED_TITLE.exec(text);
  if (title) {
    const start = text.indexOf(title[1]!);
    groups.push([{ rule: 'citation/title', start, end: start + title[1]!.length, node: { kind: 'title' } }]);
  }
  groups.push(findArchivalIds(text).flatMap(archivalIdAnnotations));
  groups.push([...text.matchAll(URL)].map((m) => ({ rule: 'citation/url', start: m.index, end: m.index + m[0].length, node: { kind: 'ref' as const, target: m[0] } })));
  const after = title ? title.index + title[0].length : 0;
  const date = findDates(text, {}).find((d) => d.start >= after);
  if (date) groups.push([{ rule: 'date', start: date.start, end: date.end, node: { kind: 'date', when: date.when, ...(date.cert ? { cert: date.cert } : {}) } }]);
  groups.push(
    digitalArchives.names.flatMap((n) => {
      const at = text.indexOf(n);
      return at >= 0 ? [{ rule: 'citation/digital-archive', start: at, end: at + n.length, node: { kind: 'name' as const, type: 'org' as const } }] : [];
    }),
  );
  groups.push(findCredits(text).flatMap((c) => c.names.map((n) => ({ rule: 'credits', start: n.start, end: n.end, node: { kind: 'name' as const, type: 'person' as const } }))));
  return { pos, children: annotate(text, lineLocator(pos), groups, report) };
}

const CREDIT_FIELDS: Partial<Record<Field['name'], Credit['resp']>> = { translator: 'translated by', contributor: 'contributed by', obtained: 'obtained by' };

/** "Translated by" and like blocks of the page: one name a line, or names joined by "and", "&" or ";". */
function fieldCredits(fields: Field[]): Credit[] {
  return fields.flatMap((f) => {
    const resp = CREDIT_FIELDS[f.name];
    if (!resp) return [];
    const names = f.value.split(/;|&|\band\b/).map((n) => n.trim().replace(/\.$/, '')).filter(Boolean);
    return names.length ? [{ resp, said: `${resp[0]!.toUpperCase()}${resp.slice(1)}`, names, pos: f.pos }] : [];
  });
}

/** Words that make a part of a citation an archival location, and words that make it a publication. */
const ARCHIVE_WORD = /(?<![\p{L}])(?:archives?|archiv\p{L}*|arkhiv\p{L}*|arhiv\p{L}*|library|institution|levéltár|fond|box|folder|dosar|file)(?![\p{L}])/iu;
const PUBLICATION = /working paper|bulletin|\bvol\.|\bpublished\b|\breprinted\b|\bpress\b|\(\p{L}+:/iu;
/** Where the archival part of a citation ends: a credit, a printed edition, the page's address. */
const AFTER_LOCATION = /[.;,]\s*(?=(?:translated|translation|obtained|contributed|reprinted|published|original|excerpts?|copy provided)\b)|(?<!\s)\s+https?:\/\//iu;

/**
 * Archival locations the table of archives cannot split ("ANIC, Central Committee …, file no. 72/1971",
 * "Hoover Institution Archive, … Papers: Notepad 15.05.1989"): each part of the citation or Source
 * that names an archive and a number is kept whole, named by its first words, with a review note.
 * A printed edition is never taken for one.
 */
function unsplitIdentifiers(fields: Field[], report: ReportBuilder): ArchivalIdentifier[] {
  return citationTexts(fields).flatMap((f) => {
    let text = f.value.replace(QUOTED_TITLE, '');
    const archive = digitalArchives.names.map((n) => text.lastIndexOf(n) + (text.includes(n) ? n.length : 0)).reduce((a, b) => Math.max(a, b), 0);
    text = text.slice(archive);
    const stop = AFTER_LOCATION.exec(text);
    if (stop) text = text.slice(0, stop.index);
    return text
      .split(/;\s*(?:and\s+)?/)
      .map((part) => trimOf(part, /[\s,.]/).replace(/\s+/g, ' '))
      .filter((part) => ARCHIVE_WORD.test(part) && /\d/.test(part) && !PUBLICATION.test(part))
      .map((part) => {
        report.review(f.pos, 'archival-id', `"${part.slice(0, 60)}" is kept whole: the table of archives cannot split it`);
        return { text: part, acronym: part.split(/[,;(]/)[0]!.trim(), components: [] };
      });
  });
}

function pageRecord(fields: Field[]): Header['record'] {
  const value = (name: Field['name']) => fields.find((f) => f.name === name)?.value;
  const id = value('recordId');
  const uploaded = value('uploaded');
  const date = uploaded ? parseDate(uploaded, {}) : undefined;
  const rights = fields.filter((f) => f.name === 'rights').flatMap((f) => f.value.split('\n'));
  if (!id && !date && !rights.length) return undefined;
  return { ...(id ? { id } : {}), ...(date ? { uploaded: { text: date.text, when: date.when } } : {}), rights };
}

/** Subject terms: a person of the gazetteer, an organisation or place it knows; "Surname, Given" is a person. */
function subjectTerms(fields: Field[]): SubjectTerm[] {
  const type: Partial<Record<Field['name'], (term: string) => SubjectTerm['type']>> = {
    people: (term) => {
      const known = lookupEntity(term.replace(/,\s*\d{4}.*$/, ''))?.kind;
      return known === 'person' || known === 'org' ? known : /,/.test(term) ? 'person' : 'org';
    },
    places: () => 'place',
    topics: () => 'topic',
  };
  return fields.flatMap((f) => {
    const kind = type[f.name];
    return kind ? [{ type: kind(f.value), term: f.value }] : [];
  });
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export type { ArchivalIdentifier, Credit };
