/**
 * Archival identifiers in citation lines: an archive's acronym followed by its location parts
 * (`APRF, F. 45, Op. 1, D. 331, Ll. 15-21`, `MOL, XIX-J-1-j, 4. doboz`, `PRC FMA 109-00022-01`).
 */
import { escapeRegExp, execAt, LINE_SPACE } from './text.js';
import { memoByText } from '../util/memo.js';
import archives from '../data/archives.json' with { type: 'json' };
import type { Annotation, Span } from '../model/annotation.js';
import type { Archive, ArchivalComponentType, ArchivalIdentifier } from '../model/document.js';

export type ArchivalComponentMatch = Span & { type: ArchivalComponentType; value: string };

export interface ArchivalIdMatch extends Span {
  identifier: ArchivalIdentifier;
  components: ArchivalComponentMatch[];
  review?: string;
}

interface ArchiveEntry extends Archive {
  variants: string[];
  /** What a bare number after the acronym is, when the archive's system says so. */
  signatureType?: ArchivalComponentType;
}

const RULE = 'archival-id';
const TABLE = archives as ArchiveEntry[];

/** Horizontal white space, U+00A0 included; identifiers never run across lines. */
const H = LINE_SPACE;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
const NUMBER = String.raw`(?:\p{Lu}-?)?\d+(?:[-/]\d+)*\p{Ll}?${NOT_WORD_AFTER}`;
const LEAF = String.raw`\d+(?:${H}?ob\b)?`;
const LEAF_RANGE = String.raw`${LEAF}(?:${H}*[-–]${H}*${LEAF})?`;
/** `15-21`, `0100, 0101-0102, and 0103`. */
const LEAVES = String.raw`${LEAF_RANGE}(?:(?:${H}*,${H}*(?:and${H}+)?|${H}+and${H}+)${LEAF_RANGE})*${NOT_WORD_AFTER}`;

/**
 * Component words as cited. `leaves` is `list` for one leaf and `listy` for ranges or lists;
 * a postfix word follows its value (Hungarian `4. doboz`).
 */
const COMPONENT_WORDS: { type: ArchivalComponentType | 'leaves'; words: string; postfix?: boolean; soviet?: boolean }[] = [
  // Translations give the Soviet system's words in English ("Collection 52. Inventory 1. File 498.
  // Sheets 43."); only in an archive of that system is a "file" a delo.
  { type: 'fond', words: 'collection', soviet: true },
  { type: 'opis', words: 'inventory', soviet: true },
  { type: 'delo', words: 'file', soviet: true },
  { type: 'leaves', words: String.raw`sheets|sheet`, soviet: true },
  { type: 'fond', words: String.raw`fond|f\.` },
  { type: 'opis', words: String.raw`opis'?|op\.|o\.` },
  { type: 'delo', words: String.raw`delo|d\.` },
  // Ukrainian archives cite the file as "sprava" (spr.), the delo of the Soviet system.
  { type: 'delo', words: String.raw`sprava|spr\.` },
  // The Foreign Policy Archive numbers a file within its opis by "poriadkovyi nomer" (por.).
  { type: 'por', words: String.raw`por\.|por` },
  { type: 'papka', words: String.raw`papka|pap\.|p\.` },
  // "II." is how scans read "ll." (leaves).
  { type: 'leaves', words: String.raw`listy|list|ll\.|l\.|II\.` },
  // Mongolian archives follow the Soviet system: dans = opis, khadgalamzhiin negzh (kh/n) = delo, khuudas = leaves.
  { type: 'opis', words: 'dans' },
  { type: 'delo', words: String.raw`kh\/n|kh\. ?n\.` },
  { type: 'leaves', words: 'khuudas' },
  // Polish karta (AAN): a leaf.
  { type: 'leaves', words: String.raw`k\.` },
  { type: 'box', words: 'box' },
  { type: 'file', words: 'file' },
  { type: 'box', words: 'doboz', postfix: true },
];

/** Component words in any case (`F.`, `LL.`, `Fond`); the values' classes must stay case-sensitive. */
const anyCase = (words: string): string => words.replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);

const COMPONENT_RES = COMPONENT_WORDS.map((c) => {
  const words = `(?:${anyCase(c.words)})`;
  const value = `(${c.type === 'leaves' ? LEAVES : NUMBER})`;
  return {
    type: c.type,
    soviet: c.soviet ?? false,
    re: new RegExp(c.postfix ? `${value}\\.?${H}+${words}${NOT_WORD_AFTER}` : `${words}${H}*${value}`, 'dyu'),
  };
});

const SEPARATOR_AFTER_ACRONYM = new RegExp(String.raw`${H}*[:,.]?${H}*`, 'y');
/** Between components: a comma, semicolon or stop, or a gloss in parentheses ("f. 0100 (Chinese embassy), op. 41"). */
const SEPARATOR = new RegExp(String.raw`${H}*\([^()\n]{1,80}\)${H}*[,;.]?${H}*|${H}*[,;.]${H}*|${H}+`, 'y');
/** A signature token of a non-Russian system: `XIX-J-1-j`, `DY`, `30/IV`, `109-00022-01`. */
const SIGNATURE_TOKEN = new RegExp(String.raw`[\p{L}\p{N}]+(?:[-/] ?[\p{L}\p{N}]+)*${NOT_WORD_AFTER}`, 'yu');

/** Without accents: copies drop them ("Magyar Orszagos Leveltar"); acronyms are looked up as written. */
const unaccented = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const spellingKey = (s: string): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return (t.includes(' ') ? unaccented(t) : t).toUpperCase();
};

/**
 * A spelling as a pattern: blanks of any width, and in a name of several words each accented
 * letter with or without its accent. An acronym keeps its accents: a copy that drops them is a
 * variant of its own in the table.
 */
function spellingPattern(s: string): string {
  const escaped = escapeRegExp(s).replace(/ /g, String.raw`\s+`);
  if (!s.includes(' ')) return escaped;
  return escaped.replace(/\p{L}/gu, (ch) => (unaccented(ch) === ch ? ch : `[${unaccented(ch)}${ch}]`));
}

const BY_SPELLING = new Map<string, ArchiveEntry>(
  TABLE.flatMap((a) => [a.acronym, a.name, ...a.variants].map((s) => [spellingKey(s), a] as const)),
);

/** Longest first, so `SAPMO-BArch` wins over `SAPMO`. */
const KNOWN_SPELLINGS = [...new Set(TABLE.flatMap((a) => [a.acronym, a.name, ...a.variants]))]
  .sort((a, b) => b.length - a.length)
  .map(spellingPattern);

/** A known spelling, or any word with two capitals (`XYZA`, `TsGA`) that may be an acronym. */
const ACRONYM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${KNOWN_SPELLINGS.join('|')})|\p{Lu}\p{Ll}*\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*)${NOT_WORD_AFTER}`,
  'gu',
);
/** Where an identifier naming no archive may start: a fond. */
const BARE_START = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?=(?:fond|f\.)${H}*\d)`, 'giu');

export function lookupArchive(acronym: string): Archive | undefined {
  const entry = BY_SPELLING.get(spellingKey(acronym));
  return entry && asArchive(entry);
}

function asArchive(entry: ArchiveEntry): Archive {
  return { acronym: entry.acronym, name: entry.name, country: entry.country, settlement: entry.settlement };
}

interface Part {
  end: number;
  component?: ArchivalComponentMatch;
  /** A signature token without digits (`KC PZPR`) counts only when a numbered part follows. */
  numbered: boolean;
}

/** Archives that cite by fond, opis and delo. */
const SOVIET_SYSTEM = new Set(['Russia', 'Ukraine', 'Georgia', 'Belarus', 'Lithuania', 'Latvia', 'Estonia', 'Armenia', 'Azerbaijan', 'Kazakhstan', 'Moldova']);

function componentAt(text: string, at: number, entry: ArchiveEntry | undefined): Part | undefined {
  const soviet = !!entry && SOVIET_SYSTEM.has(entry.country);
  for (const { type, re, soviet: onlySoviet } of COMPONENT_RES) {
    if (onlySoviet && !soviet) continue;
    const m = execAt(re, text, at);
    if (!m) continue;
    const value = m[1]!;
    const [start, end] = m.indices![1]!;
    const resolved = type === 'leaves' ? (/^\d+(?:\s?ob)?$/.test(value) ? 'list' : 'listy') : type;
    return { end: m.index + m[0].length, numbered: true, component: { start, end, type: resolved, value } };
  }
  return undefined;
}

/** A capitalised word inside a signature: a country in a Hungarian fond (`XIX-J-1-j Korea`), a label (`Item 121`). */
const SIGNATURE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A short acronym in mixed case: "IfGA", "MfS", "TsK". */
const MIXED_ACRONYM = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{L}{2,6}$/u;

/** Where a known archive's spelling starts: the next identifier of the citation (`; PRC FMA 109-…`). */
const KNOWN_AT = new RegExp(String.raw`(?:${KNOWN_SPELLINGS.join('|')})${NOT_WORD_AFTER}`, 'yu');

/**
 * Space-separated signature tokens up to the next comma; stops before another archive's spelling.
 * A capitalised word counts only next to a numbered token, so "Translated by" never does.
 * `typed` says the archive's signature number was already read: later numbers (a PRC file's pages) stay untyped.
 */
function signatureAt(text: string, at: number, entry: ArchiveEntry, typed: boolean): Part | undefined {
  const tokens: { start: number; end: number; numbered: boolean; word: boolean }[] = [];
  for (let pos = at; ; ) {
    if (execAt(KNOWN_AT, text, pos)) break;
    const m = execAt(SIGNATURE_TOKEN, text, pos);
    const token = m?.[0];
    if (!token) break;
    const numbered = /\d/.test(token);
    // An acronym in mixed case ("IfGA", "MfS") is a signature token like "KC PZPR", not a word.
    const word = !numbered && /\p{Ll}/u.test(token) && !MIXED_ACRONYM.test(token);
    if (word && !SIGNATURE_WORD.test(token)) break;
    tokens.push({ start: pos, end: pos + token.length, numbered, word });
    if (!/[^\S\n]/.test(text[pos + token.length] ?? '')) break;
    pos += token.length + 1;
  }
  // A word stays only beside a numbered token; the run ends at the first that does not.
  const kept = tokens.findIndex((t, i) => t.word && !tokens[i - 1]?.numbered && !tokens[i + 1]?.numbered);
  const run = kept < 0 ? tokens : tokens.slice(0, kept);
  if (run.length === 0) return undefined;
  const end = run[run.length - 1]!.end;
  const value = text.slice(at, end);
  const numbered = run.some((t) => t.numbered);
  const component = entry.signatureType && !typed && /^[\d-/]+$/.test(value) ? { start: at, end, type: entry.signatureType, value } : undefined;
  return { end, numbered, ...(component && { component }) };
}

function partsAt(text: string, at: number, entry: ArchiveEntry | undefined): Part[] {
  const parts: Part[] = [];
  let pos = at + execAt(SEPARATOR_AFTER_ACRONYM, text, at)![0].length;
  for (;;) {
    const typed = parts.some((p) => p.component && p.component.type === entry?.signatureType);
    const part = componentAt(text, pos, entry) ?? (entry ? signatureAt(text, pos, entry, typed) : undefined);
    if (!part) break;
    parts.push(part);
    const sep = execAt(SEPARATOR, text, part.end);
    if (!sep) break;
    pos = part.end + sep[0].length;
  }
  while (parts.length > 0 && !parts[parts.length - 1]!.numbered) parts.pop();
  return parts;
}

function buildMatch(text: string, start: number, acronym: string, entry: ArchiveEntry | undefined, parts: Part[], review?: string): ArchivalIdMatch {
  const end = parts[parts.length - 1]!.end;
  const components = parts.flatMap((p) => (p.component ? [p.component] : []));
  const archive = entry && asArchive(entry);
  return {
    start,
    end,
    identifier: {
      text: text.slice(start, end),
      acronym,
      ...(archive && { archive }),
      components: components.map(({ type, value, start: at }) => ({ type, value, offset: at - start })),
    },
    components,
    ...(review && { review }),
  };
}

/** Without a known archive only worded components count (`XYZA, f. 5, op. 3`), and at least `least` of them. */
function hasWordedComponents(parts: Part[], least: number): boolean {
  return parts.length >= least && parts.every((p) => p.component);
}

const NONE: readonly ArchivalIdMatch[] = [];
const readOnce = memoByText(readArchivalIds);

/** Shared by every stage that reads a unit: the result is the same object each time, not to be changed. */
export function findArchivalIds(text: string): readonly ArchivalIdMatch[] {
  // Every identifier ends in a numbered part; most paragraphs have no digit, and the archive pattern is costly.
  return /\d/.test(text) ? readOnce(text) : NONE;
}

function readArchivalIds(text: string): ArchivalIdMatch[] {
  const matches: ArchivalIdMatch[] = [];
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    const acronym = m[0].replace(/\s+/g, ' ');
    const entry = m[1] ? BY_SPELLING.get(spellingKey(m[1])) : undefined;
    const parts = partsAt(text, m.index + m[0].length, entry);
    if (entry ? parts.length === 0 : !hasWordedComponents(parts, 2)) continue;
    const match = buildMatch(text, m.index, acronym, entry, parts, entry ? undefined : `${acronym} is not in the table of archives`);
    matches.push(match);
    ACRONYM.lastIndex = match.end;
  }
  return [...matches, ...findBareIds(text, matches)].sort((a, b) => a.start - b.start);
}

/** `f. 5, op. 30, d. 4, l. 12` cited without an archive: fond, opis and delo make it certain. */
function findBareIds(text: string, found: Span[]): ArchivalIdMatch[] {
  const bare: ArchivalIdMatch[] = [];
  BARE_START.lastIndex = 0;
  for (let m = BARE_START.exec(text); m; m = BARE_START.exec(text)) {
    const at = m.index;
    BARE_START.lastIndex = at + 1;
    if (found.some((s) => s.start <= at && at < s.end) || bare.some((s) => at < s.end)) continue;
    const parts = partsAt(text, at, undefined);
    if (hasWordedComponents(parts, 3)) {
      bare.push(buildMatch(text, at, '', undefined, parts, 'archival identifier names no archive'));
    }
  }
  return bare;
}

export function archivalIdAnnotations(match: ArchivalIdMatch): Annotation[] {
  return [
    {
      start: match.start,
      end: match.end,
      rule: RULE,
      node: { kind: 'idno', type: 'archival' },
      ...(match.review && { review: match.review }),
    },
    ...match.components.map((c): Annotation => ({ start: c.start, end: c.end, rule: RULE, node: { kind: 'idno', type: c.type } })),
  ];
}
