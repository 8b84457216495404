/**
 * The lines that close a document of a collection, each standing alone: its archival identifier
 * ("RGASPI F. 558. Op. 11. D. 329. LL. 29-38.") and its translator ("Translated from the Russian by …").
 * The splitter ends a document after them; the body sets them apart as notes.
 */
import { findArchivalIds, type ArchivalIdMatch } from '../rules/archival-id.js';
import { findCredits } from '../rules/credits.js';

/** Such lines are short; longer text is prose that merely cites. */
const MAX_LENGTH = 300;

/** An archival identifier that is the whole line, but for a closing period. */
export function standaloneIdentifier(line: string): ArchivalIdMatch | undefined {
  const text = line.trim();
  if (text.length > MAX_LENGTH) return undefined;
  const ids = findArchivalIds(text);
  return ids.length === 1 && ids[0]!.start === 0 && text.length - ids[0]!.end <= 2 ? ids[0] : undefined;
}

/** A line that is a translation credit. */
export function isCreditLine(line: string): boolean {
  const text = line.trim();
  return text.length <= MAX_LENGTH && /^translated\b/i.test(text) && findCredits(text)[0]?.start === 0;
}
