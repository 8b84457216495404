/**
 * The name rule: finds the gazetteer's spellings in running text.
 *
 * All spellings go into one trie, built once (name-trie.ts), so each position of the text costs
 * one walk down the trie, and the greedy walk yields the longest spelling ("Mao Zedong" before
 * "Mao"). Spaces and hyphens inside a spelling are interchangeable ("Kim Il-sung" = "Kim Il
 * Sung"), a hyphen or apostrophe may also be left out ("Chiang Kaishek", "Yanan"), any
 * apostrophe character will do ("Yan’an"), spaces after dots are optional ("I.V.Stalin"), and
 * no-break spaces count as spaces. A name must stand as a word: "Stalingrad" and "Maoist" do not contain Stalin or
 * Mao; "Mao's" and "Guomindang-ists" do contain Mao and Guomindang.
 */
import { escapeRegExp, LINE_SPACE } from './text.js';
import { NameTrie } from './name-trie.js';
import type { Annotation, InlineRule, Span } from '../model/annotation.js';
import labels from '../data/labels.json' with { type: 'json' };
import { allEntities, lookupEntity, stripSeparators, variantKey, type GazetteerEntry } from './gazetteer.js';

export interface NameMatch extends Span {
  entity: GazetteerEntry;
  text: string;
}

/** Spaces within a line (no-break ones included). */
const SPACE = LINE_SPACE;
const APOSTROPHES = /['’‘ʼ`]/gu;
const HYPHEN_BETWEEN_LETTERS = /(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu;

/** A spelling and the forms it has without its hyphens and apostrophes ("Kaishek", "Yanan"). */
function forms(variant: string): string[] {
  const spelling = variant.normalize('NFC');
  const joined = spelling.replace(HYPHEN_BETWEEN_LETTERS, '');
  return [spelling, joined, spelling.replace(APOSTROPHES, ''), joined.replace(APOSTROPHES, '')];
}

const spellingsOf = (entry: GazetteerEntry): Set<string> => new Set([entry.name, ...entry.variants]);

/** Every form of every spelling the rule looks for, in the gazetteer's order. */
export function spellingForms(entries: readonly GazetteerEntry[]): Set<string> {
  return new Set(entries.flatMap((entry) => [...spellingsOf(entry)].flatMap(forms)));
}

function compile(entries: readonly GazetteerEntry[]): { trie: NameTrie; casings: Map<string, string[]> } {
  const spellings = spellingForms(entries);
  const casings = new Map<string, string[]>();
  for (const entry of entries) {
    for (const variant of spellingsOf(entry)) {
      const key = variantKey(variant);
      casings.set(key, [...(casings.get(key) ?? []), stripSeparators(variant.normalize('NFC'))]);
    }
  }
  return { trie: new NameTrie(spellings), casings };
}

const { trie, casings } = compile(allEntities());

/**
 * Where a match can begin: a word starting with a capital or a digit (every spelling does, and
 * casing must agree). The trie is walked only there; a word no spelling starts with fails
 * within its first letters, cheaper than asking a table of first words beforehand.
 */
const WORD_START = /(?<![\p{L}\p{N}])[\p{Lu}\p{Lt}\p{N}]/gu;

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();

/**
 * Matching ignores case, but every capital of the listed spelling must be a capital in the
 * text: "GuoMinDang" and "KIM IL SUNG" match, "gao", "china" and "Us" do not.
 */
function casingAllowed(text: string): boolean {
  const seen = [...stripSeparators(text)];
  return (casings.get(variantKey(text)) ?? []).some((variant) =>
    [...variant].every((ch, i) => !isUpper(ch) || isUpper(seen[i] ?? '')),
  );
}

/** Spellings repeat through a corpus; their verdicts are remembered (bounded, for hostile input). */
const verdicts = new Map<string, GazetteerEntry | null>();

function resolveSpelling(spelling: string): GazetteerEntry | undefined {
  let verdict = verdicts.get(spelling);
  if (verdict === undefined) {
    verdict = (casingAllowed(spelling) ? lookupEntity(spelling) : undefined) ?? null;
    if (verdicts.size < 50_000) verdicts.set(spelling, verdict);
  }
  return verdict ?? undefined;
}

/** Gazetteer names in `text`, left to right, without overlaps, longest spelling first. */
export function findNames(text: string): NameMatch[] {
  const matches: NameMatch[] = [];
  let end = 0;
  for (const start of text.matchAll(WORD_START)) {
    if (start.index < end) continue;
    const stop = trie.matchAt(text, start.index);
    const spelling = stop < 0 ? '' : text.slice(start.index, stop);
    const entity = spelling ? resolveSpelling(spelling) : undefined;
    if (!entity) continue;
    matches.push({ start: start.index, end: stop, entity, text: spelling });
    end = stop;
  }
  return matches;
}

/**
 * Names the gazetteer lacks but the text makes certain: the capitalised words after a title
 * ("Comrade Ivanov", "General Li Mi", "Mr. P. Smith"), or each name of a list after a plural title
 * ("comrades Ivanov, Sidorov and Petrenko"). Initials may precede the surname; a possessive "'s"
 * is not part of the name. Spans that overlap a gazetteer name (`known`) are left to it.
 */
export function findUnknownNames(text: string, known: readonly Span[]): (Span & { title: string })[] {
  const out: (Span & { title: string })[] = [];
  // Candidates come left to right, so one pointer walks the (sorted) known names.
  let k = 0;
  const overlapsKnown = (s: Span): boolean => {
    while (k < known.length && known[k]!.end <= s.start) k++;
    return k < known.length && known[k]!.start < s.end;
  };
  for (const m of text.matchAll(TITLED)) {
    const title = m[0].trimEnd();
    let at = m.index + m[0].length;
    for (;;) {
      const name = nameAt(text, at);
      if (!name) break;
      if (name.start >= (out[out.length - 1]?.end ?? 0) && !overlapsKnown(name)) out.push({ ...name, title });
      if (m[1] === undefined) break;
      const joint = LIST_JOINT.exec(text.slice(name.end, name.end + 12));
      if (!joint) break;
      at = name.end + joint[0].length;
    }
  }
  return out;
}

const alternation = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t).replace(/ /g, `${SPACE}+`)).join('|');
const TITLE = `(?:${alternation(labels.personTitles)})(?![\\p{L}\\p{N}])`;
/** Titles, possibly chained ("Comrade Ambassador"); group 1 is set for a plural title, which opens a list. */
const TITLED = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:(${alternation(labels.pluralPersonTitles)})(?![\\p{L}\\p{N}])|${TITLE})(?:${SPACE}+${TITLE})*${SPACE}+`,
  'gu',
);
const LIST_JOINT = new RegExp(`^(?:${SPACE}*,${SPACE}*(?:and${SPACE}+)?|${SPACE}+and${SPACE}+)`, 'u');
const INITIAL = new RegExp(`\\p{Lu}\\.${SPACE}*`, 'uy');
const NAME_WORD = /\p{Lu}\p{L}*(?:[-'’]\p{L}+)*/uy;
const POSSESSIVE = /['’]s$/u;
const TITLE_WORDS = [...labels.personTitles, ...labels.pluralPersonTitles].flatMap((t) => t.replace(/\./g, '').split(' '));
const NOT_NAME = new Set([...labels.notNameWords, ...labels.notNameAfterTitle, ...TITLE_WORDS].map((w) => w.toLowerCase()));
/** Spaces between the words of a name, with a lowercase particle ("van", "de") among them. */
const NAME_GAP = new RegExp(`${SPACE}+(?:(?:${labels.nameParticles.map(escape).join('|')})${SPACE}+)?`, 'uy');
const MAX_NAME_WORDS = 3;

/** "P. Ivanov", "Li Mi", "van der Berg": initials, then 1–3 capitalised words (particles between). */
function nameAt(text: string, start: number): Span | null {
  let at = start;
  INITIAL.lastIndex = at;
  while (INITIAL.test(text)) at = INITIAL.lastIndex;
  let end = -1;
  for (let count = 0; count < MAX_NAME_WORDS; count++) {
    NAME_WORD.lastIndex = at;
    const w = NAME_WORD.exec(text);
    if (!w || NOT_NAME.has(w[0].toLowerCase())) break;
    if (POSSESSIVE.test(w[0])) return { start, end: at + w[0].length - 2 };
    end = at + w[0].length;
    NAME_GAP.lastIndex = end;
    if (!NAME_GAP.test(text)) break;
    at = NAME_GAP.lastIndex;
  }
  // A word glued to a bracket ("A[pollon]") is the bracket rule's; one with a "?" is not certain.
  if (end < 0 || /^[[?\p{L}\p{N}]/u.test(text.slice(end, end + 1))) return null;
  return { start, end };
}

/** Gazetteer names with @ref, then names after a title without one, for review. */
export const nameRule: InlineRule = (text) => {
  const known = findNames(text);
  const annotations = known.map(
    ({ start, end, entity }): Annotation => ({ rule: 'name', start, end, node: { kind: 'name', type: entity.kind, ref: entity.id } }),
  );
  for (const u of findUnknownNames(text, known)) {
    annotations.push({
      rule: 'name',
      start: u.start,
      end: u.end,
      node: { kind: 'name', type: 'person' },
      review: `unknown person "${text.slice(u.start, u.end)}" after "${u.title}": not in the gazetteer`,
    });
  }
  return annotations.sort((a, b) => a.start - b.start);
};
