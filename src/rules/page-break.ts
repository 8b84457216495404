/**
 * A paragraph cut by a page break of the original: the first part stops mid-sentence
 * ("… a telegram was" / "received from Hong Kong …") or mid-name ("Bai" / "Chongxi …").
 */
import { lookupEntity } from './gazetteer.js';

/** A closing square bracket does not end a sentence: "… to Filippov [Stalin]" / "and …" goes on. */
const SENTENCE_END = /[.!?:;"'”’)…]\]?\s*$/;

export function shouldRejoin(previous: string, next: string): boolean {
  const prev = previous.trimEnd();
  const nxt = next.trim();
  if (!prev || !nxt || SENTENCE_END.test(prev) || /^[#*\-•\d[("“]/.test(nxt)) return false;
  // A square bracket opened at the end of one part and closed in the next.
  if (prev.lastIndexOf('[') > prev.lastIndexOf(']') && nxt.indexOf(']') >= 0 && (nxt.indexOf('[') < 0 || nxt.indexOf(']') < nxt.indexOf('['))) return true;
  // Mid-sentence: the next part goes on in lower case.
  if (/^[a-z]/.test(nxt)) return prev.length > 40;
  const lastWord = /(?<!\S)(\S+)$/.exec(prev)![1]!.replace(/[[\]]/g, '');
  const firstWord = /^(\S+)/.exec(nxt)![1]!.replace(/[.,;:]$/, '');
  // Mid-name: the two halves make a name the gazetteer knows.
  if (lookupEntity(`${lastWord} ${firstWord}`)) return true;
  // Mid-sentence before a capitalised word: the first part ends on a function word.
  return prev.length > 80 && /^(of|the|a|an|to|in|on|at|by|for|from|with|and|or|towards?|into|over|near)$/i.test(lastWord);
}
