/**
 * TEI elements → HTML, as a table of behaviours (element name → render function), in the
 * manner of CETEIcean. Editorial brackets are put back as text (ENCODING.md), each in a
 * focusable span whose kind shows on hover or focus; footnotes are collected for the end
 * of their document; names link to the page's index.
 */
import { children, descendants, isElement, type XElement, type XNode } from '../../tei/xnode.js';
import { escapeHtml, safeHref, tag } from './escape.js';
import { entityOf, indexId, NAME_KIND } from './names.js';
import type { NamedEntity } from '../documents.js';
import { ELEMENTS, type HtmlBehaviour } from '../../schema/registry.js';

/** Footnotes of one document: collected before its text is rendered, listed after it. */
export interface Footnotes {
  notes: XElement[];
  /** Note ids some noteAnchor points to. */
  anchored: Set<string>;
  /** Note ids whose first reference has been rendered (and carries the back link's target). */
  linked: Set<string>;
}

export interface Ctx {
  /** Phrase-level context: only inline HTML may be produced. */
  inline: boolean;
  /** Heading level of a `head` met at this depth. */
  level: number;
  entities: Map<string, NamedEntity>;
  footnotes: Footnotes;
  /** Speaker pointer → colour slot, in order of first turn on the page. */
  speakers: Map<string, number>;
  /** A fresh id for page-made elements, deterministic in page order. */
  uid: (prefix: string) => string;
  /** Speaker turn → its fragment id (html/turns.ts), so person pages can link to each turn. */
  turns?: Map<XElement, string>;
  inExpan?: boolean;
  inLink?: boolean;
}

type Behaviour = (e: XElement, ctx: Ctx) => string;

/** The reader-facing kinds of editorial interventions, by element and reason. */
const SUPPLIED_KIND: Record<string, string> = { explanation: 'editorial identification', subaudible: 'implied word' };
const GAP_KIND: Record<string, string> = { editorial: 'omission', signature: 'signature', illegible: 'illegible passage' };
const NOTE_LABEL: Record<string, string> = {
  classification: 'Classification',
  distribution: 'Distribution',
  archival: 'Archival note',
  credit: 'Credit',
  editorial: 'Editor’s note',
  citation: 'Citation',
};
const SPEAKER_COLOURS = 6;

/** Elements that stand as blocks when their parent holds blocks. */
const BLOCK = new Set(['p', 'ab', 'head', 'sp', 'list', 'div', 'opener', 'closer', 'note', 'floatingText', 'salute', 'dateline', 'signed', 'body', 'back', 'speaker']);

export function renderNode(n: XNode, ctx: Ctx): string {
  if (!isElement(n)) return escapeHtml(n);
  const behaviour = BEHAVIOURS[n.name];
  return behaviour ? behaviour(n, ctx) : inner(n, ctx);
}

/** The element's children, in the same context. */
export function inner(e: XElement, ctx: Ctx): string {
  return e.children.map((c) => renderNode(c, ctx)).join('');
}

function inlineInner(e: XElement, ctx: Ctx): string {
  return inner(e, { ...ctx, inline: true });
}

/**
 * The children of a block container: block elements as blocks, loose phrase content between
 * them gathered into paragraphs so the HTML stays valid.
 */
export function blocks(nodes: XNode[], ctx: Ctx): string[] {
  if (ctx.inline) return [nodes.map((c) => renderNode(c, ctx)).join('')];
  const out: string[] = [];
  let run: XNode[] = [];
  const flush = () => {
    const html = run.map((c) => renderNode(c, { ...ctx, inline: true })).join('');
    if (html.replace(/<[^>]*>/g, '').trim()) out.push(`<p>${html.trim()}</p>`);
    run = [];
  };
  for (const c of nodes) {
    if (isElement(c) && BLOCK.has(c.name)) {
      flush();
      const html = renderNode(c, ctx);
      if (html) out.push(html);
    } else run.push(c);
  }
  flush();
  return out;
}

/** A bracket restored around an editorial intervention: its kind is the tooltip and the accessible description. */
function bracket(cls: string, kind: string, html: string): string {
  return tag('span', { class: `br br-${cls}`, 'data-kind': kind, title: kind, tabindex: 0 }, html);
}

/** `reason` is a list of tokens; the first one the table knows names the kind. */
function kindOf(table: Record<string, string>, reason: string | undefined, fallback: string, cert: string | undefined): string {
  const known = (reason ?? '').split(/\s+/).map((r) => table[r]).find(Boolean);
  return `${known ?? fallback}${cert === 'low' ? ', uncertain' : ''}`;
}

function heading(level: number, html: string, id?: string): string {
  const h = `h${Math.min(level, 6)}`;
  return tag(h, { id }, html);
}

/** `--12-31` (a day without a year) is `12-31` in HTML; other ISO forms HTML accepts pass as they are. */
function htmlDatetime(when: string | undefined): string | undefined {
  if (!when) return undefined;
  if (/^--\d{2}-\d{2}$/.test(when)) return when.slice(2);
  return /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?)?)?$/.test(when) ? when : undefined;
}

function footnoteAnchor(id: string, label: string, ctx: Ctx): string {
  const first = !ctx.footnotes.linked.has(id);
  ctx.footnotes.linked.add(id);
  return `<sup class="fnref">${tag('a', { href: `#${id}`, id: first ? `fnref-${id}` : undefined, 'aria-label': `Note ${label}` }, escapeHtml(label))}</sup>`;
}

function noteLabel(e: XElement, index: number): string {
  return e.attrs.n ?? String(index + 1);
}

function note(e: XElement, ctx: Ctx): string {
  const type = e.attrs.type;
  const id = e.attrs['xml:id'];
  if (type === 'footnote') {
    // Listed at the end of the document; a note standing in running text without a marker leaves one here.
    const index = ctx.footnotes.notes.indexOf(e);
    return ctx.inline && id && !ctx.footnotes.anchored.has(id) ? footnoteAnchor(id, noteLabel(e, index), ctx) : '';
  }
  const label = NOTE_LABEL[type ?? ''] ?? 'Note';
  const html = `<span class="note-label">${label}:</span> ${inlineInner(e, ctx).trim()}`;
  return tag(ctx.inline ? 'span' : 'p', { class: `note note-${type ?? 'untyped'}`, id }, html);
}

function name(e: XElement, ctx: Ctx): string {
  const kind = NAME_KIND[e.name] ?? 'person';
  const entity = entityOf(e.attrs.ref, ctx.entities);
  const html = inner(e, { ...ctx, inline: true, inLink: ctx.inLink || !!entity });
  if (!entity || ctx.inLink) return tag('span', { class: `name name-${kind}` }, html);
  return tag('a', { class: `name name-${kind}`, href: `#${indexId(entity.id)}`, title: entity.standard }, html);
}

function ref(e: XElement, ctx: Ctx): string {
  const target = e.attrs.target;
  if (e.attrs.type === 'noteAnchor') {
    const label = e.children.map((c) => (isElement(c) ? '' : c)).join('').trim();
    const id = target?.startsWith('#') ? target.slice(1) : undefined;
    return id && ctx.footnotes.notes.some((n) => n.attrs['xml:id'] === id) ? footnoteAnchor(id, label, ctx) : `<sup class="fnref">${escapeHtml(label)}</sup>`;
  }
  const href = target && !ctx.inLink ? safeHref(target) : undefined;
  const html = inner(e, { ...ctx, inline: true, inLink: ctx.inLink || !!href });
  return href ? tag('a', { href }, html) : tag('span', { class: 'ref' }, html);
}

function sp(e: XElement, ctx: Ctx): string {
  const who = e.attrs.who ?? '';
  if (!ctx.speakers.has(who)) ctx.speakers.set(who, ctx.speakers.size);
  const slot = (ctx.speakers.get(who) ?? 0) % SPEAKER_COLOURS;
  const speaker = children(e, 'speaker');
  const rest = e.children.filter((c) => !(isElement(c) && c.name === 'speaker'));
  const label = speaker.map((s) => inlineInner(s, ctx).trim()).join(' ');
  return tag('div', { class: `sp who-${slot}`, id: ctx.turns?.get(e), 'data-who': who || undefined }, `${label ? `<p class="speaker">${label}</p>` : ''}<div class="speech">${blocks(rest, ctx).join('')}</div>`);
}

function div(e: XElement, ctx: Ctx): string {
  if (ctx.inline) return inner(e, ctx);
  const head = children(e, 'head')[0];
  const rest = e.children.filter((c) => c !== head);
  const childCtx = { ...ctx, level: head ? ctx.level + 1 : ctx.level };
  if (e.attrs.type === 'commentary') {
    const id = ctx.uid('commentary');
    const title = `<span class="label">Commentary</span>${head ? `: ${inlineInner(head, ctx)}` : ''}`;
    return tag('aside', { class: 'commentary', 'aria-labelledby': id }, heading(ctx.level, title, id) + blocks(rest, { ...ctx, level: ctx.level + 1 }).join('\n'));
  }
  const n = e.attrs.n;
  const numberHtml = n ? `<span class="n">${escapeHtml(n)}.</span> ` : '';
  const body = blocks(rest, childCtx);
  if (head) body.unshift(heading(ctx.level, numberHtml + inlineInner(head, ctx)));
  else if (n) {
    // A numbered section without a heading: its number opens the first paragraph, as in the source.
    const first = body[0];
    if (first?.startsWith('<p>')) body[0] = `<p>${numberHtml}${first.slice(3)}`;
    else body.unshift(`<p>${numberHtml.trim()}</p>`);
  }
  return tag('section', { class: `div${e.attrs.type ? ` div-${e.attrs.type}` : ''}`, 'data-n': n }, body.join('\n'));
}

function list(e: XElement, ctx: Ctx): string {
  const items = children(e, 'item').map((i) => tag(ctx.inline ? 'span' : 'li', { class: 'item' }, `${i.attrs.n ? `<span class="n">${escapeHtml(i.attrs.n)}.</span> ` : ''}${inlineInner(i, ctx)}`));
  return ctx.inline ? items.join(' ') : tag('ol', { class: 'list' }, items.join('\n'));
}

/** A paragraph, classed with its element's name unless it is a p; a span so classed in running text. */
function paragraph(e: XElement, ctx: Ctx): string {
  return ctx.inline ? tag('span', { class: e.name }, inlineInner(e, ctx)) : tag('p', { class: e.name === 'p' ? undefined : e.name }, inlineInner(e, ctx));
}

/** A div classed with its element's name, holding blocks. */
function container(e: XElement, ctx: Ctx): string {
  return ctx.inline ? inner(e, ctx) : tag('div', { class: e.name }, blocks(e.children, ctx).join('\n'));
}

/** The render functions the registry names (src/schema/registry.ts, `html`). */
const IMPLEMENTATIONS: Record<HtmlBehaviour, Behaviour> = {
  // Editorial brackets.
  supplied: (e, ctx) => bracket('supplied', kindOf(SUPPLIED_KIND, e.attrs.reason, 'supplied by the editor', e.attrs.cert), `[${inlineInner(e, ctx)}${e.attrs.cert === 'low' ? '?' : ''}]`),
  expan: (e, ctx) => bracket('expan', 'expanded abbreviation', inner(e, { ...ctx, inline: true, inExpan: true })),
  ex: (e, ctx) => {
    const html = `<span class="ex">[${inlineInner(e, ctx)}]</span>`;
    return ctx.inExpan ? html : bracket('expan', 'expanded abbreviation', html);
  },
  gap: (e, ctx) => {
    const desc = children(e, 'desc')[0];
    const kind = kindOf(GAP_KIND, e.attrs.reason, 'omission', e.attrs.cert);
    if (!desc) return bracket('gap', kind, '[...]');
    const words = inlineInner(desc, ctx);
    return bracket('gap', kind, e.attrs.rend === 'parens' ? `(${words})` : `[${words}${e.attrs.cert === 'low' ? '?' : ''}]`);
  },
  stage: (e, ctx) => bracket('stage', 'recorder’s remark', `(${inlineInner(e, ctx)})`),

  // Names, references, notes.
  name,
  ref,
  note,

  // Phrase level.
  date: (e, ctx) => {
    const datetime = htmlDatetime(e.attrs.when);
    const title = e.attrs.cert && e.attrs.when ? `${e.attrs.when} (certainty: ${e.attrs.cert})` : undefined;
    return tag(datetime ? 'time' : 'span', { class: 'date', datetime, title }, inlineInner(e, ctx));
  },
  hi: (e, ctx) => {
    const rend = (e.attrs.rend ?? '').split(/\s+/);
    let html = inlineInner(e, ctx);
    if (rend.includes('italic')) html = `<i>${html}</i>`;
    if (rend.includes('bold')) html = `<b>${html}</b>`;
    return rend.some((r) => r === 'italic' || r === 'bold') ? html : tag('span', { class: 'hi' }, html);
  },
  foreign: (e, ctx) => tag('i', { class: 'foreign', lang: e.attrs['xml:lang'] }, inlineInner(e, ctx)),
  cite: (e, ctx) => tag('cite', {}, inlineInner(e, ctx)),
  num: (e, ctx) => tag('span', { class: 'num' }, inlineInner(e, ctx)),
  citedRange: (e, ctx) => tag('span', { class: 'cited-range' }, inlineInner(e, ctx)),
  idno: (e, ctx) => {
    const type = e.attrs.type;
    return tag('span', { class: 'idno', 'data-type': type, title: type && type !== 'archival' ? type : undefined }, inlineInner(e, ctx));
  },
  pb: () => '<span class="pb" title="page break in the source"></span>',

  // Blocks.
  paragraph,
  head: (e, ctx) => (ctx.inline ? tag('span', { class: 'head' }, inner(e, ctx)) : heading(ctx.level, inlineInner(e, ctx))),
  sp,
  list,
  div,
  container,
  floatingText: (e, ctx) => {
    if (ctx.inline) return inner(e, ctx);
    const body = children(e, 'body')[0] ?? e;
    return tag('div', { class: 'floating-text', role: 'group', 'aria-label': `Quoted ${e.attrs.type ?? 'text'}` }, blocks(body.children, ctx).join('\n'));
  },
};

/** Element name → render function: the registry's elements, and TEI elements teikit does not write but other TEI files use. */
const BEHAVIOURS: Record<string, Behaviour> = {
  ...Object.fromEntries(ELEMENTS.flatMap((e) => (e.html ? [[e.name, IMPLEMENTATIONS[e.html]]] : []))),
  ab: paragraph,
  lb: () => '<br>',
};

/** The footnotes of a document (its `text`), before rendering it. */
export function collectFootnotes(text: XElement | undefined): Footnotes {
  const all = text ? descendants(text) : [];
  return {
    notes: all.filter((d) => d.name === 'note' && d.attrs.type === 'footnote'),
    anchored: new Set(all.filter((d) => d.name === 'ref' && d.attrs.type === 'noteAnchor').flatMap((d) => (d.attrs.target?.startsWith('#') ? [d.attrs.target.slice(1)] : []))),
    linked: new Set(),
  };
}

/** The numbered list of footnotes after a document, each with a link back to its first reference; named with the document's title (`titleId`). */
export function footnoteList(ctx: Ctx, id: string, titleId: string): string {
  const { notes, linked } = ctx.footnotes;
  if (notes.length === 0) return '';
  const items = notes.map((n, i) => {
    const noteId = n.attrs['xml:id'];
    const label = noteLabel(n, i);
    const back = noteId && linked.has(noteId) ? ` ${tag('a', { class: 'backref', href: `#fnref-${noteId}`, 'aria-label': `Back to reference ${label}` }, '↩︎')}` : '';
    return tag('li', { id: noteId }, `<span class="n">${escapeHtml(label)}.</span> ${inlineInner(n, ctx).trim()}${back}`);
  });
  return tag('section', { class: 'footnotes', id, 'aria-labelledby': `${id}-h ${titleId}` }, `${heading(ctx.level, 'Notes', `${id}-h`)}\n<ol class="list">\n${items.join('\n')}\n</ol>`);
}
