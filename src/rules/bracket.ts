/**
 * Editorial brackets (ENCODING.md, "Editorial brackets"). Square brackets are the editor's;
 * round ones are the original's and only archival notes in them are annotated.
 *
 * How a square bracket is read, in this order (the first that applies wins):
 * - inside a URL, a markdown link `[text](url)`, a footnote-like `[1]`/`[^1]`: not annotated;
 * - holding other brackets (`[a [b] c]`): read as below, around the inner pairs, which are read too;
 * - `[?]`, `[Translator's note: …]`, `[… --ed.]`, `[sic; X]`: an editorial note (note type="editorial");
 * - `[handwritten: agreed]`, `[inserted by hand: agreed]`: `add rend="handwritten"` around the words;
 * - `[date left blank]`, `[blank]`: a `space` with its description;
 * - `[Everyone laughs]`, `[Pause]`: an incident with its description;
 * - `word [sic]`: `sic` around the word;
 * - letters glued to a word, `Com[rade]`, `A[pollon]`, `co[mm]r[ade]`: `expan` over the whole
 *   word with an `ex` per bracket; digits glued to a number, `[19]31`, likewise;
 * - a trailing `?` inside makes whatever follows `cert: 'low'` (the `?` is dropped);
 * - only dots or `…`: `gap` reason editorial;
 * - a description of the original (first words hold a word of `gapWords`): what it says is
 *   not transcribed (`[signature illegible 31/XII]`): `gap` with `desc`, reason signature >
 *   illegible as the words say; what it describes is there (`[stamp: Vietnam]`, `[handwritten]`):
 *   the editor's remark, an editorial note;
 * - `*term*`: original-language term, `supplied` explanation holding `foreign` `<lang>-Latn`;
 * - only punctuation (`[""]`, an editor's quotation mark): `supplied` subaudible, for review;
 * - otherwise words, see `suppliedReading`: only function words (`[the]`, `[I am]`) are
 *   subaudible; capitalised or numeric content is an explanation (`Filippov [Stalin]`,
 *   `[Nikolai] Roshchin`) unless it fills a grammatical slot (`addressed to [Stalin],`:
 *   subaudible, for review); lowercase content is subaudible (`[to deal with]`) unless it is a
 *   romanised term (`[shangle hendade dang]`), a title before a name
 *   (`[former Vice President Henry?] Wallace`) or a gloss of a pronoun (`there [in China]`).
 */
import { urlSpans } from './text.js';
import { isEnglishWord } from './english-words.js';
import type { Annotation, InlineContext, InlineRule, Span } from '../model/annotation.js';
import type { Cert, Delimiter, GapReason, InlineSpec, SuppliedReason } from '../model/document.js';
import words from '../data/bracket-words.json' with { type: 'json' };
import { trimEndOf } from '../util/runs.js';

const RULE = 'bracket';

const FUNCTION_WORDS = new Set(words.functionWords);
const SLOT_WORDS = new Set(words.slotWords);
const GLOSS_PRONOUNS = new Set(words.glossPronouns);
const GAP_WORDS = new Map(Object.entries(words.gapWords) as [string, GapReason][]);
const GAP_DESCRIPTORS = new Set(words.gapDescriptors);
const GAP_PRIORITY = words.gapReasonPriority as GapReason[];
const STAGE_PHRASES = new Set(words.stagePhrases);
const PINYIN = pinyinSyllables(words.romanisation.zh);
const PINYIN_MAX = Math.max(...[...PINYIN].map((s) => s.length));
const RU_MARKERS = words.romanisation.ru.markers.map((m) => new RegExp(m, 'u'));

/** Longest word looked at for romanisation, so hostile input stays cheap. */
const MAX_TERM_WORD = 40;
/** Words of an unmarked romanised term: a longer run of unknown words is more likely English. */
const MAX_PLAIN_TERM = 3;
/** How far into a square bracket a gap word may stand: `[two words illegible]`. */
const GAP_HEAD_WORDS = 3;

/** A remark of the translator or editor: "[Translator’s note: …]", "[trans. note--…]", "[Note: …]", "[… --ed.]". */
const EDITORIAL_NOTE = /^(?:(?:translator|editor|archivist)['’]?s?\s+notes?|trans\.\s*note|ed\.\s*note|notes?)\b|[-–—]\s*ed\.?$/iu;

/** The label of words added by hand, up to the words themselves: "handwritten: ", "inserted by hand: ". */
const HANDWRITTEN = /^(?:handwritten(?:\s+(?:text|entry|note|addition))?|inserted by hand|written by hand|added by hand)\s*:\s*(?=\S)/iu;
/** A space the original left empty: "[blank]", "[date left blank]", "[name left blank in the original]". */
const BLANK = /^(?:[\p{L} ]{0,30}\s)?(?:left\s+)?blank(?:\s+in\s+the\s+original)?$/iu;
const INCIDENT_WORDS = new Set(words.incidentWords);
/** A short bracket about what happened in the room: "[Everyone laughs]", "[Laughter]", "[Long pause]". */
const isIncident = (inner: string): boolean => {
  const ws = inner.toLowerCase().match(WORD) ?? [];
  return ws.length > 0 && ws.length <= 4 && ws.some((w) => INCIDENT_WORDS.has(w));
};

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const FOOTNOTE_LIKE = /^\^?\d{1,3}$|^\^/;
const DOTS = /^(?:[.\u2026]\s*)+$/;
const ROUND = /\(([^()\n]{1,120})\)/g;
const STARRED_TERM = /\[[ \t\u00a0]*\*[^*[\]\n]+\*[ \t\u00a0]*(?:\?[ \t\u00a0]*)?\]/g;

interface Pair {
  /** `[` or `\[` */
  open: Span;
  /** `]` or `\]` */
  close: Span;
  /** Holds another pair. */
  nested: boolean;
}

interface Scan {
  pairs: Pair[];
  unmatched: number[];
}

function pinyinSyllables(table: { initials: string[]; finals: string[]; zeroInitialFinals: string[] }): Set<string> {
  return new Set([...table.zeroInitialFinals, ...table.initials.flatMap((i) => table.finals.map((f) => i + f))]);
}


/** Length of the blank line starting at `i` (a `\n` followed by blanks and another `\n`), or 0. */
function paragraphBreak(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0' || text[j] === '\r')) j++;
  return text[j] === '\n' ? j - i : 0;
}

/**
 * Pairs square brackets in one pass with a stack. `\[` and `\]` (markdown escapes) count as
 * brackets; URLs are skipped; a pair never crosses a blank line.
 */
function scanSquare(text: string): Scan {
  const pairs: Pair[] = [];
  const unmatched: number[] = [];
  const stack: { open: Span; nested: boolean }[] = [];
  const urls = urlSpans(text);
  let url = 0;
  const flush = (): void => {
    for (const s of stack) unmatched.push(s.open.end - 1);
    stack.length = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const nextUrl = urls[url];
    if (nextUrl !== undefined && i === nextUrl.start) {
      i = nextUrl.end - 1;
      url++;
      continue;
    }
    const escaped = text[i] === '\\' && (text[i + 1] === '[' || text[i + 1] === ']');
    const ch = escaped ? text[i + 1] : text[i];
    const span = { start: i, end: escaped ? i + 2 : i + 1 };
    if (ch === '[') {
      const parent = stack[stack.length - 1];
      if (parent) parent.nested = true;
      stack.push({ open: span, nested: false });
    } else if (ch === ']') {
      const top = stack.pop();
      if (top) pairs.push({ open: top.open, close: span, nested: top.nested });
      else unmatched.push(span.end - 1);
    } else if (ch === '\n' && paragraphBreak(text, i) > 0) {
      flush();
    }
    i = span.end - 1;
  }
  flush();
  pairs.sort((a, b) => a.open.start - b.open.start);
  unmatched.sort((a, b) => a - b);
  return { pairs, unmatched };
}

/** Offsets of square brackets without a partner (outside URLs), for the conversion report. */
export function unbalancedBrackets(text: string): number[] {
  return scanSquare(text).unmatched;
}

/**
 * Offsets of the asterisks of `[*term*]` original-language terms, which this rule consumes;
 * the emphasis rule leaves them alone.
 */
export function starredTermAsterisks(text: string): Set<number> {
  const offsets = new Set<number>();
  for (const m of text.matchAll(STARRED_TERM)) {
    offsets.add(m.index + m[0].indexOf('*'));
    offsets.add(m.index + m[0].lastIndexOf('*'));
  }
  return offsets;
}

function normalisePhrase(s: string): string {
  return s.trim().replace(/\.$/, '').replace(/\s+/g, ' ').toLowerCase();
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

function ann(start: number, end: number, node: InlineSpec, drop: Span[], review?: string): Annotation {
  return review === undefined ? { rule: RULE, start, end, node, drop } : { rule: RULE, start, end, node, drop, review };
}

function content(text: string, p: Pair): string {
  return text.slice(p.open.end, p.close.start);
}

/** `Com[rade]`, `I[van]`, `co[mm]r[ade]`: letters-only brackets glued to a word. */
function expansions(text: string, pairs: Pair[], out: Annotation[]): Set<Pair> {
  const letterPairs = pairs.filter((p) => /^\p{L}+$/u.test(content(text, p)));
  const byOpen = new Map(letterPairs.map((p) => [p.open.start, p]));
  const byClose = new Map(letterPairs.map((p) => [p.close.end, p]));
  const used = new Set<Pair>();
  for (const pair of letterPairs) {
    if (used.has(pair)) continue;
    const gluedBefore = isLetter(text[pair.open.start - 1]) && /^\p{Ll}/u.test(content(text, pair));
    if (!gluedBefore && !isLetter(text[pair.close.end])) continue;
    const word = [pair];
    let start = pair.open.start;
    for (;;) {
      while (isLetter(text[start - 1])) start--;
      const left = byClose.get(start);
      if (!left || used.has(left)) break;
      word.unshift(left);
      start = left.open.start;
    }
    let end = pair.close.end;
    for (;;) {
      while (isLetter(text[end])) end++;
      const right = byOpen.get(end);
      if (!right) break;
      word.push(right);
      end = right.close.end;
    }
    out.push(ann(start, end, { kind: 'expan' }, []));
    for (const p of word) {
      used.add(p);
      out.push(ann(p.open.start, p.close.end, { kind: 'ex' }, [p.open, p.close]));
    }
  }
  return used;
}

/** The word before `offset` (skipping blanks), without trailing punctuation. */
function wordBefore(text: string, offset: number): string {
  const m = /(?<![\p{L}\p{N}()'’.-])([\p{L}\p{N}()'’.-]+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, offset - 60), offset));
  return trimEndOf(m?.[1] ?? '', /[.)]/);
}

function wordAfter(text: string, offset: number): string {
  return /^[\s\u00a0]*([\p{L}\p{N}]*)/u.exec(text.slice(offset, offset + 60))?.[1] ?? '';
}

const capitalised = (s: string): boolean => /^[\p{Lu}\p{N}]/u.test(s);
const isAcronym = (s: string): boolean => {
  const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 2 && upper >= (s.match(/\p{Ll}/gu)?.length ?? 0);
};

/**
 * Square: a word of `gapWords` among the first words. Round brackets are the original's prose
 * unless every word is a gap word, a descriptor ("date", "two words") or a number.
 */
function gapReason(inner: string, delimiter: Delimiter): GapReason | undefined {
  const ws = inner.toLowerCase().match(WORD) ?? [];
  if (delimiter === 'round' && !ws.every((w) => GAP_WORDS.has(w) || GAP_DESCRIPTORS.has(w) || /^\d/.test(w))) {
    return undefined;
  }
  const reasons = new Set(ws.slice(0, GAP_HEAD_WORDS).map((w) => GAP_WORDS.get(w)));
  return GAP_PRIORITY.find((r) => reasons.has(r));
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ü/g, 'v');
}

function isPinyin(word: string): boolean {
  const w = stripMarks(word).replace(/['’]/g, '');
  if (w.length === 0 || w.length > MAX_TERM_WORD) return false;
  const ok = [true];
  for (let i = 1; i <= w.length; i++) {
    ok[i] = false;
    for (let len = 1; len <= Math.min(PINYIN_MAX, i) && !ok[i]; len++) {
      ok[i] = ok[i - len] === true && PINYIN.has(w.slice(i - len, i));
    }
  }
  return ok[w.length] === true;
}

/**
 * Whether lowercase words are a romanised original-language term: no English function word,
 * and, for Chinese, every word splits into pinyin syllables (sure when there are several words;
 * one word may be English, e.g. "change"); for Russian, some word shows a transliteration
 * marker (`zh`, `kh`, `'`, `-ii`, `-noe`…; always for review), also where the page names no original
 * language. In any original but English, up to three plain words (one of three letters or
 * more) of which none is English (`[otpala]`, `[u nas]`) are a term too, for review. Other terms
 * need `*…*`.
 */
function romanised(inner: string, ws: string[], language: string | undefined): 'sure' | 'unsure' | undefined {
  if (ws.length === 0 || ws.some((w) => FUNCTION_WORDS.has(w) || !/^[\p{Ll}\p{M}'’]+$/u.test(w))) return undefined;
  if (language === 'zh' && ws.every(isPinyin)) return ws.length > 1 ? 'sure' : 'unsure';
  // Where the page names no original language, the Russian markers still show a romanised term (tagged und-Latn, for review).
  if ((language === 'ru' || language === undefined) && ws.some((w) => w.length <= MAX_TERM_WORD && RU_MARKERS.some((m) => m.test(w)))) {
    return 'unsure';
  }
  // Only letters and spaces: "[illeg.]" or "[etc.]" are an editor's English shorthand.
  const plain = ws.length <= MAX_PLAIN_TERM && /^[a-z ]+$/.test(inner) && ws.some((w) => w.length >= 3);
  if (language !== 'en' && plain && !ws.some(isEnglishWord)) return 'unsure';
  return undefined;
}

interface Reading {
  reason: SuppliedReason;
  /** Wrap the content in `foreign`. */
  foreign?: boolean;
  review?: string;
}

/** Explanation or implied words, from the content's words and its neighbours (module comment). */
function suppliedReading(inner: string, before: string, after: string, language: string | undefined): Reading {
  const ws = inner.replace(/\*/g, '').match(WORD) ?? [];
  const lower = ws.map((w) => w.toLowerCase());
  if (lower.every((w) => FUNCTION_WORDS.has(w))) return { reason: 'subaudible' };
  const hasName = ws.some(capitalised);
  const stage = STAGE_PHRASES.has(normalisePhrase(inner)) ? 'stage remark in square brackets' : undefined;
  if (capitalised(inner.replace(/^\*/, ''))) {
    if (SLOT_WORDS.has(before) && !capitalised(after)) {
      return { reason: 'subaudible', review: 'capitalised words supplied where a word is missing: implied word or explanation?' };
    }
    return { reason: 'explanation', review: stage };
  }
  const term = romanised(inner.trim(), ws, language);
  if (term) {
    return { reason: 'explanation', foreign: true, review: term === 'unsure' ? 'romanised original-language term?' : undefined };
  }
  if (hasName && capitalised(after)) return { reason: 'explanation' };
  if (GLOSS_PRONOUNS.has(before.toLowerCase()) && SLOT_WORDS.has(lower[0] ?? '') && ws.length > 1) {
    return { reason: 'explanation', review: 'gloss of a pronoun or implied words?' };
  }
  const doubt = hasName || isAcronym(before) ? 'lowercase bracket after a term or holding a name: explanation?' : stage;
  return { reason: 'subaudible', review: doubt };
}

function languageTag(context: InlineContext): { lang: string; review?: string } {
  const base = context.originalLanguage?.split('-')[0];
  return base ? { lang: `${base}-Latn` } : { lang: 'und-Latn', review: 'original language unknown for a bracketed term' };
}

/** Annotations for one square pair that is not part of a word. */
function readSquare(text: string, pair: Pair, context: InlineContext): Annotation[] {
  const whole = { start: pair.open.start, end: pair.close.end };
  let start = pair.open.end;
  let end = pair.close.start;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  const uncertain = end > start && text[end - 1] === '?';
  const question = uncertain ? [{ start: end - 1, end }] : [];
  if (uncertain) {
    end--;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  }
  // "[?]": the editor's query, kept as a remark.
  if (start === end) return uncertain ? [ann(whole.start, whole.end, { kind: 'editorialNote' }, [pair.open, pair.close])] : [];
  const inner = text.slice(start, end);
  if (EDITORIAL_NOTE.test(inner)) return [ann(whole.start, whole.end, { kind: 'editorialNote' }, [pair.open, pair.close])];
  const hand = HANDWRITTEN.exec(inner);
  if (hand) return [ann(whole.start, whole.end, { kind: 'add' }, [{ start: pair.open.start, end: start + hand[0].length }, pair.close])];
  if (BLANK.test(inner)) return [ann(whole.start, whole.end, { kind: 'space', desc: inner }, [whole])];
  if (isIncident(inner)) return [ann(whole.start, whole.end, { kind: 'incident', desc: inner }, [whole])];
  if (/^sic\.?$/iu.test(inner)) {
    // "[sic]" marks the word before it; "[sic; X]" (a correction) stays the editor's remark, for review.
    const word = /(?<![\p{L}\p{N}'’-])[\p{L}\p{N}'’-]+[\s\u00a0]*$/u.exec(text.slice(Math.max(0, whole.start - 60), whole.start));
    if (word) {
      const wordStart = whole.start - word[0].length;
      return [ann(wordStart, whole.end, { kind: 'sic' }, [{ start: wordStart + word[0].trimEnd().length, end: whole.end }])];
    }
  }
  if (/^sic\s*[;:,]/iu.test(inner)) return [ann(whole.start, whole.end, { kind: 'editorialNote' }, [pair.open, pair.close], 'a correction after [sic]: kept as the editor\'s remark')];
  const cert: { cert?: Cert } = uncertain ? { cert: 'low' } : {};

  if (DOTS.test(inner)) {
    return [ann(whole.start, whole.end, { kind: 'gap', reason: 'editorial', ...cert, delimiter: 'square' }, [whole])];
  }
  const gap = gapReason(inner, 'square');
  // Nothing is omitted where the editor only says what is there ("[stamp: Vietnam]").
  if (gap === 'editorial') return [ann(whole.start, whole.end, { kind: 'editorialNote' }, [pair.open, pair.close])];
  if (gap) {
    return [ann(whole.start, whole.end, { kind: 'gap', reason: gap, desc: inner, ...cert, delimiter: 'square' }, [whole])];
  }
  const drop = [pair.open, ...question, pair.close];
  if (inner.length > 2 && inner.startsWith('*') && inner.endsWith('*') && !inner.slice(1, -1).includes('*')) {
    const tag = languageTag(context);
    return [
      ann(whole.start, whole.end, { kind: 'supplied', reason: 'explanation', ...cert }, drop),
      ann(start, end, { kind: 'foreign', lang: tag.lang }, [{ start, end: start + 1 }, { start: end - 1, end }], tag.review),
    ];
  }
  if (!/[\p{L}\p{N}]/u.test(inner)) {
    return [ann(whole.start, whole.end, { kind: 'supplied', reason: 'subaudible', ...cert }, drop, 'bracket holds only punctuation')];
  }
  const before = wordBefore(text, whole.start);
  const reading = suppliedReading(inner, before, wordAfter(text, whole.end), context.originalLanguage?.split('-')[0]);
  const supplied = ann(whole.start, whole.end, { kind: 'supplied', reason: reading.reason, ...cert }, drop, reading.review);
  if (!reading.foreign) return [supplied];
  const tag = languageTag(context);
  return [supplied, ann(start, end, { kind: 'foreign', lang: tag.lang }, [], tag.review)];
}

/** Round brackets: only archival descriptions and recorder's remarks; the rest is the original's. */
function readRound(text: string): Annotation[] {
  const out: Annotation[] = [];
  for (const m of text.matchAll(ROUND)) {
    const inner = (m[1] ?? '').trim();
    const start = m.index;
    const end = start + m[0].length;
    if (STAGE_PHRASES.has(normalisePhrase(inner))) {
      out.push(ann(start, end, { kind: 'stage' }, [{ start, end: start + 1 }, { start: end - 1, end }]));
      continue;
    }
    const reason = gapReason(inner, 'round');
    if (reason) out.push(ann(start, end, { kind: 'gap', reason, desc: inner, delimiter: 'round' }, [{ start, end }]));
  }
  return out;
}

/** A test for overlap with any of `sorted` (sorted by start): binary search over prefix maxima of ends. */
function overlapTest(sorted: Span[]): (span: Span) => boolean {
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? -1));
  return (span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? 0) < span.end) lo = mid + 1;
      else hi = mid;
    }
    return (maxEnd[lo - 1] ?? -1) > span.start;
  };
}

/** `[[number]]`: an editor's doubled bracket is one pair, its four characters dropped alike. */
function doubledAsOne(pairs: Pair[]): Pair[] {
  const byOpen = new Map(pairs.map((p) => [p.open.start, p]));
  const inner = new Set<Pair>();
  const merged = pairs.map((p) => {
    const q = byOpen.get(p.open.end);
    if (!q || q.nested || q.close.end !== p.close.start) return p;
    inner.add(q);
    return { open: { start: p.open.start, end: q.open.end }, close: { start: q.close.start, end: p.close.end }, nested: false };
  });
  return merged.filter((p) => !inner.has(p));
}

/** A bracket holding brackets is read when those hold none (an editor's remark around glosses); deeper nesting stays text. */
const MAX_REMARK = 5000;

function nestsDeeper(inner: string): boolean {
  if (inner.length > MAX_REMARK) return true;
  let depth = 0;
  for (const c of inner.replace(/\[\[/g, '[').replace(/\]\]/g, ']')) {
    depth += c === '[' ? 1 : c === ']' ? -1 : 0;
    if (depth > 1) return true;
  }
  return false;
}

function isLeftAlone(text: string, pair: Pair): boolean {
  const inner = content(text, pair);
  if (pair.nested && nestsDeeper(inner)) return true;
  return text[pair.close.end] === '(' || (FOOTNOTE_LIKE.test(inner.trim()) && !gluedToNumber(text, pair));
}

/** `[19]31`: digits glued to the number they complete, not a footnote number. */
const gluedToNumber = (text: string, pair: Pair): boolean => /^\d+$/.test(content(text, pair)) && /\d/.test(text[pair.close.end] ?? '');

/** `[19]31` is the number 1931 with its century supplied: `expan` over the number, `ex` for the bracket. */
function numberExpansions(text: string, pairs: Pair[], out: Annotation[]): Set<Pair> {
  const used = new Set<Pair>();
  for (const pair of pairs.filter((p) => gluedToNumber(text, p))) {
    let end = pair.close.end;
    while (/\d/.test(text[end] ?? '')) end++;
    out.push(ann(pair.open.start, end, { kind: 'expan' }, []), ann(pair.open.start, pair.close.end, { kind: 'ex' }, [pair.open, pair.close]));
    used.add(pair);
  }
  return used;
}

export const bracketRule: InlineRule = (text, context) => {
  // Square brackets and the round ones of recorder's remarks: most paragraphs have neither.
  if (!text.includes('[') && !text.includes('(')) return [];
  const pairs = doubledAsOne(scanSquare(text).pairs).filter((p) => !isLeftAlone(text, p));
  const out: Annotation[] = [];
  const inWords = new Set([...expansions(text, pairs, out), ...numberExpansions(text, pairs, out)]);
  // A bracket holding brackets ("[of the CCP [Chinese Communist Party] CC]") is read like any other, around the pairs inside it.
  for (const pair of pairs) if (!inWords.has(pair)) out.push(...readSquare(text, pair, context));
  const insideSquare = overlapTest(pairs.map((p) => ({ start: p.open.start, end: p.close.end })));
  out.push(...readRound(text).filter((a) => !insideSquare(a)));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
};
