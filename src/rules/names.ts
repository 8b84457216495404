/**
 * The name rule: finds the gazetteer's spellings in running text.
 *
 * All spellings are compiled once into one regular expression shaped as a trie, so each
 * position of the text costs one walk down the trie, and the greedy walk yields the longest
 * spelling ("Mao Zedong" before "Mao"). Spaces and hyphens inside a spelling are
 * interchangeable ("Kim Il-sung" = "Kim Il Sung"), a hyphen or apostrophe may also be left out
 * ("Chiang Kaishek", "Yanan"), any apostrophe character will do ("Yan’an"), spaces after dots
 * are optional ("I.V.Stalin"), and no-break spaces count as spaces. A name must stand as a word: "Stalingrad" and "Maoist" do not contain Stalin or
 * Mao; "Mao's" and "Guomindang-ists" do contain Mao and Guomindang.
 */
import type { Annotation, InlineRule, Span } from '../model/annotation.js';
import { allEntities, lookupEntity, stripSeparators, variantKey, type GazetteerEntry } from './gazetteer.js';

export interface NameMatch extends Span {
  entity: GazetteerEntry;
  text: string;
}

/** Spaces within a line (no-break ones included); a name may wrap once but not span a blank line. */
const SPACE = '[^\\S\\n]';
const SPACES = `(?:${SPACE}+\\n?${SPACE}*|\\n${SPACE}*)`;
const HYPHEN = '[\\-\\u2010\\u2011]';
const SPACE_OR_HYPHEN = `(?:${SPACE}*${HYPHEN}${SPACE}*|${SPACES})`;

const APOSTROPHE = "['’‘ʼ`]";
const IS_APOSTROPHE = new RegExp(`^${APOSTROPHE}$`, 'u');
const APOSTROPHES = new RegExp(APOSTROPHE, 'gu');
const HYPHEN_BETWEEN_LETTERS = /(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu;

/** A spelling and the forms it has without its hyphens and apostrophes ("Kaishek", "Yanan"). */
function forms(variant: string): string[] {
  const spelling = variant.normalize('NFC');
  const joined = spelling.replace(HYPHEN_BETWEEN_LETTERS, '');
  return [spelling, joined, spelling.replace(APOSTROPHES, ''), joined.replace(APOSTROPHES, '')];
}

/**
 * One regex piece per character of a spelling. No piece matches the empty string except the
 * spaces after a dot, which never have a sibling: so at each branch of the trie at most one
 * piece fits, and the greedy walk finds the longest spelling.
 */
function atoms(form: string): string[] {
  const chars = [...form];
  const out: string[] = [];
  chars.forEach((ch, i) => {
    const previous = chars[i - 1] ?? '';
    if (/\s/u.test(ch)) {
      // A run of spaces is one separator; after a dot it is optional and already emitted.
      if (!/\s/u.test(previous) && previous !== '.') out.push(SPACE_OR_HYPHEN);
    } else if (/[-\u2010\u2011]/u.test(ch)) out.push(SPACE_OR_HYPHEN);
    else if (IS_APOSTROPHE.test(ch)) out.push(APOSTROPHE);
    else if (ch === '.') out.push(...(i === chars.length - 1 ? ['\\.'] : ['\\.', `(?:${SPACES})?`]));
    else out.push(ch.toLowerCase().replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&'));
  });
  return out;
}

interface TrieNode {
  terminal: boolean;
  next: Map<string, TrieNode>;
}

function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([atom, child]) => atom + trieSource(child));
  if (branches.length === 0) return '';
  const body = `(?:${branches.join('|')})`;
  // Greedy `?`: the longer spelling is tried first, the shorter one is the fallback.
  return node.terminal ? `${body}?` : body;
}

function compile(entries: readonly GazetteerEntry[]): { pattern: RegExp; casings: Map<string, string[]>; initials: Set<string> } {
  const root: TrieNode = { terminal: false, next: new Map() };
  const casings = new Map<string, string[]>();
  for (const entry of entries) {
    for (const variant of new Set([entry.name, ...entry.variants])) {
      for (const form of new Set(forms(variant))) {
        let node = root;
        for (const atom of atoms(form)) {
          let child = node.next.get(atom);
          if (!child) node.next.set(atom, (child = { terminal: false, next: new Map() }));
          node = child;
        }
        node.terminal = true;
      }
      const key = variantKey(variant);
      casings.set(key, [...(casings.get(key) ?? []), stripSeparators(variant.normalize('NFC'))]);
    }
  }
  // Sticky: it is tried only where a name can start (see `starts`), not at every character.
  const pattern = new RegExp(`${trieSource(root)}(?![\\p{L}\\p{N}])`, 'iuy');
  const initials = new Set([...root.next.keys()].map((atom) => atom.replace(/^\\/, '')));
  return { pattern, casings, initials };
}

const { pattern, casings, initials } = compile(allEntities());

/** Word starts whose first letter begins some spelling: the only places a match can begin. */
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

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
    if (start.index < end || !initials.has(start[0].toLowerCase())) continue;
    pattern.lastIndex = start.index;
    const m = pattern.exec(text);
    const entity = m ? resolveSpelling(m[0]) : undefined;
    if (!m || !entity) continue;
    matches.push({ start: m.index, end: m.index + m[0].length, entity, text: m[0] });
    end = m.index + m[0].length;
  }
  return matches;
}

export const nameRule: InlineRule = (text) =>
  findNames(text).map(
    ({ start, end, entity }): Annotation => ({
      rule: 'name',
      start,
      end,
      node: { kind: 'name', type: entity.kind, ref: entity.id },
    }),
  );
