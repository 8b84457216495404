/**
 * Credits: "Translated for CWIHP from Russian by Sergey Radchenko", "Contributed by …",
 * "The conversation is recorded by Comrades Fedorenko and Roshchin". A credit without a
 * name ("checked by me") is not reported: nothing is invented.
 */
import { execAt, LINE_SPACE } from './text.js';
import { languageByName } from './language.js';
import type { Span } from '../model/annotation.js';
import type { Credit, RespWord } from '../model/document.js';

export interface CreditMatch extends Span {
  credit: Credit;
  names: (Span & { name: string })[];
}

const RESP_WORDS: Record<string, RespWord> = {
  translated: 'translated by',
  translation: 'translated by',
  obtained: 'obtained by',
  contributed: 'contributed by',
  recorded: 'recorded by',
  checked: 'checked by',
  transcribed: 'transcribed by',
};

const H = LINE_SPACE;
/** The resp word, up to six words of detail ("for CWIHP from Russian"), then "by". */
const CREDIT = new RegExp(
  String.raw`(?<![\p{L}])(${Object.keys(RESP_WORDS).join('|')})(?:${H}+(?!by(?![\p{L}]))[\p{L}'’-]+){0,6}${H}+by(?![\p{L}])`,
  'giu',
);
const RESP_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${Object.keys(RESP_WORDS).join('|')})(?![\p{L}])`, 'giu');
/** Forms of address before a name; they are not part of it. */
const TITLE = new RegExp(String.raw`(?:[Cc]omrades?|[Cc]des?\.|[Cc]om\.|Dr\.|Prof\.|Mrs?\.|Ms\.)${H}+`, 'yu');
/** A capitalised word or an initial (`I.`). */
const WORD = /\p{Lu}(?:\.|[\p{L}'’-]*)/uy;
const WORD_GAP = new RegExp(`${H}+|(?<=\\.)`, 'yu');
const NAME_SEPARATOR = new RegExp(String.raw`${H}*,${H}*(?:and${H}+)?|${H}+and${H}+|${H}*&${H}*`, 'yu');
/** Capitalised words that begin the next part of a citation, not a name. */
const CLAUSE_WORDS = new Set(['Published', 'Reprinted', 'Translated', 'Contributed', 'Recorded', 'Source', 'Original', 'Click']);

const FROM_LANGUAGE = /\btranslated\b[^.]{0,40}?\bfrom\s+(?:the\s+)?(\p{L}[\p{L}-]+)/iu;

const isInitial = (word: string): boolean => word.endsWith('.');

/** One name at `at`: capitalised words and initials on one line, ending on a word. */
function nameAt(text: string, at: number): (Span & { name: string }) | undefined {
  let end = at;
  for (let pos = at; ; ) {
    const word = execAt(WORD, text, pos)?.[0];
    if (!word || CLAUSE_WORDS.has(word)) break;
    if (!isInitial(word)) end = pos + word.length;
    const gap = execAt(WORD_GAP, text, pos + word.length);
    if (!gap) break;
    pos += word.length + gap[0].length;
  }
  if (end === at) return undefined;
  return { start: at, end, name: text.slice(at, end).replace(/\s+/g, ' ') };
}

/** "A", "Comrades A and B", "A, B, and C" from `at`; stops at anything that is not a name. */
function namesAt(text: string, at: number): (Span & { name: string })[] {
  const names: (Span & { name: string })[] = [];
  for (let pos = at; ; ) {
    const title = execAt(TITLE, text, pos);
    const name = nameAt(text, pos + (title?.[0].length ?? 0));
    if (!name) break;
    names.push(name);
    const sep = execAt(NAME_SEPARATOR, text, name.end);
    if (!sep) break;
    pos = name.end + sep[0].length;
  }
  return names;
}

export function findCredits(text: string): CreditMatch[] {
  const matches: CreditMatch[] = [];
  // Every credit has "by"; most paragraphs do not, and the full pattern is costly.
  if (!/\bby\b/i.test(text)) return matches;
  for (const m of text.matchAll(CREDIT)) {
    const afterBy = m.index + m[0].length;
    const space = /^[^\S\n]+/.exec(text.slice(afterBy));
    const names = space ? namesAt(text, afterBy + space[0].length) : [];
    if (names.length === 0) continue;
    const said = m[0].replace(/\s+/g, ' ');
    // The resp word nearest "by" is the credit ("Translation checked by" credits a checker), and so is
    // each joined to it by "and" ("Obtained and translated for NKIDP by" credits both).
    const words = [...said.matchAll(RESP_WORD)];
    let first = words.length - 1;
    while (first > 0 && /^\s+and\s+$/i.test(said.slice(words[first - 1]!.index + words[first - 1]![0].length, words[first]!.index))) first--;
    const resps = new Set(words.slice(first).map((w) => RESP_WORDS[w[0].toLowerCase()]!));
    for (const resp of resps) {
      matches.push({ start: m.index, end: names[names.length - 1]!.end, credit: { resp, said, names: names.map((n) => n.name) }, names });
    }
  }
  return matches;
}

/**
 * The original language a translation credit names, anywhere in a text: "Translated from the
 * Russian by", "Translated for CWIHP from Russian by", a bare "Translated from Chinese." →
 * "Russian", "Chinese"; undefined when no known language is named.
 */
export function originalLanguageFromCredit(text: string): string | undefined {
  const name = FROM_LANGUAGE.exec(text)?.[1];
  return languageByName(name)?.name;
}
