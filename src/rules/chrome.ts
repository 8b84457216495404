/**
 * Web-page chrome: navigation and viewer text copied along with a document ("Search in",
 * "get citation", the PDF viewer's notices). Only whole lines match, so a sentence of the
 * document that mentions "click" or "search" is never taken for chrome.
 */
import table from '../data/chrome.json' with { type: 'json' };

export interface ChromeMatch {
  /** Id of the chrome pattern, e.g. `chrome/pdf-viewer`. */
  rule: string;
  review?: string;
}

interface ChromePattern {
  id: string;
  pattern: string;
  review?: string;
}

const PATTERNS = (table.patterns as ChromePattern[]).map((p) => ({
  rule: p.id,
  review: p.review,
  re: new RegExp(`^(?:${p.pattern})$`, 'iu'),
}));

/** Leading bullet or markdown heading mark: "  • Citation", "- Share", "### Tags". */
const BULLET = /^(?:[•·▪‣◦*-]|#{1,6})\s+/u;
/** A line that is all emphasis or all one markdown link: "**Share**", "[Download PDF](https://…)". */
const EMPHASIS = /^(\*{1,2}|_{1,2})(.+)\1$/u;
const LINK = /^\[([^\]]+)\]\([^)]*\)$/u;

function normalise(line: string): string {
  let text = line.replace(/\s+/gu, ' ').trim().replace(BULLET, '');
  text = text.replace(EMPHASIS, '$2').trim();
  return text.replace(LINK, '$1').trim();
}

export function matchChrome(line: string): ChromeMatch | null {
  const text = normalise(line);
  if (text === '') return null;
  const hit = PATTERNS.find((p) => p.re.test(text));
  if (!hit) return null;
  return hit.review === undefined ? { rule: hit.rule } : { rule: hit.rule, review: hit.review };
}
