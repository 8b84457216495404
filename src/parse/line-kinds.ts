/**
 * What each unit of a document's text is: an ordered chain of block rules (cf. markdown-it's
 * block rules), the first that reads a unit deciding its kind. A unit is read once into its
 * features; a reading two rules need (the narrative form, the speaker label) is made on first
 * use and shared.
 */
import type { Position } from '../model/document.js';
import type { ArchivalIdMatch } from '../rules/archival-id.js';
import type { SpeakerMatch } from '../rules/speaker.js';
import type { Unit } from './units.js';
import { isFieldLine, matchSpeaker } from '../rules/speaker.js';
import { classifyLetterLine, type LetterLineKind } from '../rules/letter-parts.js';
import { isHeadingLine, matchNumbered, type NumberedMatch } from '../rules/section.js';
import { matchNarrative, type NarrativeKind } from '../rules/narrative.js';
import { isCreditLine, standaloneIdentifier } from './trailer.js';
import { linePosition } from './lines.js';
import { stripMarkdown } from './markdown.js';
import { parseDate } from '../rules/date.js';

export type Kind =
  | { kind: 'speaker'; match: SpeakerMatch }
  | { kind: 'letter'; letter: LetterLineKind }
  | { kind: 'numbered'; match: NumberedMatch }
  | { kind: 'heading' }
  | { kind: 'archival-id'; match: ArchivalIdMatch }
  | { kind: 'credit' }
  | { kind: 'omission' }
  | { kind: 'participants' }
  | { kind: 'narrative' }
  | { kind: 'paragraph' };

export interface Classified extends Unit {
  k: Kind;
  pos: Position;
}

type Where = 'start' | 'middle' | 'end';

/** A unit's text and what its neighbours tell, with the readings rules share, each made once. */
class LineFeatures {
  private narrativeReading: NarrativeKind | null | undefined;

  constructor(
    readonly text: string,
    /** Near the start or the end of the document, where letter parts stand. */
    readonly where: Where,
    /** The number of the numbered paragraph before, which the next one continues. */
    readonly previousN: string | undefined,
  ) {}

  get narrative(): NarrativeKind | null {
    if (this.narrativeReading === undefined) this.narrativeReading = matchNarrative(this.text);
    return this.narrativeReading;
  }
}

interface BlockRule {
  name: Kind['kind'];
  read(line: LineFeatures): Kind | undefined;
}

const OMISSION = /^\s*\[\s*(\.{3,}|…)\s*\]\s*$/;

const some = <T, K extends Kind>(value: T | null | undefined, kind: (v: T) => K): K | undefined => (value ? kind(value) : undefined);

/**
 * In order of precedence. A speaker label outranks the rest ("Stalin: …" is a turn whatever
 * follows); a line listing those present outranks an archival identifier; letter parts outrank
 * reported speech; numbered paragraphs and headings come last, as most lines could start one.
 */
const BLOCK_RULES: readonly BlockRule[] = [
  { name: 'omission', read: (l) => (OMISSION.test(l.text) ? { kind: 'omission' } : undefined) },
  { name: 'speaker', read: (l) => some(matchSpeaker(l.text), (match) => ({ kind: 'speaker', match })) },
  { name: 'participants', read: (l) => (l.narrative === 'participants' ? { kind: 'participants' } : undefined) },
  { name: 'archival-id', read: (l) => some(standaloneIdentifier(l.text), (match) => ({ kind: 'archival-id', match })) },
  { name: 'credit', read: (l) => (isCreditLine(l.text) ? { kind: 'credit' } : undefined) },
  { name: 'letter', read: (l) => some(classifyLetterLine(l.text, l.where), (letter) => ({ kind: 'letter', letter: letter.kind })) },
  // Reported speech and field lines ("Venue: …") are the document's own narration.
  { name: 'narrative', read: (l) => (l.narrative || isFieldLine(l.text) ? { kind: 'narrative' } : undefined) },
  { name: 'numbered', read: (l) => some(matchNumbered(l.text, l.previousN), (match) => ({ kind: 'numbered', match })) },
  { name: 'heading', read: (l) => (isHeadingLine(l.text) ? { kind: 'heading' } : undefined) },
];

function classify(line: LineFeatures): Kind {
  for (const rule of BLOCK_RULES) {
    const kind = rule.read(line);
    if (kind) return kind;
  }
  return { kind: 'paragraph' };
}

export function classifyUnits(units: Unit[]): Classified[] {
  let previousN: string | undefined;
  let previous: Kind | undefined;
  return units.map((u, i) => {
    const where: Where = i === 0 ? 'start' : i === units.length - 1 ? 'end' : i < 3 ? 'start' : i >= units.length - 8 ? 'end' : 'middle';
    let k = classify(new LineFeatures(u.text, where, previousN));
    // A date alone on its line dates what stands just above it: a signature, a salute, a title.
    if (k.kind === 'paragraph' && previous && (previous.kind === 'letter' || previous.kind === 'heading') && parseDate(stripMarkdown(u.text), {})) {
      k = { kind: 'letter', letter: 'dateline' };
    }
    if (k.kind === 'numbered') previousN = k.match.n;
    previous = k;
    return { ...u, k, pos: linePosition(u.lines[0]!, u.indent) };
  });
}
