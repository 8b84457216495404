/**
 * The TEI writer: the document model in, TEI P5 out, following ENCODING.md.
 * Deterministic: nothing here reads the clock or depends on iteration order of hashes.
 */
import type {
  ArchivalIdentifier,
  Block,
  Correspondence,
  Entity,
  Header,
  Inline,
  LetterPart,
  PageRecord,
  Phrase,
  PrintedSource,
  SourceConversion,
  TeiDocument,
} from '../model/document.js';
import { el, type XElement, type XNode } from './xnode.js';
import { serialize } from './serialize.js';
import { CHECKSUM_PLACEHOLDER, stampChecksum } from './checksum.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { authoritiesOf } from './authority.js';

export function writeTei(conversion: SourceConversion): string {
  return stampChecksum(serialize(teiTree(conversion)));
}

/** The TEI tree of a conversion: one TEI, or a teiCorpus for several documents. */
export function teiTree(conversion: SourceConversion): XElement {
  const [only] = conversion.documents;
  if (conversion.documents.length === 1 && only) {
    return el('TEI', { 'xml:id': only.id, 'xml:lang': 'en' }, header(only.header, conversion, only.header.entities), text(only));
  }
  const entities = mergeEntities(conversion.documents.map((d) => d.header.entities));
  const title = conversion.collectionTitle ?? conversion.documents.map((d) => d.header.title).join('; ');
  return el(
    'teiCorpus',
    { 'xml:id': conversion.id, 'xml:lang': 'en' },
    corpusHeader(title, conversion, entities),
    conversion.documents.map((d) => el('TEI', { 'xml:id': d.id }, header(d.header, conversion), text(d))),
  );
}

function corpusHeader(title: string, conversion: SourceConversion, entities: Entity[]): XElement {
  return el(
    'teiHeader',
    {},
    el('fileDesc', {}, el('titleStmt', {}, el('title', {}, title)), publicationStmt(conversion, true), el('sourceDesc', {}, el('p', {}, `A collection of ${conversion.documents.length} archival documents transcribed in one source file.`))),
    encodingDesc(conversion),
    entities.length > 0 && el('profileDesc', {}, entityLists(entities)),
  );
}

/** A document's header; `declare` holds the entities to declare here (a single TEI declares its own). */
function header(h: Header, conversion: SourceConversion, declare?: Entity[]): XElement {
  return el(
    'teiHeader',
    {},
    el(
      'fileDesc',
      {},
      el(
        'titleStmt',
        {},
        el('title', {}, h.title),
        h.author && el('author', {}, h.author),
        h.credits.map((c) => el('respStmt', {}, el('resp', {}, c.resp), c.names.map((n) => el('persName', {}, n)))),
        h.funders.map((f) => el('funder', {}, f)),
      ),
      publicationStmt(conversion, declare !== undefined),
      sourceDesc(h),
    ),
    declare ? encodingDesc(conversion) : undefined,
    profileDesc(h, declare),
  );
}

/** `outermost` headers carry the checksum that tells hand edits apart. */
function publicationStmt(conversion: SourceConversion, outermost: boolean): XElement {
  return el(
    'publicationStmt',
    {},
    el('publisher', {}, TOOL_NAME),
    el('idno', { type: 'source' }, conversion.sourceName),
    outermost && el('idno', { type: 'checksum' }, CHECKSUM_PLACEHOLDER),
    el('availability', {}, el('p', {}, 'Converted from the transcript named above; the rights of the source apply.')),
  );
}

function sourceDesc(h: Header): XElement {
  const [first, ...others] = h.identifiers;
  const parts = [
    (h.citation || h.record) && el('bibl', { type: 'citation' }, h.citation ? inlines(h.citation.children) : [], h.record && pageRecord(h.record)),
    // A manuscript description needs the archive; a telegram's number alone does not make one.
    first &&
      el(
        'msDesc',
        {},
        el(
          'msIdentifier',
          {},
          location(first),
          (h.correspondence?.numbers ?? []).map((n) => el('altIdentifier', { type: 'telegram' }, el('idno', { type: 'telegram' }, n))),
          others.map((o) => el('altIdentifier', { type: 'archival' }, location(o))),
        ),
      ),
    ...h.printedSources.map(biblStruct),
  ].filter((x): x is XElement => !!x);
  // Nothing is invented where none was recognised; nor is an absence claimed that the page may contradict.
  return el('sourceDesc', {}, parts.length ? parts : el('p', {}, 'teikit recognised neither a citation nor an archival location or printed edition in the source file; the conversion report lists what it could not read.'));
}

/** The archive's record of its page, inside the citation: Record ID, upload date, rights. */
function pageRecord(r: PageRecord): XNode[] {
  return [
    r.id && el('idno', { type: 'record' }, r.id),
    r.uploaded && el('date', { type: 'uploaded', when: r.uploaded.when }, r.uploaded.text),
    r.rights.length > 0 && el('availability', {}, r.rights.map((p) => el('p', {}, p))),
  ].filter((x): x is XElement => !!x);
}

/** country, settlement, repository and the archival idno with its components. */
function location(id: ArchivalIdentifier): XNode[] {
  return [
    id.archive && el('country', {}, id.archive.country),
    id.archive && el('settlement', {}, id.archive.settlement),
    el('repository', {}, id.archive?.name ?? id.acronym),
    archivalIdno(id),
  ].filter((x): x is XElement => !!x);
}

/** The archival string kept whole, its components tagged in place. */
function archivalIdno(id: ArchivalIdentifier): XElement {
  const children: XNode[] = [];
  let at = 0;
  for (const c of id.components) {
    if (c.offset < at || id.text.slice(c.offset, c.offset + c.value.length) !== c.value) continue;
    if (c.offset > at) children.push(id.text.slice(at, c.offset));
    children.push(el('idno', { type: c.type }, c.value));
    at = c.offset + c.value.length;
  }
  if (at < id.text.length) children.push(id.text.slice(at));
  return el('idno', { type: 'archival' }, children);
}

function biblStruct(s: PrintedSource): XElement {
  const imprint = [
    s.place && el('pubPlace', {}, s.place),
    s.publisher && el('publisher', {}, s.publisher),
    s.date && el('date', { when: /^\d{4}$/.test(s.date) ? s.date : undefined }, s.date),
  ].filter(Boolean);
  return el(
    'biblStruct',
    {},
    el(
      'monogr',
      {},
      s.editors.map((e) => el('editor', {}, e)),
      el('title', { level: 'm' }, s.title),
      el('imprint', {}, imprint.length ? imprint : el('date', {})),
      s.volume && el('biblScope', { unit: 'volume' }, s.volume),
      s.part && el('biblScope', { unit: 'part' }, s.part),
      s.pages && el('biblScope', { unit: 'page', from: s.pages.from, to: s.pages.to ?? s.pages.from }, s.pages.to ? `${s.pages.from}-${s.pages.to}` : s.pages.from),
    ),
    s.note && el('note', {}, s.note),
    el('note', { type: 'citation' }, s.text),
  );
}

/** The page's subject terms point to this taxonomy, declared once in the file that uses it. */
const SUBJECTS_TAXONOMY = 'source-subjects';

function encodingDesc(conversion: SourceConversion): XElement {
  const subjects = conversion.documents.some((d) => d.header.subjects.length > 0);
  return el(
    'encodingDesc',
    {},
    subjects &&
      el(
        'classDecl',
        {},
        el('taxonomy', { 'xml:id': SUBJECTS_TAXONOMY }, el('desc', {}, 'The digital archive’s subject terms of the page: associated people, organisations, places and topics, as written.')),
      ),
    el(
      'editorialDecl',
      {},
      el(
        'p',
        {},
        'Square brackets of the transcript are the translator’s or editor’s: identifications and glosses are encoded as supplied with reason explanation, implied words as supplied with reason subaudible, expansions as expan/ex, omissions and signatures as gap. Parentheses and slashes are the original’s, except archival notes. Bracket characters are not kept in content; renderers restore them.',
      ),
    ),
    el('appInfo', {}, el('application', { ident: TOOL_NAME, version: TOOL_VERSION }, el('label', {}, TOOL_NAME))),
  );
}

function profileDesc(h: Header, declare?: Entity[]): XElement {
  const keywords = [
    h.docType && el('term', { type: 'documentType' }, h.docType),
    ...h.classification.map((c) => el('term', { type: 'classification' }, c)),
  ].filter((k): k is XElement => !!k);
  const declared = declare ? entityLists(declare) : [];
  const participants = h.participants.length > 0 && el('listPerson', { type: 'participants' }, h.participants.map((p) => el('person', { sameAs: `#${p}`, role: 'participant' })));
  // Participants point to the declarations, which a corpus keeps in its own header.
  let partic = declared.find((d) => d.name === 'particDesc');
  if (participants) {
    partic ??= el('particDesc', {});
    partic.children.push(participants);
  }
  return el(
    'profileDesc',
    {},
    h.summary && el('abstract', {}, el('p', {}, h.summary)),
    h.date && el('creation', {}, el('date', { when: h.date.when, cert: h.date.cert }, h.date.text)),
    el(
      'langUsage',
      {},
      el('language', { ident: 'en' }, 'English (translation)'),
      h.originalLanguage && el('language', { ident: h.originalLanguage.ident }, `${h.originalLanguage.name} (original)`),
    ),
    (keywords.length > 0 || h.subjects.length > 0) &&
      el(
        'textClass',
        {},
        keywords.length > 0 && el('keywords', {}, keywords),
        h.subjects.length > 0 && el('keywords', { scheme: `#${SUBJECTS_TAXONOMY}` }, h.subjects.map((t) => el('term', { type: t.type }, t.term))),
      ),
    h.correspondence && h.correspondence.actions.length > 0 && correspDesc(h.correspondence, h),
    partic,
    declared.find((d) => d.name === 'settingDesc'),
  );
}

function correspDesc(c: Correspondence, h: Header): XElement {
  const name = (id: string) => h.entities.find((e) => e.id === id)?.name ?? id;
  return el(
    'correspDesc',
    {},
    c.actions.map((a) => el('correspAction', { type: a.type }, a.persons.map((p) => el('persName', { ref: `#${p}` }, name(p))))),
  );
}

/** particDesc (persons, organisations) and settingDesc (places) declaring entities, persons and places with their verified authority identifiers. */
function entityLists(entities: Entity[]): XElement[] {
  const of = (kind: Entity['kind']) => entities.filter((e) => e.kind === kind);
  const names = (e: Entity, tag: string) => [el(tag, { type: 'standard' }, e.name), ...e.variants.filter((v) => v !== e.name).map((v) => el(tag, { type: 'variant' }, v))];
  // Only the gazetteer's own entities: an unknown name's id is made from its words and identifies nothing.
  const idnos = (e: Entity) => (e.unknown ? [] : authoritiesOf(e.id).map((a) => el('idno', { type: a.scheme }, a.uri)));
  const persons = of('person').map((e) => el('person', { 'xml:id': e.id }, names(e, 'persName'), idnos(e)));
  const orgs = of('org').map((e) => el('org', { 'xml:id': e.id }, names(e, 'orgName')));
  const places = of('place').map((e) => el('place', { 'xml:id': e.id }, names(e, 'placeName'), idnos(e)));
  return [
    (persons.length > 0 || orgs.length > 0) && el('particDesc', {}, persons.length > 0 && el('listPerson', {}, persons), orgs.length > 0 && el('listOrg', {}, orgs)),
    places.length > 0 && el('settingDesc', {}, el('listPlace', {}, places)),
  ].filter((x): x is XElement => !!x);
}

function mergeEntities(lists: Entity[][]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of lists.flat()) {
    const have = byId.get(e.id);
    if (!have) byId.set(e.id, { ...e, variants: [...e.variants] });
    else for (const v of e.variants) if (!have.variants.includes(v)) have.variants.push(v);
  }
  return [...byId.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

function text(doc: TeiDocument): XElement {
  return el('text', {}, el('body', {}, doc.body.length ? doc.body.map(block) : el('p', {}, el('gap', { reason: 'editorial' }))), doc.back.length ? el('back', {}, doc.back.map(block)) : undefined);
}

function block(b: Block): XElement {
  switch (b.kind) {
    case 'p':
      return el('p', {}, inlines(b.children));
    case 'head':
      return el('head', {}, inlines(b.children));
    case 'sp':
      return el('sp', b.who === undefined ? {} : { who: `#${b.who}` }, el('speaker', {}, b.speaker), b.paragraphs.map((p) => el('p', {}, inlines(p.children))));
    case 'list':
      return el('list', { type: 'ordered' }, b.items.map((i) => el('item', { n: i.n }, inlines(i.children))));
    case 'opener':
    case 'closer':
      return el(b.kind, {}, b.parts.map(letterPart));
    case 'note':
      return el('note', { type: b.type, 'xml:id': b.id, n: b.n }, inlines(b.children));
    case 'div':
      return el('div', { type: b.type, n: b.n }, b.head && head(b.head), b.blocks.map(block));
    case 'floatingText':
      return el('floatingText', { type: b.type }, el('body', {}, b.blocks.map(block)));
    case 'bibl':
      return el('bibl', {}, inlines(b.children));
  }
}

function head(p: Phrase): XElement {
  return el('head', {}, inlines(p.children));
}

function letterPart(p: LetterPart): XNode[] {
  switch (p.kind) {
    case 'note':
      return [el('note', { type: p.type }, inlines(p.children))];
    case 'phrase':
      return inlines(p.children);
    default:
      return [el(p.kind, {}, inlines(p.children))];
  }
}

const NAME_ELEMENT = { person: 'persName', place: 'placeName', org: 'orgName' } as const;

export function inlines(nodes: Inline[]): XNode[] {
  return nodes.map(inline);
}

function inline(n: Inline): XNode {
  switch (n.kind) {
    case 'text':
      return n.value;
    case 'supplied':
      return el('supplied', { reason: n.reason, cert: n.cert }, inlines(n.children));
    case 'expan':
    case 'ex':
    case 'stage':
    case 'title':
    case 'num':
    case 'citedRange':
      return el(n.kind === 'stage' ? 'stage' : n.kind, n.kind === 'stage' ? { type: 'delivery' } : {}, inlines(n.children));
    case 'gap':
      // Parentheses of an archival note ("(illegible signature)") are recorded so renderers restore them.
      return el('gap', { reason: n.reason, cert: n.cert, rend: n.delimiter === 'round' ? 'parens' : undefined }, n.desc && el('desc', {}, n.desc));
    case 'foreign':
      return el('foreign', { 'xml:lang': n.lang }, inlines(n.children));
    case 'editorialNote':
      return el('note', { type: 'editorial' }, inlines(n.children));
    case 'incident':
    case 'space':
      return el(n.kind, {}, el('desc', {}, n.desc));
    case 'sic':
      return el('sic', {}, inlines(n.children));
    case 'add':
      return el('add', { rend: 'handwritten' }, inlines(n.children));
    case 'name':
      return el(NAME_ELEMENT[n.type], { ref: n.ref && `#${n.ref}` }, inlines(n.children));
    case 'date':
      return el('date', { when: n.when, cert: n.cert }, inlines(n.children));
    case 'hi':
      return el('hi', { rend: n.rend }, inlines(n.children));
    case 'noteRef':
      // A marker whose note the source does not give keeps its number but points nowhere.
      return el('ref', { type: 'noteAnchor', target: n.target ? `#${n.target}` : undefined }, n.n);
    case 'idno':
      return el('idno', { type: n.type }, inlines(n.children));
    case 'ref':
      return el('ref', { target: n.target }, inlines(n.children));
    case 'pb':
      return el('pb', {});
  }
}
