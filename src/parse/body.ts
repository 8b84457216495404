/**
 * The document itself: units classified line by line by the block rules, then assembled
 * into blocks (speaker turns, letter parts, sections, lists, notes) and commentary.
 */
import type { Block, Credit, Inline, LetterPart, ListItem, Phrase, Position } from '../model/document.js';
import type { ArchivalIdMatch } from '../rules/archival-id.js';
import type { ReportBuilder } from '../diagnostics/report.js';
import type { SpeakerMatch } from '../rules/speaker.js';
import { PAGE_JOIN, type PhraseParser } from './phrase.js';
import type { Unit } from './units.js';
import { findInlineSpeakers, isFieldLine, matchNamedTurn, matchPersonName, matchSpeaker } from '../rules/speaker.js';
import { lookupEntity } from '../rules/gazetteer.js';
import labels from '../data/labels.json' with { type: 'json' };
import { classifyLetterLine, splitCloserLine, type LetterLineKind } from '../rules/letter-parts.js';
import { isHeadingLine, headingText, matchNumbered, type NumberedMatch } from '../rules/section.js';
import { matchNarrative } from '../rules/narrative.js';
import { archivalIdAnnotations, findArchivalIds } from '../rules/archival-id.js';
import { isCreditLine, standaloneIdentifier } from './trailer.js';
import { findCredits } from '../rules/credits.js';
import { findNoteMarkers, matchFootnoteLine } from '../rules/footnote.js';
import { shouldRejoin } from '../rules/page-break.js';
import { linePiece, linePosition } from './lines.js';
import { escapeRegExp } from '../rules/text.js';
import { conform } from './structure.js';
import { stripMarkdown } from './markdown.js';
import { parseDate } from '../rules/date.js';

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

type Kind =
  | { kind: 'speaker'; match: SpeakerMatch }
  | { kind: 'letter'; letter: LetterLineKind }
  | { kind: 'numbered'; match: NumberedMatch }
  | { kind: 'heading' }
  | { kind: 'archival-id'; match: ArchivalIdMatch }
  | { kind: 'credit' }
  | { kind: 'omission' }
  | { kind: 'participants' }
  | { kind: 'narrative' }
  | { kind: 'paragraph' };

interface Classified extends Unit {
  k: Kind;
  pos: Position;
}

const OMISSION = /^\s*\[\s*(\.{3,}|…)\s*\]\s*$/;

/** `noteId` gives the xml:id of footnote n, the target its markers point to. */
/** `named`: what the page says of the document before its text (title, summary), which names those who take part. */
export function parseBody(units: Unit[], parse: PhraseParser, noteId: (n: string) => string, named: string, report: ReportBuilder): ParsedBody {
  const facts: BodyFacts = { credits: [], identifiers: [], participantLines: [], classification: [] };
  const joined = splitInlineTurns(rejoinPageBreaks(units, report), named, report);
  const { document, notes, commentary } = separateBackMatter(joined);
  const classified = credibleSpeakers(classifyAll(document), named, report);
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

/**
 * A copy that ran a record of conversation onto one line is cut at its turn labels, where the
 * names are certain: a person of the gazetteer, or a label that recurs in the line.
 */
function splitInlineTurns(units: Unit[], named: string, report: ReportBuilder): Unit[] {
  return units.flatMap((u) => {
    const line = u.lines[0]!;
    if (u.lines.length !== 1 || u.text.length < 200) return [u];
    const labels = findInlineSpeakers(u.text);
    const count = new Map<string, number>();
    for (const l of labels) count.set(l.name, (count.get(l.name) ?? 0) + 1);
    // Certain: a title, a known person, a recurring label, or a name the page or the line before the label gives.
    const certain = (l: (typeof labels)[number]) =>
      !!l.title || lookupEntity(l.name)?.kind === 'person' || (count.get(l.name) ?? 0) > 1 || namedIn(named, l.name) || namedIn(u.text.slice(0, l.at), l.name.replace(/[[\]]/g, ''));
    const cuts = labels.filter(certain).map((l) => l.at);
    if (cuts.length === 0) return [u];
    report.review(linePosition(line, u.indent), 'speaker', `${cuts.length} turns written inline in one line were set apart`);
    return [0, ...cuts]
      .map((start, k) => [start, cuts[k] ?? u.text.length] as const)
      .filter(([start, end]) => u.text.slice(start, end).trim())
      .map(([start, end]): Unit => {
        const piece = linePiece(line, u.indent + start, u.indent + end);
        return { text: piece.text.trim(), lines: [piece], afterBlank: true, indent: 0 };
      });
  });
}

const lastWords = (t: string) => t.split(/\s+/).slice(-3).join(' ');
const firstWords = (t: string) => t.trim().split(/\s+/).slice(0, 3).join(' ');

/**
 * Commentary follows a document on the page: from a "Remarks" heading on, or after the
 * document's footnotes. Footnotes are the numbered lines written without blank lines between
 * them, after the text, whose numbers the text's markers use.
 */
function separateBackMatter(units: Unit[]): { document: Unit[]; notes: Unit[]; commentary: Unit[] } {
  const remarks = units.findIndex((u) => /^\s*(#{1,6}\s*)?\**\s*(editor'?s? )?(remarks|commentary|comments)\s*:?\s*\**\s*$/i.test(u.text));
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
    } else blocks.push({ kind: 'p', pos, children: parse(u.text.trim(), pos) });
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

function classifyAll(units: Unit[]): Classified[] {
  let previousN: string | undefined;
  let previous: Kind | undefined;
  return units.map((u, i) => {
    const where = i === 0 ? 'start' : i === units.length - 1 ? 'end' : i < 3 ? 'start' : i >= units.length - 8 ? 'end' : 'middle';
    let k = classify(u.text, where, previousN);
    // A date alone on its line dates what stands just above it: a signature, a salute, a title.
    if (k.kind === 'paragraph' && previous && (previous.kind === 'letter' || previous.kind === 'heading') && parseDate(stripMarkdown(u.text), {})) {
      k = { kind: 'letter', letter: 'dateline' };
    }
    if (k.kind === 'numbered') previousN = k.match.n;
    previous = k;
    return { ...u, k, pos: linePosition(u.lines[0]!, u.indent) };
  });
}

function classify(text: string, where: 'start' | 'middle' | 'end', previousN?: string): Kind {
  if (OMISSION.test(text)) return { kind: 'omission' };
  const speaker = matchSpeaker(text);
  if (speaker) return { kind: 'speaker', match: speaker };
  const narrative = matchNarrative(text);
  if (narrative === 'participants') return { kind: 'participants' };
  const id = standaloneIdentifier(text);
  if (id) return { kind: 'archival-id', match: id };
  if (isCreditLine(text)) return { kind: 'credit' };
  const letter = classifyLetterLine(text, where);
  if (letter) return { kind: 'letter', letter: letter.kind };
  if (narrative || isFieldLine(text)) return { kind: 'narrative' };
  const numbered = matchNumbered(text, previousN);
  if (numbered) return { kind: 'numbered', match: numbered };
  if (isHeadingLine(text)) return { kind: 'heading' };
  return { kind: 'paragraph' };
}

/**
 * A label is a speaker's when it names a person: the gazetteer's, one with a title ("Comrade X"),
 * a name of two words or more, or a single word that labels two turns or more. A single unknown
 * word standing once ("Venue:", "Status:") is a field label: a wrong speaker is worse than none.
 */
/** `name` stands as a word (not as a label) in `text`. */
const namedIn = (text: string, name: string): boolean => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}:])`, 'iu').test(text);

/** Words of institutions ("Central Committee", "Foreign Ministry"): a label holding one addresses a body, it does not name a speaker. */
const INSTITUTION_WORDS = new Set(labels.notNameAfterTitle);

function credibleSpeakers(units: Classified[], page: string, report: ReportBuilder): Classified[] {
  const key = (m: SpeakerMatch) => m.name.toLowerCase();
  const count = new Map<string, number>();
  for (const u of units) if (u.k.kind === 'speaker') count.set(key(u.k.match), (count.get(key(u.k.match)) ?? 0) + 1);
  // Who the document names before its first turn: its title, the lists of those present.
  const firstTurn = units.findIndex((u) => u.k.kind === 'speaker');
  const named = [page, ...units.slice(0, Math.max(firstTurn, 0)).map((u) => u.text)].join(' ');
  const introduced = (m: SpeakerMatch) => namedIn(named, m.name);
  const holders = roleHolders(units, named);
  // Short names declared in a label ("… (hereafter shortened to Kim):") stand for that person in later labels.
  const aliases = new Map<string, string>();
  for (const u of units) if (u.k.kind === 'speaker' && u.k.match.alias) aliases.set(u.k.match.alias.toLowerCase(), u.k.match.name);
  // A one-word label that is the first or last word of exactly one fuller speaker name ("Pak:" after
  // "Pak Geum-cheol:", "Ulbricht:" after "Walter Ulbricht:") is that speaker, unless the gazetteer knows the word.
  const fuller = new Map<string, Set<string>>();
  for (const u of units) {
    if (u.k.kind !== 'speaker' || u.k.match.role) continue;
    const words = u.k.match.name.split(/\s+/);
    if (words.length > 1) for (const w of [words[0]!, words[words.length - 1]!]) fuller.set(w.toLowerCase(), (fuller.get(w.toLowerCase()) ?? new Set()).add(u.k.match.name));
  }
  const unalias = (m: SpeakerMatch): SpeakerMatch => {
    const key = m.name.toLowerCase();
    const declared = !m.alias && aliases.get(key);
    const names = !declared && !m.name.includes(' ') && !lookupEntity(m.name) ? fuller.get(key) : undefined;
    const full = declared || (names?.size === 1 ? [...names][0] : undefined);
    return full ? { ...m, name: full, shortName: m.name } : m;
  };
  const credible = (m: SpeakerMatch): boolean => {
    if (m.role) return false;
    if (m.review) return true;
    if (m.name.split(/\s+/).some((w) => INSTITUTION_WORDS.has(w))) return false;
    const known = lookupEntity(m.name);
    if (known) return known.kind === 'person';
    const repeated = (count.get(key(m)) ?? 0) > 1;
    // "TOP SECRET. The …" has the period form's shape: an unknown name there must label more than one turn.
    if (m.form === 'period') return repeated;
    return !!m.title || m.name.split(/\s+/).length > 1 || repeated || introduced(m);
  };
  return units.map((u) => {
    if (u.k.kind === 'paragraph') {
      // A short name in the period form ("Kim. …") speaks once a label has declared it.
      const named = [...aliases.keys()].map((a) => matchNamedTurn(u.text, u.text.slice(u.text.search(/\S/), u.text.search(/\S/) + a.length))).find((m) => m && aliases.has(m.name.toLowerCase()));
      return named ? { ...u, k: { kind: 'speaker', match: unalias(named) } } : u;
    }
    if (u.k.kind !== 'speaker') return u;
    const m = unalias(u.k.match);
    if (credible(m)) return m === u.k.match ? u : { ...u, k: { kind: 'speaker', match: m } };
    if (m.role) {
      const holder = holders(m.name);
      if (holder) {
        report.review(u.pos, 'speaker', `role label "${m.label}" stands for ${holder}, the one person the document gives that role`);
        return { ...u, k: { kind: 'speaker', match: { ...m, name: holder, role: undefined } } };
      }
      report.review(u.pos, 'speaker', `role label "${m.label}": the document gives that role to no single person; left as text`);
    } else report.review(u.pos, 'speaker', `"${m.label}" is read as a label, not a speaker: it names no known person and labels one turn only`);
    return { ...u, k: { kind: 'paragraph' } };
  });
}

/**
 * Who holds a role ("Premier", "President") in a document: the names that other labels, the title
 * or the lines before the first turn give after it ("Premier Zhou Enlai:", "… between Chairman Mao
 * and …"). Exactly one, or none.
 */
function roleHolders(units: Classified[], named: string): (role: string) => string | undefined {
  const labelled = units.flatMap((u) => (u.k.kind === 'speaker' && u.k.match.title && !u.k.match.role ? [{ title: u.k.match.title, name: u.k.match.name }] : []));
  return (role) => {
    const key = role.replace(/^the\s+/i, '').toLowerCase();
    const names = new Set(labelled.filter((l) => l.title.toLowerCase().split(/\s+/).includes(key)).map((l) => l.name));
    // The role in any case, the name after it capitalised (so no "i" flag, which would let \p{Lu} match any letter).
    const anyCase = escapeRegExp(key).replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
    for (const m of named.matchAll(new RegExp(`(?<![\\p{L}])${anyCase}\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s?){1,4})`, 'gu'))) {
      // The longest run of words the gazetteer knows ("Zhou Enlai"), else the first ("Ambassador Huang Meets with …").
      const words = m[1]!.trim().replace(/['’]s$/u, '').split(/\s+/);
      const known = words.map((_, k) => lookupEntity(words.slice(0, words.length - k).join(' '))).find((e) => e?.kind === 'person');
      const person = known ? { name: known.name } : matchPersonName(words[0]!.replace(/['’]s$/u, ''));
      if (person) names.add(person.name);
    }
    const ids = new Set([...names].map((n) => lookupEntity(n)?.id ?? n.toLowerCase()));
    return ids.size === 1 ? [...names][0] : undefined;
  };
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
        const contentPos = linePosition(u.lines[0]!, m.contentStart);
        const paragraphs: Phrase[] = [];
        const first = u.text.slice(m.contentStart).trim();
        if (first) paragraphs.push({ pos: contentPos, children: parse(first, contentPos) });
        // A turn runs on over plain paragraphs until the next turn or narrative.
        while (i + 1 < closerStart && units[i + 1]!.k.kind === 'paragraph') {
          const next = units[++i]!;
          paragraphs.push({ pos: next.pos, children: parse(next.text.trim(), next.pos) });
        }
        if (!paragraphs.length) report.review(u.pos, 'speaker', `turn of "${m.label}" has no words`);
        // `who` holds the name as written until entities are resolved.
        sections.add({ kind: 'sp', pos: u.pos, who: m.name, speaker: m.label, paragraphs, ...(m.shortName ? { alias: m.shortName } : {}) });
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
        const contentPos = linePosition(u.lines[0]!, m.contentStart);
        const content = parse(u.text.slice(m.contentStart).trim(), contentPos);
        if (inList.has(i)) {
          const items: ListItem[] = [];
          while (i < closerStart && inList.has(i)) {
            const it = units[i]!;
            const im = (it.k as { match: NumberedMatch }).match;
            const p = linePosition(it.lines[0]!, im.contentStart);
            items.push({ pos: p, n: im.n, children: parse(it.text.slice(im.contentStart).trim(), p) });
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
        sections.add({ kind: 'note', pos: u.pos, type: 'archival', children: parse(text, u.pos, archivalIdAnnotations(u.k.match)) });
        break;
      case 'credit':
        sections.add({ kind: 'note', pos: u.pos, type: 'credit', children: parse(text, u.pos) });
        break;
      default:
        sections.add({ kind: 'p', pos: u.pos, children: parse(text, u.pos) });
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
