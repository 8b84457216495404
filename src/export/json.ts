/**
 * JSON from TEI: (1) `tree`, the TEI itself as nested {name, attrs, children}, lossless (it
 * converts back to the same TEI); (2) `data`, a view for other tools: metadata, persons with
 * variants, archival identifiers split into fields, citations, correspondence, utterances.
 */
import { children, descendants, isElement, textContent, type XElement, type XNode } from '../tei/xnode.js';
import { serialize, TEI_NS } from '../tei/serialize.js';
import { declaredEntities, find, path, teiDocuments, titleOf, type NamedEntity } from './documents.js';
import { render } from './text.js';
import { TOOL_VERSION } from '../version.js';

export const JSON_FORMAT = 'teikit-json/1';

export interface JsonExport {
  format: typeof JSON_FORMAT;
  generator: string;
  tree: XElement;
  data: DocumentData[];
}

export interface DocumentData {
  id: string;
  title: string;
  date?: { when: string; text: string; cert?: string };
  documentType?: string;
  summary?: string;
  languages: { ident: string; label: string }[];
  credits: { resp: string; names: string[] }[];
  citation?: string;
  urls: string[];
  identifiers: { role: 'primary' | 'alternative'; repository?: string; country?: string; settlement?: string; text: string; components: { type: string; value: string }[] }[];
  telegramNumbers: string[];
  printedSources: { title: string; editors: string[]; volume?: string; part?: string; place?: string; publisher?: string; date?: string; pages?: { from?: string; to?: string }; text?: string }[];
  correspondence: { type: string; persons: string[] }[];
  classification: string[];
  persons: Entity[];
  places: Entity[];
  organisations: Entity[];
  participants: string[];
  utterances: { who: string; speaker: string; text: string }[];
}

interface Entity {
  id: string;
  name: string;
  variants: string[];
}

export function exportJson(root: XElement): JsonExport {
  return { format: JSON_FORMAT, generator: `teikit ${TOOL_VERSION}`, tree: normalised(root, true), data: dataView(root) };
}

/** The data view alone: one record per document of the file (the corpus exports start from it). */
export function dataView(root: XElement): DocumentData[] {
  const declared = entityDeclarations(root);
  return teiDocuments(root).map((tei) => documentData(tei, declared));
}

/**
 * TEI text from an export (or its tree), white space exactly as in the tree: canonically equal to
 * the TEI text the export was read from, however that text was laid out.
 */
export function jsonToTei(json: JsonExport | XElement): string {
  return serialize('format' in json ? json.tree : json, { indent: false });
}

/**
 * The tree as a reader would give it back, so a tree built in memory and the same TEI read from a
 * file export alike: adjacent text joined, empty text dropped, and no TEI namespace declaration
 * (the format implies it; a reader keeps it as an attribute of the root).
 */
function normalised(e: XElement, root = false): XElement {
  const attrs = { ...e.attrs };
  if (root && attrs.xmlns === TEI_NS) delete attrs.xmlns;
  const out: XNode[] = [];
  for (const c of e.children) {
    const last = out.length - 1;
    if (isElement(c)) out.push(normalised(c));
    else if (typeof out[last] === 'string') out[last] += c;
    else if (c) out.push(c);
  }
  return { name: e.name, attrs, children: out };
}

/** The declared entities by kind, as the data view lists them. */
function entityDeclarations(root: XElement): { persons: Entity[]; places: Entity[]; organisations: Entity[] } {
  const all = [...declaredEntities(root).values()];
  const of = (kind: NamedEntity['kind']) => all.filter((e) => e.kind === kind).map(({ id, standard, variants }) => ({ id, name: standard, variants }));
  return { persons: of('person'), places: of('place'), organisations: of('org') };
}

function documentData(tei: XElement, declared: ReturnType<typeof entityDeclarations>): DocumentData {
  const header = children(tei, 'teiHeader')[0];
  const profile = path(header, 'profileDesc');
  const source = path(header, 'fileDesc', 'sourceDesc');
  const citation = source && children(source, 'bibl').find((b) => b.attrs.type === 'citation');
  // The document's own date (creation) first; a citation's date is the fallback for TEI made elsewhere.
  const dateEl = path(profile, 'creation', 'date') ?? (citation && find(citation, 'date'));
  const ms = find(source, 'msIdentifier');
  const identifiers: DocumentData['identifiers'] = [];
  if (ms) {
    identifiers.push(...location(ms, 'primary'));
    for (const alt of children(ms, 'altIdentifier')) if (alt.attrs.type === 'archival') identifiers.push(...location(alt, 'alternative'));
  }
  const text = children(tei, 'text')[0];
  const participants = profile ? descendants(profile).filter((e) => e.name === 'person' && e.attrs.sameAs).map((e) => e.attrs.sameAs!.slice(1)) : [];
  const summary = find(profile, 'abstract');
  const docType = profile && descendants(profile).find((e) => e.name === 'term' && e.attrs.type === 'documentType');
  return {
    id: tei.attrs['xml:id'] ?? '',
    title: titleOf(tei),
    ...(dateEl?.attrs.when ? { date: { when: dateEl.attrs.when, text: textContent(dateEl), ...(dateEl.attrs.cert ? { cert: dateEl.attrs.cert } : {}) } } : {}),
    ...(docType ? { documentType: textContent(docType) } : {}),
    ...(summary ? { summary: textContent(summary).trim() } : {}),
    languages: profile ? descendants(profile).filter((e) => e.name === 'language').map((l) => ({ ident: l.attrs.ident ?? '', label: textContent(l) })) : [],
    credits: children(path(header, 'fileDesc', 'titleStmt') ?? tei, 'respStmt').map((r) => ({ resp: textContent(children(r, 'resp')[0] ?? r), names: children(r, 'persName').map(textContent) })),
    ...(citation ? { citation: textContent(citation) } : {}),
    urls: citation ? descendants(citation).filter((e) => e.name === 'ref' && e.attrs.target).map((e) => e.attrs.target!) : [],
    identifiers,
    telegramNumbers: ms ? children(ms, 'altIdentifier').filter((a) => a.attrs.type === 'telegram').map((a) => textContent(a).trim()) : [],
    printedSources: source ? children(source, 'biblStruct').map(printed) : [],
    correspondence: profile ? descendants(profile).filter((e) => e.name === 'correspAction').map((a) => ({ type: a.attrs.type ?? '', persons: children(a, 'persName').map((p) => (p.attrs.ref ?? textContent(p)).replace(/^#/, '')) })) : [],
    classification: profile ? descendants(profile).filter((e) => e.name === 'term' && e.attrs.type === 'classification').map(textContent) : [],
    ...declared,
    participants,
    utterances: text ? descendants(text).filter((e) => e.name === 'sp').map(utterance) : [],
  };
}

function location(e: XElement, role: 'primary' | 'alternative'): DocumentData['identifiers'] {
  const idno = children(e, 'idno').find((i) => i.attrs.type === 'archival');
  if (!idno) return [];
  const field = (name: string) => children(e, name)[0];
  const value = (name: string) => {
    const f = field(name);
    return f ? { [name]: textContent(f) } : {};
  };
  return [
    {
      role,
      ...value('repository'),
      ...value('country'),
      ...value('settlement'),
      text: textContent(idno),
      components: children(idno, 'idno').map((c) => ({ type: c.attrs.type ?? '', value: textContent(c) })),
    },
  ];
}

function printed(b: XElement): DocumentData['printedSources'][number] {
  const monogr = children(b, 'monogr')[0] ?? b;
  const imprint = children(monogr, 'imprint')[0];
  const scope = (unit: string) => children(monogr, 'biblScope').find((s) => s.attrs.unit === unit);
  const opt = (key: string, e: XElement | undefined) => (e && textContent(e) ? { [key]: textContent(e) } : {});
  const pages = scope('page');
  const citation = children(b, 'note').find((n) => n.attrs.type === 'citation');
  return {
    title: textContent(children(monogr, 'title')[0] ?? monogr),
    editors: children(monogr, 'editor').map(textContent),
    ...opt('volume', scope('volume')),
    ...opt('part', scope('part')),
    ...opt('place', imprint && children(imprint, 'pubPlace')[0]),
    ...opt('publisher', imprint && children(imprint, 'publisher')[0]),
    ...opt('date', imprint && children(imprint, 'date')[0]),
    ...(pages ? { pages: { ...(pages.attrs.from ? { from: pages.attrs.from } : {}), ...(pages.attrs.to ? { to: pages.attrs.to } : {}) } } : {}),
    ...opt('text', citation),
  };
}

function utterance(sp: XElement): DocumentData['utterances'][number] {
  return {
    who: (sp.attrs.who ?? '').replace(/^#/, ''),
    speaker: textContent(children(sp, 'speaker')[0] ?? sp).trim(),
    text: children(sp, 'p').map(render).join('\n\n'),
  };
}
