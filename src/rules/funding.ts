/**
 * The funding line of an archive's page: "This document was made possible with support from the
 * Leon Levy Foundation" names the funder (titleStmt/funder), never a sentence of the document.
 */
import type { Span } from '../model/annotation.js';
import table from '../data/page-frame.json' with { type: 'json' };

const FUNDING = new RegExp(`^\\s*${table.funding}\\s+`, 'iu');

/** The funder a funding line names: its words and where they stand, without the closing stop. */
export function matchFunding(line: string): (Span & { funder: string }) | undefined {
  const lead = FUNDING.exec(line);
  if (!lead) return undefined;
  const start = lead[0].length;
  const end = line.trimEnd().replace(/\.$/, '').length;
  return end > start ? { start, end, funder: line.slice(start, end) } : undefined;
}
