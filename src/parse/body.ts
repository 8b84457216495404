/**
 * The document itself: units classified by the block rules (line-kinds.ts), then assembled
 * into blocks (speaker turns, letter parts, sections, lists, notes) and commentary.
 */
import type { Block, Credit, Inline, LetterPart, ListItem, Phrase, Position } from '../model/document.js';
import type { ArchivalIdMatch } from '../rules/archival-id.js';
import type { ReportBuilder } from '../diagnostics/report.js';
import { PAGE_JOIN, type PhraseParser } from './phrase.js';
import { unitSlice, type Unit } from './units.js';
import { matchSpeaker } from '../rules/speaker.js';
import { classifyUnits, type Classified, type Kind } from './line-kinds.js';
import { credibleSpeakers, splitInlineTurns } from './speakers.js';
import { splitCloserLine, type LetterLineKind } from '../rules/letter-parts.js';
import { isHeadingLine, headingText, matchNumbered, type NumberedMatch } from '../rules/section.js';
import { matchNarrative } from '../rules/narrative.js';
import { archivalIdAnnotations, findArchivalIds } from '../rules/archival-id.js';
import { findCredits } from '../rules/credits.js';
import { findNoteMarkers, matchFootnoteLine } from '../rules/footnote.js';
import { shouldRejoin } from '../rules/page-break.js';
import { linePosition } from './lines.js';
import { conform } from './structure.js';

export interface BodyFacts {
  credits: Credit[];
  identifiers: ArchivalIdMatch[];
  /** Texts of the lines that list who was present. */
  participantLines: { text: string; pos: Position }[];
  classification: string[];
}

export interface ParsedBody {
  body: Block[];
  back: Block[];
  facts: BodyFacts;
}

/** `noteId` gives the xml:id of footnote n, the target its markers point to. */
/** `named`: what the page says of the document before its text (title, summary), which names those who take part. */
export function parseBody(units: Unit[], parse: PhraseParser, noteId: (n: string) => string, named: string, report: ReportBuilder): ParsedBody {
  const facts: BodyFacts = { credits: [], identifiers: [], participantLines: [], classification: [] };
  const joined = splitInlineTurns(rejoinPageBreaks(units, report), named, report);
  const { document, notes, commentary } = separateBackMatter(joined);
  const classified = credibleSpeakers(classifyUnits(document), named, report);
  collectFacts(classified, facts);
  const body = assemble(classified, parse, report);
  body.push(...notes.map((u) => footnoteBlock(u, parse, noteId)));
  const back = commentary.length ? conform([commentaryDiv(commentary, parse)]) : [];
  return { body: conform(wrapEmbeddedLetters(body)), back, facts };
}

/** Paragraphs split by a page break ("… Bai" / "Chongxi also …") become one, with a trace. */
function rejoinPageBreaks(units: Unit[], report: ReportBuilder): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev && shouldRejoin(prev.text.replaceAll(PAGE_JOIN, ' '), u.text) && !matchSpeaker(u.text) && !matchNumbered(u.text)) {
      report.message(linePosition(u.lines[0]!), 'page-break', `rejoined "${lastWords(prev.text)}" / "${firstWords(u.text)}" split by a page break`);
      out[out.length - 1] = { ...prev, text: `${prev.text}${PAGE_JOIN}${u.text.trim()}`, lines: [...prev.lines, ...u.lines] };
    } else out.push(u);
  }
  return out;
}

const lastWords = (t: string) => t.split(/\s+/).slice(-3).join(' ');
const firstWords = (t: string) => t.trim().split(/\s+/).slice(0, 3).join(' ');

/**
 * Commentary follows a document on the page: from a "Remarks" heading on, or after the
 * document's footnotes. Footnotes are the numbered lines written without blank lines between
 * them, after the text, whose numbers the text's markers use.
 */
function separateBackMatter(units: Unit[]): { document: Unit[]; notes: Unit[]; commentary: Unit[] } {
  const remarks = units.findIndex((u) => /^\s*(?:#{1,6}\s*)?(?:\*+\s*)?(?:editor'?s? )?(?:remarks|commentary|comments)\s*(?::\s*)?(?:\*+\s*)?$/i.test(u.text));
  const head = remarks >= 0 ? units.slice(0, remarks) : units;
  const tail = remarks >= 0 ? units.slice(remarks) : [];
  const markers = new Set(head.flatMap((u) => findNoteMarkers(u.text).map((m) => m.n)));
  for (let i = 1; i < head.length; i++) {
    const run = footnoteRun(head, i, markers);
    if (run > 0) return { document: head.slice(0, i), notes: head.slice(i, i + run), commentary: [...head.slice(i + run), ...tail] };
  }
  return { document: head, notes: [], commentary: tail };
}

function footnoteRun(units: Unit[], from: number, markers: Set<string>): number {
  if (matchFootnoteLine(units[from]!.text)) {
    let n = 0;
    while (from + n < units.length && matchFootnoteLine(units[from + n]!.text)) n++;
    return n;
  }
  // "1. text" / "2. text" on adjacent lines, at least one number used by a marker in the text.
  let n = 0;
  const numbers: string[] = [];
  while (from + n < units.length) {
    const u = units[from + n]!;
    const m = /^\s*(\d{1,3})\.\s+\S/.exec(u.text);
    if (!m || (n > 0 && u.afterBlank)) break;
    numbers.push(m[1]!);
    n++;
  }
  return n >= 2 && numbers.some((x) => markers.has(x)) ? n : 0;
}

function footnoteBlock(u: Unit, parse: PhraseParser, noteId: (n: string) => string): Block {
  const explicit = matchFootnoteLine(u.text);
  const m = explicit ? { n: explicit.n, start: explicit.contentStart } : { n: /^\s*(\d+)/.exec(u.text)![1]!, start: u.text.indexOf('.') + 1 };
  const text = u.text.slice(m.start).trim();
  const pos = linePosition(u.lines[0]!, u.text.indexOf(text));
  return { kind: 'note', pos, type: 'footnote', id: noteId(m.n), n: m.n, children: parse(text, pos) };
}

function commentaryDiv(units: Unit[], parse: PhraseParser): Block {
  const blocks: Block[] = [];
  let head: Phrase | undefined;
  units.forEach((u, i) => {
    const pos = linePosition(u.lines[0]!);
    if (i === 0 && isHeadingLine(u.text)) {
      const h = headingText(u.text);
      head = { pos, children: parse(u.text.slice(h.start, h.end), pos) };
    } else if (/^\s*\*\*[^*]+\*\*\s*$/.test(u.text)) {
      // A bold line on its own in commentary cites the book the passage comes from.
      const h = headingText(u.text);
      blocks.push({ kind: 'bibl', pos, children: bookReference(u.text.slice(h.start, h.end), pos, parse) });
    } else blocks.push({ kind: 'p', pos, children: parse(...unitSlice(u)) });
  });
  return { kind: 'div', pos: linePosition(units[0]!.lines[0]!), type: 'commentary', ...(head ? { head } : {}), blocks };
}

/** "Red Wings over the Yalu, 33-34", "Ledovskii, Sovetsko-Kitaiskie Otnosheniia, vol. 5": a title, then what of it is cited. */
function bookReference(text: string, pos: Position, parse: PhraseParser): Inline[] {
  const range = /,\s*((?:(?:vol|pp?|ch|no)\.\s*)?[\dIVXLC]+(?:\s*[-–]\s*[\dIVXLC]+)?(?:,\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)*)\s*$/.exec(text);
  if (!range) return [{ kind: 'title', children: parse(text, pos) }];
  const title = text.slice(0, range.index);
  const cited = range[1]!;
  return [{ kind: 'title', children: parse(title, pos) }, { kind: 'text', value: text.slice(range.index, text.length - cited.length) }, { kind: 'citedRange', children: [{ kind: 'text', value: cited }] }];
}

function collectFacts(units: Classified[], facts: BodyFacts): void {
  for (const u of units) {
    for (const c of findCredits(u.text)) facts.credits.push({ ...c.credit, pos: u.pos });
    // An identifier of a known archive counts wherever it stands: a stamp, a footer, a copy's run-on citation.
    if (u.k.kind === 'archival-id') facts.identifiers.push(u.k.match);
    else facts.identifiers.push(...findArchivalIds(u.text).filter((m) => m.identifier.archive && m.components.length > 0));
    if (u.k.kind === 'participants') facts.participantLines.push({ text: u.text, pos: u.pos });
    else for (const sentence of u.text.split(/(?<=[.!?])\s+(?=[A-Z])/)) if (matchNarrative(sentence) === 'participants') facts.participantLines.push({ text: sentence, pos: u.pos });
    if (u.k.kind === 'letter' && u.k.letter === 'classification') facts.classification.push(u.text.trim().replace(/\.$/, ''));
  }
}

/** Kinds that may stand in a closer at the end of a document. */
const CLOSER_KINDS = new Set(['letter', 'archival-id', 'credit', 'omission']);

function assemble(units: Classified[], parse: PhraseParser, report: ReportBuilder): Block[] {
  const blocks: Block[] = [];
  const closerStart = trailingCloserStart(units);
  const sections = new SectionStack(blocks);
  const inList = listItems(units);
  for (let i = 0; i < closerStart; i++) {
    const u = units[i]!;
    const text = u.text.trim();
    switch (u.k.kind) {
      case 'speaker': {
        const m = u.k.match;
        const paragraphs: Phrase[] = [];
        const [first, at] = unitSlice(u, m.contentStart);
        if (first) paragraphs.push({ pos: at(0), children: parse(first, at) });
        // A turn runs on over plain paragraphs until the next turn or narrative.
        while (i + 1 < closerStart && units[i + 1]!.k.kind === 'paragraph') {
          const next = units[++i]!;
          paragraphs.push({ pos: next.pos, children: parse(...unitSlice(next)) });
        }
        if (!paragraphs.length) report.review(u.pos, 'speaker', `turn of "${m.label}" has no words`);
        // `who` holds the name as written until entities are resolved; a role no one holds names no one.
        sections.add({ kind: 'sp', pos: u.pos, ...(m.role ? {} : { who: m.name }), speaker: m.label, paragraphs, ...(m.shortName ? { alias: m.shortName } : {}) });
        break;
      }
      case 'letter': {
        const letter = u.k.letter;
        if (letter === 'salute') {
          blocks.push({ kind: 'opener', pos: u.pos, parts: [{ kind: 'salute', pos: u.pos, children: parse(text, u.pos) }] });
          sections.reset();
        } else if (letter === 'classification' || letter === 'distribution' || letter === 'archival-note') {
          sections.add({ kind: 'note', pos: u.pos, type: noteType(letter), children: parse(text, u.pos) });
        } else {
          // signed/dateline lines inside the text close an embedded letter.
          const parts: LetterPart[] = [];
          while (i < closerStart && units[i]!.k.kind === 'letter' && isCloserLetter(units[i]!.k)) parts.push(...closerParts(units[i++]!, parse));
          i--;
          if (units[i - parts.length]?.k.kind === 'heading' && parts.every((p) => p.kind === 'dateline')) {
            sections.add({ kind: 'opener', pos: u.pos, parts });
          } else {
            blocks.push(isOpeningDateline(blocks, parts) ? { kind: 'opener', pos: u.pos, parts } : { kind: 'closer', pos: u.pos, parts });
            sections.reset();
          }
        }
        break;
      }
      case 'heading': {
        const h = headingText(u.text);
        const headText = u.text.slice(h.start, h.end);
        const headPos = linePosition(u.lines[0]!, h.start);
        if (!blocks.length || blocks.every((b) => b.kind === 'opener' || b.kind === 'head' || b.kind === 'note')) {
          blocks.push({ kind: 'head', pos: headPos, children: parse(headText, headPos) });
        } else sections.open('section', undefined, { pos: headPos, children: parse(headText, headPos) }, u.pos);
        break;
      }
      case 'numbered': {
        const m = u.k.match;
        const [contentText, at] = unitSlice(u, m.contentStart);
        const contentPos = at(0);
        const content = parse(contentText, at);
        if (inList.has(i)) {
          const items: ListItem[] = [];
          while (i < closerStart && inList.has(i)) {
            const it = units[i]!;
            const im = (it.k as { match: NumberedMatch }).match;
            const [itemText, itemAt] = unitSlice(it, im.contentStart);
            items.push({ pos: itemAt(0), n: im.n, children: parse(itemText, itemAt) });
            i++;
          }
          i--;
          sections.add({ kind: 'list', pos: u.pos, items });
        } else {
          sections.open(m.style === 'roman' ? 'remark' : 'item', m.n, undefined, u.pos, m.style === 'arabic');
          sections.add({ kind: 'p', pos: contentPos, children: content });
        }
        break;
      }
      case 'archival-id':
        sections.add({ kind: 'note', pos: u.pos, type: 'archival', children: parse(...unitSlice(u), archivalIdAnnotations(u.k.match)) });
        break;
      case 'credit':
        sections.add({ kind: 'note', pos: u.pos, type: 'credit', children: parse(...unitSlice(u)) });
        break;
      default:
        sections.add({ kind: 'p', pos: u.pos, children: parse(...unitSlice(u)) });
    }
  }
  if (closerStart < units.length) {
    const parts = units.slice(closerStart).flatMap((u) => closerParts(u, parse));
    blocks.push({ kind: 'closer', pos: units[closerStart]!.pos, parts });
  }
  return blocks;
}

/** A dateline right after the opening salute or head belongs to the opener. */
function isOpeningDateline(blocks: Block[], parts: LetterPart[]): boolean {
  return parts.every((p) => p.kind === 'dateline') && blocks.every((b) => b.kind === 'head' || b.kind === 'opener');
}

function isCloserLetter(k: Kind): boolean {
  return k.kind === 'letter' && (k.letter === 'signed' || k.letter === 'dateline');
}

function noteType(letter: LetterLineKind): 'classification' | 'distribution' | 'archival' {
  return letter === 'classification' ? 'classification' : letter === 'distribution' ? 'distribution' : 'archival';
}

/** Where the run of closing lines (signatures, datelines, notes, identifiers) at the end begins. */
function trailingCloserStart(units: Classified[]): number {
  let i = units.length;
  while (i > 0 && CLOSER_KINDS.has(units[i - 1]!.k.kind)) i--;
  // A closer needs a signature or date; a lone omission mark at the end is just a paragraph.
  const tail = units.slice(i);
  const signs = tail.some((u) => u.k.kind === 'letter' || u.k.kind === 'archival-id' || u.k.kind === 'credit');
  return signs ? i : units.length;
}

function closerParts(u: Classified, parse: PhraseParser): LetterPart[] {
  const text = u.text;
  switch (u.k.kind) {
    case 'letter': {
      if (u.k.letter === 'salute') return [{ kind: 'salute', pos: u.pos, children: parse(text.trim(), u.pos) }];
      if (u.k.letter !== 'signed' && u.k.letter !== 'dateline') {
        return [{ kind: 'note', pos: u.pos, type: noteType(u.k.letter), children: parse(text.trim(), u.pos) }];
      }
      return splitCloserLine(text).map((part): LetterPart => {
        const pos = linePosition(u.lines[0]!, part.start);
        const children = parse(text.slice(part.start, part.end).trim(), pos);
        if (part.kind === 'signed' || part.kind === 'dateline' || part.kind === 'salute') return { kind: part.kind, pos, children };
        return { kind: 'note', pos, type: noteType(part.kind), children };
      });
    }
    case 'archival-id':
      return [{ kind: 'note', pos: u.pos, type: 'archival', children: parse(text.trim(), u.pos, archivalIdAnnotations(u.k.match)) }];
    case 'credit':
      return [{ kind: 'note', pos: u.pos, type: 'credit', children: parse(text.trim(), u.pos) }];
    default:
      return [{ kind: 'phrase', pos: u.pos, children: parse(text.trim(), u.pos) }];
  }
}

/**
 * Indices of numbered units that are list items. A numbering sequence (1, 2, 3 … with anything
 * between) is a list when its items follow each other with nothing between; otherwise each
 * number opens a section.
 */
function listItems(units: Classified[]): Set<number> {
  const items = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length > 1 && run.every((at, k) => k === 0 || at === run[k - 1]! + 1)) run.forEach((at) => items.add(at));
    run = [];
  };
  units.forEach((u, i) => {
    if (u.k.kind !== 'numbered' || u.k.match.style !== 'arabic') return;
    const n = Number(u.k.match.n);
    const previous = run.length ? units[run[run.length - 1]!]!.k : undefined;
    if (!(previous?.kind === 'numbered' && Number(previous.match.n) + 1 === n)) close();
    run.push(i);
  });
  close();
  return items;
}

/**
 * Sections: a heading or a Roman number opens a top-level div; an Arabic number opens a
 * div inside the current one. Once a level has divs, its later blocks go into the last div,
 * as TEI requires.
 */
class SectionStack {
  private stack: Extract<Block, { kind: 'div' }>[] = [];

  constructor(private readonly root: Block[]) {}

  reset(): void {
    this.stack = [];
  }

  open(type: string, n: string | undefined, head: Phrase | undefined, pos: Position, nested = false): void {
    const div: Block = { kind: 'div', pos, type, ...(n ? { n } : {}), ...(head ? { head } : {}), blocks: [] };
    const outer = this.stack[0];
    if (nested && outer && outer.type !== type) {
      this.stack = [outer, div];
      outer.blocks.push(div);
    } else {
      this.root.push(div);
      this.stack = [div];
    }
  }

  add(block: Block): void {
    const top = this.stack[this.stack.length - 1];
    (top ? top.blocks : this.root).push(block);
  }
}

/**
 * A letter inside a document (a cover letter before the record, a message quoted in a
 * telegram): from its salute to its closer, when more of the document follows.
 */
function wrapEmbeddedLetters(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'opener' && b.parts.some((p) => p.kind === 'salute')) {
      const close = blocks.findIndex((x, k) => k > i && x.kind === 'closer');
      const nextSalute = blocks.findIndex((x, k) => k > i && x.kind === 'opener' && x.parts.some((p) => p.kind === 'salute'));
      const substantial = (x: Block) => x.kind === 'p' || x.kind === 'sp' || x.kind === 'div' || x.kind === 'head';
      const embedded = out.some(substantial) || blocks.slice(close + 1).some(substantial);
      if (close > i && embedded && (nextSalute < 0 || nextSalute < close || i === 0)) {
        out.push({ kind: 'floatingText', pos: b.pos, type: 'letter', blocks: blocks.slice(i, close + 1) });
        i = close;
        continue;
      }
    }
    out.push(b);
  }
  return out;
}
