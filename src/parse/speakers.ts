/**
 * Which speaker labels stand for a person, and which person: the credibility of a label, roles,
 * declared short names, and turns a flattened copy ran onto one line. Works on the body's
 * classified units (src/parse/body.ts), before blocks are assembled.
 */
import type { ReportBuilder } from '../diagnostics/report.js';
import type { Classified } from './line-kinds.js';
import type { Unit } from './units.js';
import { findInlineSpeakers, matchNamedTurn, matchPersonName, type SpeakerMatch } from '../rules/speaker.js';
import { lookupEntity } from '../rules/gazetteer.js';
import { escapeRegExp } from '../rules/text.js';
import { isEnglishWord } from '../rules/english-words.js';
import { linePiece, linePosition } from './lines.js';
import labels from '../data/labels.json' with { type: 'json' };

/**
 * A copy that ran a record of conversation onto one line is cut at its turn labels, where the
 * names are certain: a title, a person of the gazetteer, a label that recurs in the line, or a name
 * the page (`named`) or the line before the label gives.
 */
export function splitInlineTurns(units: Unit[], named: string, report: ReportBuilder): Unit[] {
  return units.flatMap((u) => {
    const line = u.lines[0]!;
    if (u.lines.length !== 1 || u.text.length < 200) return [u];
    const found = findInlineSpeakers(u.text);
    const count = new Map<string, number>();
    for (const l of found) count.set(l.name, (count.get(l.name) ?? 0) + 1);
    // Certain: a title, a known person, a recurring label, or a name the page or the line before the label gives.
    const certain = (l: (typeof found)[number]) =>
      !!l.title || lookupEntity(l.name)?.kind === 'person' || (count.get(l.name) ?? 0) > 1 || namedIn(named, l.name) || namedIn(u.text.slice(0, l.at), l.name.replace(/[[\]]/g, ''));
    const cuts = found.filter(certain).map((l) => l.at);
    if (cuts.length === 0) return [u];
    report.review(linePosition(line, u.indent), 'speaker', `${cuts.length} turns written inline in one line were set apart`);
    return [0, ...cuts]
      .map((start, k) => [start, cuts[k] ?? u.text.length] as const)
      .filter(([start, end]) => u.text.slice(start, end).trim())
      .map(([start, end]): Unit => {
        const piece = linePiece(line, u.indent + start, u.indent + end);
        return { text: piece.text.trim(), lines: [piece], afterBlank: true, indent: 0 };
      });
  });
}

/** `name` stands as a word (not as a label) in `text`. */
const namedIn = (text: string, name: string): boolean => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}:])`, 'iu').test(text);

const INITIALS = /^(?:\p{Lu}\.\s?)+\p{Lu}/u;

/** "KGB:", "MfS:": letters of an institution's name, no vowel among them; a person's name in capitals has one ("KIM:"). */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[^\W\d_AEIOUYaeiouy]{2,6}$/u;

/** "Issuing Authority:", "Accompanying Persons:": several words of the language, no name among them (nor one an editor supplied: "Soviet Ambassador [S.V. Chervonenko]:"). */
function wordsOfTheLanguage(m: SpeakerMatch): boolean {
  const words = m.name.split(/\s+/);
  return words.length > 1 && !m.label.includes('[') && words.every(isEnglishWord);
}

/** Words of institutions ("Central Committee", "Foreign Ministry"): a label holding one addresses a body, it does not name a speaker. */
const INSTITUTION_WORDS = new Set(labels.notNameAfterTitle);

/**
 * A label is a speaker's when it names a person: the gazetteer's, one with a title ("Comrade X"),
 * a name of two words or more, or a single word that labels two turns or more or that the page or
 * the lines before the first turn name. A single unknown word standing once ("Venue:", "Status:")
 * is a field label, and so are words of the language that hold no name ("Issuing Authority:"):
 * a wrong speaker is worse than none. Roles, declared short names and surnames
 * of fuller labels resolve to their person; a role no single person holds ("Chairman:") labels
 * turns that name no one where it recurs, and is text where it stands once. `page`: what the page says before the text (title, summary).
 */
export function credibleSpeakers(units: Classified[], page: string, report: ReportBuilder): Classified[] {
  const key = (m: SpeakerMatch) => m.name.toLowerCase();
  const count = new Map<string, number>();
  for (const u of units) if (u.k.kind === 'speaker') count.set(key(u.k.match), (count.get(key(u.k.match)) ?? 0) + 1);
  // Who the document names before its first turn: its title, the lists of those present (a field label is no turn).
  const firstTurn = units.findIndex((u) => u.k.kind === 'speaker' && !wordsOfTheLanguage(u.k.match));
  const named = [page, ...units.slice(0, Math.max(firstTurn, 0)).map((u) => u.text)].join(' ');
  const introduced = (m: SpeakerMatch) => namedIn(named, m.name);
  const holders = roleHolders(units, named);
  // Short names declared in a label ("… (hereafter shortened to Kim):") stand for that person in later labels.
  const aliases = new Map<string, string>();
  for (const u of units) if (u.k.kind === 'speaker' && u.k.match.alias) aliases.set(u.k.match.alias.toLowerCase(), u.k.match.name);
  // A one-word label that is the first or last word of exactly one fuller speaker name ("Pak:" after
  // "Pak Geum-cheol:", "Ulbricht:" after "Walter Ulbricht:") is that speaker, unless the gazetteer knows the word.
  const fuller = new Map<string, Set<string>>();
  for (const u of units) {
    if (u.k.kind !== 'speaker' || u.k.match.role) continue;
    const words = u.k.match.name.split(/\s+/);
    if (words.length > 1) for (const w of [words[0]!, words[words.length - 1]!]) fuller.set(w.toLowerCase(), (fuller.get(w.toLowerCase()) ?? new Set()).add(u.k.match.name));
  }
  const unalias = (m: SpeakerMatch): SpeakerMatch => {
    const key = m.name.toLowerCase();
    const declared = !m.alias && aliases.get(key);
    const names = !declared && !m.name.includes(' ') && !lookupEntity(m.name) ? fuller.get(key) : undefined;
    const full = declared || (names?.size === 1 ? [...names][0] : undefined);
    return full ? { ...m, name: full, shortName: m.name } : m;
  };
  const credible = (m: SpeakerMatch): boolean => {
    if (m.role) return false;
    if (m.review) return true;
    if (m.name.split(/\s+/).some((w) => INSTITUTION_WORDS.has(w))) return false;
    const known = lookupEntity(m.name);
    if (known) return known.kind === 'person';
    if (wordsOfTheLanguage(m) || ACRONYM.test(m.name)) return false;
    const repeated = (count.get(key(m)) ?? 0) > 1;
    // "TOP SECRET. The …" has the period form's shape: an unknown name there must label more than
    // one turn, or carry initials ("O. DORTICOS.") and be named before the first turn.
    if (m.form === 'period') return repeated || (INITIALS.test(m.label) && introduced(m));
    return !!m.title || m.name.split(/\s+/).length > 1 || repeated || introduced(m);
  };
  return units.map((u) => {
    if (u.k.kind === 'paragraph') {
      // A short name in the period form ("Kim. …") speaks once a label has declared it.
      const lead = u.text.trimStart();
      const alias = [...aliases.keys()].find((a) => lead.toLowerCase().startsWith(a));
      const turn = alias && matchNamedTurn(u.text, lead.slice(0, alias.length));
      return turn ? { ...u, k: { kind: 'speaker', match: unalias(turn) } } : u;
    }
    if (u.k.kind !== 'speaker') return u;
    const m = unalias(u.k.match);
    if (credible(m)) return m === u.k.match ? u : { ...u, k: { kind: 'speaker', match: m } };
    if (m.role) {
      const holder = holders(m.name);
      if (holder) {
        report.review(u.pos, 'speaker', `role label "${m.label}" stands for ${holder}, the one person the document gives that role`);
        return { ...u, k: { kind: 'speaker', match: { ...m, name: holder, role: undefined } } };
      }
      // A role no one holds labels turns only where it recurs: once, "Chairman: …" may head a list of those present.
      if ((count.get(key(m)) ?? 0) > 1) {
        report.review(u.pos, 'speaker', `role label "${m.label}": the document gives that role to no single person; the turn names no one`);
        return u;
      }
      report.review(u.pos, 'speaker', `role label "${m.label}": the document gives that role to no single person; left as text`);
    } else report.review(u.pos, 'speaker', `"${m.label}" is read as a label, not a speaker: it names no known person and labels one turn only`);
    return { ...u, k: { kind: 'paragraph' } };
  });
}

/**
 * Who holds a role ("Premier", "President") in a document: the names that other labels, the title
 * or the lines before the first turn give after it ("Premier Zhou Enlai:", "… between Chairman Mao
 * and …"). Exactly one, or none.
 */
function roleHolders(units: Classified[], named: string): (role: string) => string | undefined {
  const labelled = units.flatMap((u) => (u.k.kind === 'speaker' && u.k.match.title && !u.k.match.role ? [{ title: u.k.match.title, name: u.k.match.name }] : []));
  return (role) => {
    const key = role.replace(/^the\s+/i, '').toLowerCase();
    const names = new Set(labelled.filter((l) => l.title.toLowerCase().split(/\s+/).includes(key)).map((l) => l.name));
    // The role in any case, the name after it capitalised (so no "i" flag, which would let \p{Lu} match any letter).
    const anyCase = escapeRegExp(key).replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
    for (const m of named.matchAll(new RegExp(`(?<![\\p{L}])${anyCase}\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s?){1,4})`, 'gu'))) {
      // The longest run of words the gazetteer knows ("Zhou Enlai"), else the first ("Ambassador Huang Meets with …").
      const words = m[1]!.trim().replace(/['’]s$/u, '').split(/\s+/);
      const known = words.map((_, k) => lookupEntity(words.slice(0, words.length - k).join(' '))).find((e) => e?.kind === 'person');
      const person = known ? { name: known.name } : matchPersonName(words[0]!.replace(/['’]s$/u, ''));
      if (person) names.add(person.name);
    }
    const ids = new Set([...names].map((n) => lookupEntity(n)?.id ?? n.toLowerCase()));
    return ids.size === 1 ? [...names][0] : undefined;
  };
}
