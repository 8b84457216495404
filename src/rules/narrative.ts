/** Recorder's narrative lines inside a record of conversation (they end a speaker's turn). */
import table from '../data/narrative.json' with { type: 'json' };

export type NarrativeKind = 'participants' | 'narrative';

const PATTERNS = table.patterns.map((p) => ({ kind: p.kind as NarrativeKind, re: new RegExp(p.pattern, 'i') }));

export function matchNarrative(line: string): NarrativeKind | null {
  const text = line.trim();
  return PATTERNS.find((p) => p.re.test(text))?.kind ?? null;
}
