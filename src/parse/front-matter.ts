/**
 * The front matter of an archive page: the labelled fields above a document
 * (`**Citation:**`, `Summary:`, the glued `**Title: …****Date:** …`, the unlabelled boxes of
 * pages whose labels were navigation chrome). Everything after it is the document.
 */
import type { Position } from '../model/document.js';
import { linePosition } from './lines.js';
import { unitPosition, type Unit } from './units.js';
import { stripMarkdown } from './markdown.js';
import { trimEndOf, trimStartOf } from '../util/runs.js';

export type FieldName =
  | 'title'
  | 'date'
  | 'citation'
  | 'summary'
  | 'originalLanguage'
  | 'contents'
  | 'author'
  | 'source'
  // The page frame's fields (src/parse/frame.ts).
  | 'originalArchive'
  | 'language'
  | 'type'
  | 'rights'
  | 'recordId'
  | 'uploaded'
  | 'translator'
  | 'contributor'
  | 'obtained'
  | 'people'
  | 'places'
  | 'topics'
  | 'funder';

export interface Field {
  name: FieldName;
  value: string;
  pos: Position;
  /** Set when the field was recognised by shape rather than by a label. */
  review?: string;
}

export interface FrontMatter {
  fields: Field[];
  /** Index of the first unit of the document itself. */
  bodyStart: number;
}

const LABELS: Record<string, FieldName> = {
  title: 'title',
  date: 'date',
  citation: 'citation',
  summary: 'summary',
  description: 'summary',
  'original language': 'originalLanguage',
  language: 'originalLanguage',
  contents: 'contents',
  author: 'author',
  source: 'source',
};

/** Fields whose value is a few words: a long unit under their label is the document, not their value. */
const SHORT_FIELDS = new Set<FieldName>(['date', 'originalLanguage', 'contents', 'author']);
const SHORT_VALUE = 100;
// Groups: 1 label, 3 value; `(?=(…))\2` takes the blanks and stars after the colon once, never handing them back to `.*`.
const LABEL_LINE = /^\s*(?:\*+\s*)?(title|date|citation|summary|description|original language|language|contents|author|source)\s*:(?=(\s*\**\s*))\2(.*)$/i;
const GLUED = /(?<!\[)\b(Title|Author|Date|Source|Description)\s*:/g;

/** True when the unit is a field label (`Summary:`, `**Original Language:**`…), with or without its value. */
export function isFieldLabel(unit: Unit): boolean {
  return LABEL_LINE.test(unit.text);
}

/** True when the unit starts a front-matter block (a new document on a multi-document page). */
export function startsFrontMatter(unit: Unit): boolean {
  return /^\s*\*\*Title\s*:/i.test(unit.text) || /^\s*(?:\*+\s*)?Citation\s*:\s*(?:\*+\s*)?$/i.test(unit.text);
}

/** `isTitleLine`: a line that reads as a document's title ("Notes on the Conversation of …"). */
export function readFrontMatter(units: Unit[], isDateLine: (text: string) => boolean, isTitleLine: (text: string) => boolean): FrontMatter {
  const fields: Field[] = [];
  let i = 0;
  let sawLabel = false;
  /** An unlabelled, indented summary box (older pages): front matter without labels. */
  let sawBox = false;
  while (i < units.length) {
    const unit = units[i]!;
    const pos = linePosition(unit.lines[0]!, unit.indent);
    if (/^\s*\*\*Title\s*:/i.test(unit.text)) {
      fields.push(...gluedFields(unit));
      sawLabel = true;
      i++;
      continue;
    }
    const label = LABEL_LINE.exec(unit.text);
    if (label) {
      const name = LABELS[label[1]!.toLowerCase()]!;
      let value = stripMarkdown(label[3]!).trim();
      let valuePos = pos;
      i++;
      // The value stands on the following units, up to the next label; a short field's value is short.
      while (!value && i < units.length && !LABEL_LINE.test(units[i]!.text) && (!SHORT_FIELDS.has(name) || units[i]!.text.length <= SHORT_VALUE)) {
        value = stripMarkdown(units[i]!.text).trim();
        valuePos = linePosition(units[i]!.lines[0]!, units[i]!.indent);
        i++;
      }
      if (value) fields.push({ name, value, pos: valuePos });
      sawLabel = true;
      continue;
    }
    const text = stripMarkdown(unit.text).trim();
    if (unit.indent >= 2 && /^["“]/.test(text)) {
      fields.push({ name: 'citation', value: text, pos, review: 'citation recognised by its shape (an indented quoted title), not by a label' });
      sawLabel = true;
      i++;
      continue;
    }
    if (unit.indent >= 2 && !sawLabel) {
      // The box repeats the date under the summary on some pages.
      if (isDateLine(text)) {
        if (!fields.some((f) => f.name === 'date')) fields.push({ name: 'date', value: text, pos });
      } else fields.push({ name: 'summary', value: text, pos, review: 'summary recognised by its place in the citation box, not by a label' });
      sawBox = true;
      i++;
      continue;
    }
    // The title line under a box that holds no citation, when it names a kind of document.
    if (sawBox && !fields.some((f) => f.name === 'title' || f.name === 'citation') && isTitleLine(text)) {
      fields.push({ name: 'title', value: text, pos, review: 'title recognised by its place under the summary box' });
      i++;
      continue;
    }
    if (sawLabel) break;
    if (isDateLine(text) && !fields.some((f) => f.name === 'date')) {
      fields.push({ name: 'date', value: text, pos });
      i++;
      continue;
    }
    // A leading title line is front matter only when labelled fields follow it.
    if (!fields.some((f) => f.name === 'title') && labelledFieldFollows(units, i + 1)) {
      fields.push({ name: 'title', value: text, pos });
      i++;
      continue;
    }
    break;
  }
  if (!sawLabel && !sawBox) return { fields: [], bodyStart: 0 };
  return { fields, bodyStart: i };
}

function labelledFieldFollows(units: Unit[], from: number): boolean {
  for (let k = from; k < Math.min(units.length, from + 3); k++) {
    const u = units[k]!;
    if (LABEL_LINE.test(u.text) || /^\s*\*\*Title\s*:/i.test(u.text) || (u.indent >= 2 && /^\s*["“]/.test(u.text))) return true;
  }
  return false;
}

/** `**Title: X****Author:****Date:** Y**Source:** *[Source: Z]***Description:** W` */
function gluedFields(unit: Unit): Field[] {
  const text = unit.text;
  const marks = [...text.matchAll(GLUED)];
  const fields: Field[] = [];
  marks.forEach((m, k) => {
    const from = m.index! + m[0].length;
    const to = k + 1 < marks.length ? marks[k + 1]!.index! : text.length;
    // Wrappers around a value (`*[Source: …]*`) are the page's markup, not the value.
    let value = unwrapStars(stripMarkdown(text.slice(from, to)));
    value = value.replace(/^\[\s*Source\s*:\s*(?!\s)([\s\S]*)\]$/i, '$1').trim();
    const name = LABELS[m[1]!.toLowerCase()]!;
    const at = text.indexOf(value.slice(0, 12), from);
    if (value) fields.push({ name, value, pos: unitPosition(unit, at >= 0 ? at : from) });
  });
  return fields;
}

/** Without the stars (and their blanks) around a value: `*[Source: …]*`. */
function unwrapStars(s: string): string {
  const head = s.startsWith('*') ? trimStartOf(trimStartOf(s, /\*/), /\s/) : s;
  return head.endsWith('*') ? trimEndOf(trimEndOf(head, /\*/), /\s/) : head;
}
