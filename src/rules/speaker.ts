/**
 * Speaker turns of a record of conversation: "Comrade Stalin: …", "Chou En Lai: …".
 * A label is an optional title plus a name of 1–5 capitalised words, then a colon;
 * anything longer or with lowercase words ("We said:", "To sum up, …:") is narrative.
 */
import labels from '../data/labels.json' with { type: 'json' };
import type { Span } from '../model/annotation.js';
import { lookupEntity } from './gazetteer.js';

export interface SpeakerMatch {
  /** The label as written incl. the colon, trimmed, without markdown emphasis: "Comrade Stalin:". */
  label: string;
  /** The person's name without titles or editorial brackets: "Stalin", "Apollon Petrov". */
  name: string;
  /** Title(s) as written: "Comrade", "Mr.", "Cde.", "Comrade General". */
  title?: string;
  /** Offset of the label's first character (leading white space and `**` skipped). */
  labelStart: number;
  /** Offset where the speech begins (after the colon and any spaces; may equal the line length). */
  contentStart: number;
  /** A remark in parentheses inside the label, "(smiling)": offsets of its words, without the parentheses. */
  stage?: Span;
  /** `period`: "MAO ZEDONG. …", "Stalin. …"; a name standing for a speaker only when a person is certain. */
  form?: 'period';
  /** A role standing for a person the label does not name ("Chairman:", "The President:"): `name` holds the role. */
  role?: true;
  /** The short name the label declares for later turns: "Kim" in "Chairman Kim Il Sung (hereafter shortened to Kim):". */
  alias?: string;
  /** The name as this label writes it when it is such a short name, `name` then being the person's. */
  shortName?: string;
  review?: string;
}

export interface PersonName {
  name: string;
  title?: string;
}

const MAX_NAME_WORDS = 5;
const MAX_TITLES = 3;

/** Case- and space-insensitive comparison key; brackets ignored so "Com[rade]" equals "Comrade". */
const fold = (s: string): string => s.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

const NON_SPEAKER = new Set(labels.nonSpeakerLabels.map(fold));
const INTERVIEW = new Set(labels.interviewLabels.map(fold));
const ADDRESS_FORMS = new Set(labels.addressForms.map(fold));
const ROLE_LEADS = new Set(labels.roleLeads.map(fold));
const NOT_NAME = new Set(labels.notNameWords.map(fold));
const PARTICLES = new Set(labels.nameParticles.map(fold));
const TITLES = labels.speakerTitles.map((t) => t.split(/\s+/).map(fold)).sort((a, b) => b.length - a.length);

/**
 * A capitalised or all-caps word with hyphens/apostrophes ("Kai-shek", "O'Neill"), letters an editor
 * supplied ("A[pollon]"), or a whole supplied word ("[Nikolai]").
 */
const NAME_WORD = /^(?:\[\p{Lu}[\p{L}'’-]*\]|\p{Lu}(?:[\p{L}'’-]|\[\p{Ll}+\])*)$/u;
/** "A.", "I.V.": initials, allowed before a surname. */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const ABBREVIATED_NAME = /^\p{Lu}\p{Ll}{3,}\.$/u;
/** A gloss after a code name: "Filippov [Stalin]". */
const TRAILING_GLOSS = /(?<!\s)\s+\[[^\]]+\]$/u;

/** The trailing gloss with its blanks and brackets, or ''. Only what follows the last `]` but one can hold it, so no bracket is read twice. */
function trailingGloss(text: string): string {
  const from = text.lastIndexOf(']', text.length - 2) + 1;
  return TRAILING_GLOSS.exec(text.slice(from))?.[0] ?? '';
}

/**
 * The label before the first colon, plain or wrapped in `**` ("**Stalin:**", "**Stalin**:").
 * Groups: 1 leading space, 2 label words, 3 colon (with markup) — lazy so the first colon wins.
 * Group 1 hands at most its last blank to group 2 and group 3 enters a run of blanks only at its
 * start: what backtracking could find beyond that it cannot, and reading a long run over and over is avoided.
 */
const LABEL = /^(\s*(?!\s)(?:\*\*)?|\s*(?=\s(?!\s)))([^:*]{1,120}?)((?:(?<!\s)\s+)?(?:\*\*\s*)?:(?:\*\*)?)/u;
const STAGE = /(?<!\s)\s*\(([^()]*)\)$/u;

/** `folded`: the words already folded, as titles are compared many times over. */
function titleLength(folded: string[], from: number): number {
  const found = TITLES.find((t) => t.every((w, k) => folded[from + k] === w));
  return found?.length ?? 0;
}

function isNameWord(word: string, index: number, count: number): boolean {
  // Initials stand before a surname, or after one written first in capitals ("KHRUSHCHEV N.S."), also as the editor supplied them ("[T.V.] Soong").
  if (INITIALS.test(word.replace(/^\[(.*)\]$/u, '$1'))) return count > 1;
  // Notes shorten a surname that ends a label ("Khrush.:").
  if (ABBREVIATED_NAME.test(word)) return index === count - 1;
  // A particle is written in lower case ("van der"); "Du Mu" is a name.
  if (PARTICLES.has(word)) return index > 0 && index < count - 1;
  return NAME_WORD.test(word) && !NOT_NAME.has(fold(word));
}

/** How many words at the start of a text are titles: "Mr. Ambassador" → 2, "Ambassador of the USSR…" → 1. */
export function countTitleWords(text: string): number {
  const folded = text.trim().split(/\s+/).map(fold);
  let i = 0;
  for (let n = 0; n < MAX_TITLES; n++) {
    const len = titleLength(folded, i);
    if (len === 0) break;
    i += len;
  }
  return i;
}

/** Reads "[title] Name" from a short text: "Comrade Mao Zedong", "Mr. Dulles", "I. V. Stalin". */
export function matchPersonName(text: string): PersonName | null {
  const core = text.slice(0, text.length - trailingGloss(text).length).trim();
  const words = core.split(/\s+/);
  const i = countTitleWords(core);
  const rest = words.slice(i).filter(Boolean);
  // "Chairman [Mao Zedong]", "M.S. [Gorbachev]": the editor supplied the name the title or initials stand for.
  const gloss = rest.every((w) => INITIALS.test(w)) ? trailingGloss(text.trim()).trim().slice(1, -1) || undefined : undefined;
  const nameWords = gloss ? [...rest, ...gloss.split(/\s+/)] : rest;
  if (nameWords.length === 0 || nameWords.length > MAX_NAME_WORDS) return null;
  // A bracket may run over words ("[Yang Shangkun]", "Y[ang Shangkun]"): each word is judged without it,
  // once the brackets close within the name ("[Translator’s Note:" opens one that does not).
  const joined = nameWords.join(' ');
  if (joined.split('[').length !== joined.split(']').length) return null;
  const bare = nameWords.map((w) => (/^\[[^\]]*\]$/.test(w) || !/[[\]]/.test(w) ? w : w.replace(/[[\]]/g, '')));
  if (!bare.every((w, k) => isNameWord(w, k, bare.length)) || bare.every((w) => INITIALS.test(w))) return null;
  const name = nameWords.join(' ').replace(/[[\]]/g, '');
  return i > 0 ? { name, title: words.slice(0, i).join(' ') } : { name };
}

/** "The President": a role standing for a person the label does not name. */
function matchRole(words: string[]): string | null {
  const [lead, ...role] = words;
  if (lead === undefined || !ROLE_LEADS.has(fold(lead)) || role.length === 0 || role.length > 3) return null;
  return role.every((w, k) => isNameWord(w, k, role.length)) ? role.join(' ') : null;
}

/**
 * The period form of minutes: "MAO ZEDONG. We …", "N.S. KHRUSHCHEV. Yes.", "W. Ulbricht. The …":
 * a name in capitals (or a capitalised one), a full stop, then the words. Groups: 1 lead, 2 name.
 */
const PERIOD_LABEL = /^(\s*(?:\*\*)?)((?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}(?:\s\[[^\]\n]{1,60}\])?)\.(?:\*\*)?\s+(?=[\p{Lu}"“«[(])/u;

const ROMAN_NUMBER = /^[IVXLC]+$/;

function matchPeriodSpeaker(line: string): SpeakerMatch | null {
  const m = PERIOD_LABEL.exec(line);
  if (!m) return null;
  const [whole, lead = '', words = ''] = m;
  const person = matchPersonName(words);
  if (!person || NON_SPEAKER.has(fold(words)) || ROMAN_NUMBER.test(person.name)) return null;
  // A capitalised word and a full stop end most sentences ("… towards Taiyuan. The …"): only a known person's name counts there.
  if (person.name !== person.name.toUpperCase() && lookupEntity(person.name)?.kind !== 'person') return null;
  const labelStart = lead.length;
  const label = line.slice(labelStart, labelStart + words.length + 1);
  return { label, labelStart, contentStart: whole.length, ...person, form: 'period' };
}

/** A title standing alone for a speaker ("Chairman:", "Premier:"), named by the document's other labels or its participants. */
function matchTitleOnly(words: string): string | null {
  const folded = words.trim().split(/\s+/).map(fold);
  if (folded.length === 0 || titleLength(folded, 0) !== folded.length || folded.every((w) => ADDRESS_FORMS.has(w))) return null;
  return words.trim();
}

/**
 * The person a bracket names after a side of the talks: a name in capitals ("KIM", "LEE Hu-rak") or
 * one the gazetteer knows, after words that name no person ("North", "Soviet side").
 */
function sideSpeaker(outside: string, inside: string): { name: string } | null {
  const inner = inside.trim();
  if (!/^\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}$/u.test(inner) && lookupEntity(inner)?.kind !== 'person') return null;
  if (lookupEntity(outside.trim())?.kind === 'person' || fold(outside) === '' || NON_SPEAKER.has(fold(outside))) return null;
  return matchPersonName(inner);
}

/** A turn opened by a name already known to speak in the document ("Kim. …" after "(hereafter … Kim)"). */
export function matchNamedTurn(line: string, name: string): SpeakerMatch | null {
  const lead = /^\s*/.exec(line)![0].length;
  if (!line.startsWith(name, lead)) return null;
  const rest = /^([.:])\s+(?=\S)/u.exec(line.slice(lead + name.length));
  if (!rest) return null;
  const label = line.slice(lead, lead + name.length + 1);
  return { label, name, labelStart: lead, contentStart: lead + name.length + rest[0].length, ...(rest[1] === '.' ? { form: 'period' as const } : {}) };
}

/** A field label and its value ("Venue: Zhongnanhai", "Archival Signature: DY 30"): not speech, so it ends a turn. */
export function isFieldLine(line: string): boolean {
  const m = LABEL.exec(line);
  return !!m && NON_SPEAKER.has(fold(m[2]!));
}

/** "(hereafter shortened to Kim)", "[henceforth referred to as Ulbricht]", "(to be abbreviated as Zhou)". */
const ALIAS =
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- read on a label, at most 120 characters
  /[([]\s*(?:(?:hereafter|henceforth),?(?:\s+(?:referred\s+to|shortened|abbreviated|called|cited)(?:\s+(?:as|to))?|\s+(?:as|to))?|(?:to\s+be\s+)?abbreviated(?:\s+(?:as|to))?)\s+([^)\]]+?)\s*[)\]]/iu;

export function matchSpeaker(line: string): SpeakerMatch | null {
  const m = matchColonSpeaker(line) ?? matchPeriodSpeaker(line);
  const alias = m && ALIAS.exec(m.label)?.[1];
  return m && alias ? { ...m, alias } : m;
}

function matchColonSpeaker(line: string): SpeakerMatch | null {
  // A label ends in a colon within its first 130 characters; most lines have none there.
  const colon = line.indexOf(':');
  if (colon < 0 || colon > 130) return null;
  const m = LABEL.exec(line);
  if (!m) return null;
  const [whole, lead = '', rawWords = ''] = m;
  if (line.startsWith('//', whole.length)) return null; // a URL scheme, "https://…"
  const labelStart = lead.length;
  const colonEnd = whole.length;
  const label = line.slice(labelStart, colonEnd).replace(/\*/g, '');
  const contentStart = colonEnd + (/^\s*/u.exec(line.slice(colonEnd))?.[0].length ?? 0);

  const stageMatch = STAGE.exec(rawWords);
  // "North (KIM):", "Soviet side (Gromyko):": a side of the talks, its speaker's name in brackets.
  const side = stageMatch && sideSpeaker(rawWords.slice(0, stageMatch.index), stageMatch[1]!);
  if (side) return { label, labelStart, contentStart, ...side };
  const words = stageMatch ? rawWords.slice(0, stageMatch.index) : rawWords;
  const key = fold(words);
  // "[Additional] Participants:": the editor's word does not make a field label a speaker.
  if (key === '' || NON_SPEAKER.has(key) || NON_SPEAKER.has(fold(words.split(/[[\]]/).filter((_, k) => k % 2 === 0).join(' ')))) return null;

  const base = { label, labelStart, contentStart };
  const stage: Partial<SpeakerMatch> = {};
  if (stageMatch?.[1] !== undefined) {
    const inner = labelStart + stageMatch.index + stageMatch[0].indexOf('(') + 1;
    stage.stage = { start: inner, end: inner + stageMatch[1].length };
  }

  if (INTERVIEW.has(key)) {
    return { ...base, name: words.trim(), ...stage, review: `interview style label "${label}"` };
  }
  const titleOnly = matchTitleOnly(words);
  if (titleOnly !== null) {
    return { ...base, name: titleOnly, ...stage, role: true, review: `role label without a personal name "${label}"` };
  }
  const role = matchRole(words.trim().split(/\s+/));
  if (role !== null) {
    return { ...base, name: role, ...stage, role: true, review: `role label without a personal name "${label}"` };
  }
  const person = matchPersonName(words);
  return person ? { ...base, ...person, ...stage } : null;
}

/**
 * Turn labels inside a line, as copies of a PDF run a whole record of conversation together
 * ("… our side. Pham Van Dong: We agree. Mao Zedong: Good."): a label after the end of a sentence
 * (or after a dateline's year: "Beijing, 17 November 1968 Mao Zedong: …").
 * Returns where each label starts; the caller decides which names are certain enough.
 */
const INLINE_LABEL = /(?<=[.!?…"”’)\]\d]\s{1,3})(?=(?:\[?\p{Lu}[\p{L}.'’[\]-]*\s){0,5}\[?\p{Lu}[\p{L}'’[\]-]*(?:\s\(\p{Lu}[\p{L}'’ -]{0,40}\))?\s?:\s)/gu;

/** The period form inside a line: a name in capitals after initials ("… weather. O. DORTICOS. We …"). */
const INLINE_PERIOD_LABEL = /(?<=[.!?…"”’)\]]\s{1,3})(?=(?:\p{Lu}\.\s?){1,3}\p{Lu}{2}[\p{Lu}'’-]*\.\s+\p{Lu})/gu;

export function findInlineSpeakers(text: string): (SpeakerMatch & { at: number })[] {
  const found: (SpeakerMatch & { at: number })[] = [];
  const read = (label: RegExp, match: (line: string) => SpeakerMatch | null) => {
    for (const m of text.matchAll(label)) {
      const speaker = match(text.slice(m.index, m.index + 140));
      if (speaker && !speaker.review) found.push({ ...speaker, at: m.index });
    }
  };
  if (text.includes(': ')) read(INLINE_LABEL, matchColonSpeaker);
  read(INLINE_PERIOD_LABEL, matchPeriodSpeaker);
  return found.sort((a, b) => a.at - b.at);
}
