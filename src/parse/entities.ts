/**
 * Resolves who and what a document names: speakers, participants, correspondents and every
 * tagged name, into one list of entities per document (standard name plus every spelling).
 */
import type { Block, Correspondence, CorrespAction, Entity, EntityKind, Inline, LetterPart, TeiDocument } from '../model/document.js';
import type { ReportBuilder } from '../diagnostics/report.js';
import type { BodyFacts } from './body.js';
import type { NameWithGloss } from '../rules/correspondence.js';
import { parseCorrespondence } from '../rules/correspondence.js';
import { entityById, lookupEntity } from '../rules/gazetteer.js';
import { findNames } from '../rules/names.js';
import { slug } from '../util/slug.js';

export class EntityIndex {
  private readonly byId = new Map<string, Entity>();

  /** Records a spelling of a known entity, or of an unknown one (which gets a slug id). */
  note(id: string, spelling: string, kind: EntityKind = 'person'): string {
    const known = entityById(id);
    let e = this.byId.get(id);
    if (!e) {
      e = known ? { id, kind: known.kind, name: known.name, variants: [...known.variants] } : { id, kind, name: spelling, variants: [spelling], unknown: true };
      this.byId.set(id, e);
    }
    const clean = spelling.replace(/\s+/g, ' ').trim();
    if (clean && !e.variants.includes(clean)) e.variants.push(clean);
    return id;
  }

  /** The id of a name as written, looking it up in the gazetteer first. */
  resolve(name: string, gloss?: string): string {
    const entity = lookupEntity(name) ?? (gloss ? lookupEntity(gloss) : undefined);
    if (entity) return this.note(entity.id, name, entity.kind);
    return this.note(`person-${slug(name)}`, name);
  }

  isUnknown(id: string): boolean {
    return this.byId.get(id)?.unknown === true;
  }

  list(): Entity[] {
    return [...this.byId.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  }
}

/** Fills speaker ids, participants, correspondence and the entity list of a parsed document. */
export function resolveEntities(doc: TeiDocument, facts: BodyFacts, report: ReportBuilder): void {
  const index = new EntityIndex();
  const participants = new Set<string>();
  forEachBlock(doc.body, (b) => {
    if (b.kind !== 'sp' || b.who === undefined) return;
    const id = index.resolve(b.who);
    if (b.alias) index.note(id, b.alias);
    b.who = id;
    participants.add(id);
    if (index.isUnknown(id)) report.review(b.pos, 'speaker', `speaker "${b.speaker}" is not in the gazetteer; declared as ${id}`);
  });
  // Those listed as present, and, in a record of conversation, those its title names.
  const presentLines = [...facts.participantLines.map((l) => l.text), ...(doc.header.docType === 'record of conversation' ? [doc.header.title] : [])];
  for (const text of presentLines) for (const n of findNames(text)) if (n.entity.kind === 'person') participants.add(index.note(n.entity.id, n.text));
  forEachBlock([...doc.body, ...doc.back], (block) =>
    walkInlines(block, (node) => {
      if (node.kind === 'name' && node.ref) index.note(node.ref, textOf(node.children), node.type);
    }),
  );
  if (doc.header.citation) {
    eachInline(doc.header.citation.children, (node) => {
      if (node.kind === 'name' && node.ref) index.note(node.ref, textOf(node.children), node.type);
    });
  }

  const correspondence = correspondenceOf(doc.header.title, doc.header.docType, index);
  if (correspondence) {
    doc.header.correspondence = correspondence;
    if (correspondence.numbers.length && !doc.header.identifiers.length) {
      report.review(undefined, 'header/telegram-number', `telegram number ${correspondence.numbers.join(', ')} stays in the title only: without an archive there is no msIdentifier to hold it`);
    }
    for (const a of correspondence.actions) for (const p of a.persons) participants.add(p);
  }
  doc.header.participants = [...participants].sort();
  doc.header.entities = index.list();
}

function correspondenceOf(title: string, docType: string | undefined, index: EntityIndex): Correspondence | undefined {
  if (!docType || !/telegram|letter|report/.test(docType)) return undefined;
  const m = parseCorrespondence(title);
  const id = (n: NameWithGloss) => index.resolve(n.name, n.gloss);
  const actions: CorrespAction[] = [];
  if (m.transmitted) {
    actions.push({ type: 'sent', persons: [id(m.transmitted.sender)] });
    if (m.sender && m.addressee) actions.push({ type: 'transmitted', persons: [id(m.sender), id(m.addressee)] });
    actions.push({ type: 'received', persons: [id(m.transmitted.addressee)] });
  } else if (m.sender && m.addressee) {
    actions.push({ type: 'sent', persons: [id(m.sender)] }, { type: 'received', persons: [id(m.addressee)] });
  }
  if (!actions.length && !m.numbers.length) return undefined;
  return { actions, numbers: m.numbers };
}

export function forEachBlock(blocks: Block[], visit: (b: Block) => void): void {
  for (const b of blocks) {
    visit(b);
    if (b.kind === 'div' || b.kind === 'floatingText') forEachBlock(b.blocks, visit);
  }
}

/** Visits every inline node of a block's own content (not of the blocks inside it: see forEachBlock). */
export function walkInlines(block: Block, visit: (node: Inline) => void): void {
  const each = (nodes: Inline[]) => eachInline(nodes, visit);
  const parts = (ps: LetterPart[]) => ps.forEach((p) => each(p.children));
  switch (block.kind) {
    case 'sp':
      block.paragraphs.forEach((p) => each(p.children));
      break;
    case 'list':
      block.items.forEach((i) => each(i.children));
      break;
    case 'opener':
    case 'closer':
      parts(block.parts);
      break;
    case 'div':
      if (block.head) each(block.head.children);
      break;
    case 'floatingText':
      break;
    default:
      each(block.children);
  }
}

/** Visits every node of an inline tree, depth first, without copying it into a list. */
function eachInline(nodes: Inline[], visit: (node: Inline) => void): void {
  for (const n of nodes) {
    visit(n);
    if ('children' in n) eachInline(n.children, visit);
  }
}

export function textOf(nodes: Inline[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.value : 'children' in n ? textOf(n.children) : '')).join('');
}
