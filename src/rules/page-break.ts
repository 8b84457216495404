/**
 * A paragraph cut by a page break of the original: the first part stops mid-sentence
 * ("… a telegram was" / "received from Hong Kong …") or mid-name ("Bai" / "Chongxi …").
 */
import { lookupEntity } from './gazetteer.js';

const SENTENCE_END = /[.!?:;"'”’)\]…]\s*$/;

export function shouldRejoin(previous: string, next: string): boolean {
  const prev = previous.trimEnd();
  const nxt = next.trim();
  if (!prev || !nxt || SENTENCE_END.test(prev) || /^[#*\-•\d[("“]/.test(nxt)) return false;
  // Mid-sentence: the next part goes on in lower case.
  if (/^[a-z]/.test(nxt)) return prev.length > 40;
  const lastWord = /(\S+)$/.exec(prev)![1]!;
  const firstWord = /^(\S+)/.exec(nxt)![1]!.replace(/[.,;:]$/, '');
  // Mid-name: the two halves make a name the gazetteer knows.
  if (lookupEntity(`${lastWord} ${firstWord}`)) return true;
  // Mid-sentence before a capitalised word: the first part ends on a function word.
  return prev.length > 80 && /^(of|the|a|an|to|in|on|at|by|for|from|with|and|or|towards?|into|over|near)$/i.test(lastWord);
}
