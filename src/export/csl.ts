/**
 * CSL-JSON for the corpus: one item per document, as Zotero, citation.js and every CSL processor
 * read it. An archival document is a `manuscript` with its archive, archive place and location
 * (the split identifier: "f. 45, op. 1, d. 330"); the digital archive is the container.
 */
import csl from '../data/csl.json' with { type: 'json' };
import components from '../data/archival-components.json' with { type: 'json' };
import type { Corpus, CorpusDocument } from './corpus.js';
import type { DocumentData } from './json.js';

type Name = { literal: string };

export interface CslItem {
  id: string;
  type: string;
  title: string;
  genre?: string;
  issued?: { 'date-parts': number[][] };
  author?: Name[];
  recipient?: Name[];
  translator?: Name[];
  contributor?: Name[];
  archive?: string;
  'archive-place'?: string;
  archive_location?: string;
  'container-title'?: string;
  URL?: string;
  abstract?: string;
  language?: string;
  note?: string;
}

type NameRole = 'author' | 'recipient' | 'translator' | 'contributor';
const ROLES: Record<string, NameRole> = csl.roles as Record<string, NameRole>;
const ABBREVIATIONS: Record<string, string> = components.components;

export function exportCsl(corpus: Corpus): CslItem[] {
  return corpus.documents.map((d) => item(d, corpus));
}

function item(d: CorpusDocument, corpus: Corpus): CslItem {
  const names: Record<NameRole, string[]> = { author: [], recipient: [], translator: [], contributor: [] };
  const personName = (ref: string) => corpus.persons.get(ref)?.name ?? ref;
  const identified: string[] = [];
  for (const action of d.correspondence) {
    const role = action.type === 'sent' ? 'author' : action.type === 'received' ? 'recipient' : undefined;
    if (!role) continue;
    names[role].push(...action.persons.map(personName));
    for (const ref of action.persons) identified.push(...(corpus.persons.get(ref)?.authority ?? []).map((uri) => `${personName(ref)} ${uri}`));
  }
  for (const credit of d.credits) {
    const role = ROLES[credit.resp];
    if (role) names[role].push(...credit.names);
  }
  const [primary, ...others] = d.identifiers;
  const [text, ...originals] = d.languages;
  const notes = [
    ...originals.map((l) => `Translated from ${languageName(l.label)}.`),
    ...others.map((o) => `Also held at ${[o.repository, location(o)].filter(Boolean).join(', ')}.`),
    // A CSL name has no field for a URI, so the authors' and recipients' records are named in the note.
    ...(identified.length ? [`Authority records: ${[...new Set(identified)].join('; ')}.`] : []),
  ];
  const issued = d.date ? dateParts(d.date.when) : undefined;
  return {
    id: d.key,
    type: csl.type,
    title: d.title,
    ...(d.documentType ? { genre: d.documentType.charAt(0).toUpperCase() + d.documentType.slice(1) } : {}),
    ...(issued ? { issued } : {}),
    ...nameFields(names),
    ...(primary?.repository ? { archive: primary.repository } : {}),
    ...(primary?.settlement ? { 'archive-place': primary.settlement } : {}),
    ...(primary ? { archive_location: location(primary) } : {}),
    ...(d.digitalArchive ? { 'container-title': d.digitalArchive } : {}),
    ...(d.urls[0] ? { URL: d.urls[0] } : {}),
    ...(d.summary ? { abstract: d.summary } : {}),
    ...(text ? { language: text.ident } : {}),
    ...(notes.length ? { note: notes.join(' ') } : {}),
  };
}

function nameFields(names: Record<NameRole, string[]>): Partial<Record<NameRole, Name[]>> {
  const out: Partial<Record<NameRole, Name[]>> = {};
  // Names as written, never split into given and family: "Mao Zedong" has no given name first.
  for (const [role, list] of Object.entries(names) as [NameRole, string[]][]) if (list.length) out[role] = [...new Set(list)].map((literal) => ({ literal }));
  return out;
}

/** "f. 45, op. 1, d. 330, ll. 15-21" from the components; the whole string when it was not split. */
export function location(id: DocumentData['identifiers'][number]): string {
  if (!id.components.length) return id.text.trim();
  return id.components.map((c) => `${ABBREVIATIONS[c.type] ?? c.type} ${c.value}`).join(', ');
}

function dateParts(when: string): CslItem['issued'] {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(when);
  return parts ? { 'date-parts': [parts.slice(1).filter(Boolean).map(Number)] } : undefined;
}

/** "Russian (original)" → "Russian": the TEI label says the role the CSL note states in words. */
function languageName(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '').trim();
}
