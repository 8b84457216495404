/**
 * The citation card of one TEI document, from its header: title, date, archive and
 * identifiers, credits, summary, original language, and the citation as the archive gives it.
 */
import { children, descendants, textContent, type XElement } from '../../tei/xnode.js';
import { find, path } from '../documents.js';
import { escapeHtml, tag } from './escape.js';
import { blocks, renderNode, type Ctx } from './elements.js';
import { entityOf, indexId } from './names.js';

type Row = [term: string, details: string[]];

const CORRESP_TERM: Record<string, string> = { sent: 'From', received: 'To', transmitted: 'Transmitted by' };

function phrase(e: XElement, ctx: Ctx): string {
  return e.children.map((c) => renderNode(c, { ...ctx, inline: true })).join('').trim();
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The document's date: the header's creation date, else the citation's, else one in a heading or dateline of the text. */
export function documentDate(tei: XElement, citation: XElement | undefined): XElement | undefined {
  const text = path(tei, 'text');
  const inText = () => (text ? descendants(text) : []).find((d) => (d.name === 'head' || d.name === 'dateline') && find(d, 'date'));
  return path(tei, 'teiHeader', 'profileDesc', 'creation', 'date') ?? find(citation, 'date') ?? find(inText(), 'date');
}

export function citationOf(tei: XElement): XElement | undefined {
  const sourceDesc = path(tei, 'teiHeader', 'fileDesc', 'sourceDesc');
  return kids(sourceDesc, 'bibl').find((b) => b.attrs.type === 'citation') ?? path(sourceDesc, 'bibl');
}

/** Repository, place and the archival string of a `msIdentifier` or `altIdentifier`. */
function location(e: XElement, ctx: Ctx): string {
  const text = (name: string) => children(e, name).map((c) => textContent(c).trim()).filter(Boolean);
  const where = [...text('settlement'), ...text('country')].join(', ');
  const repository = text('repository').map((r) => `<span class="repository">${escapeHtml(r)}</span>${where ? ` (${escapeHtml(where)})` : ''}`);
  const idnos = children(e, 'idno').map((i) => renderNode(i, { ...ctx, inline: true }));
  return [...repository, ...idnos].join('<br>');
}

/** Child elements of a possibly missing element. */
function kids(e: XElement | undefined, name: string): XElement[] {
  return e ? children(e, name) : [];
}

/** The languages marked "(original)", else every language but the English of the translation. */
function languages(profile: XElement | undefined): string[] {
  const all = kids(path(profile, 'langUsage'), 'language');
  const original = all.filter((l) => /\(original\)/i.test(textContent(l)));
  const chosen = original.length ? original : all.filter((l) => l.attrs.ident !== 'en');
  return chosen.map((l) => escapeHtml(textContent(l).replace(/\s*\(original\)\s*/i, '').trim()));
}

function rows(tei: XElement, ctx: Ctx): Row[] {
  const fileDesc = path(tei, 'teiHeader', 'fileDesc');
  const sourceDesc = path(fileDesc, 'sourceDesc');
  const profile = path(tei, 'teiHeader', 'profileDesc');
  const citation = citationOf(tei);
  const ms = path(sourceDesc, 'msDesc', 'msIdentifier');
  const alt = (type: string) => kids(ms, 'altIdentifier').filter((a) => a.attrs.type === type);
  const terms = (type: string) => kids(path(profile, 'textClass'), 'keywords').flatMap(descendants).filter((t) => t.name === 'term' && t.attrs.type === type).map((t) => phrase(t, ctx));
  const date = documentDate(tei, citation);
  const credits: Row[] = kids(path(fileDesc, 'titleStmt'), 'respStmt').map((r) => [
    capitalised(kids(r, 'resp').map((x) => textContent(x).trim()).join(' ') || 'Credit'),
    [children(r, 'persName').concat(children(r, 'orgName')).map((n) => phrase(n, ctx)).join(', ')],
  ]);
  const corresp: Row[] = kids(path(profile, 'correspDesc'), 'correspAction').map((a) => [
    CORRESP_TERM[a.attrs.type ?? ''] ?? capitalised(a.attrs.type ?? 'Correspondent'),
    [children(a).map((n) => renderNode(n, { ...ctx, inline: true })).join(', ')],
  ]);
  const participants = (profile ? descendants(profile) : [])
    .filter((d) => d.name === 'listPerson' && d.attrs.type === 'participants')
    .flatMap((l) => children(l, 'person'))
    .map((p) => {
      const entity = entityOf(p.attrs.sameAs, ctx.entities);
      return entity ? tag('a', { class: 'name name-person', href: `#${indexId(entity.id)}` }, escapeHtml(entity.standard)) : escapeHtml(p.attrs.sameAs ?? '');
    })
    .filter(Boolean);
  const summary = path(profile, 'abstract');
  const printed = kids(sourceDesc, 'biblStruct').map((b) => {
    const cited = children(b, 'note').find((n) => n.attrs.type === 'citation');
    return cited ? phrase(cited, ctx) : tag('cite', {}, escapeHtml(textContent(find(b, 'title') ?? b).trim()));
  });
  const source = kids(path(fileDesc, 'publicationStmt'), 'idno').filter((i) => i.attrs.type === 'source');
  return [
    ['Date', date ? [renderNode(date, { ...ctx, inline: true })] : []],
    ['Document type', terms('documentType')],
    ['Classification', terms('classification')],
    ['Archive', [ms, ...alt('archival')].filter((e): e is XElement => !!e).map((e) => location(e, ctx))],
    ['Telegram number', alt('telegram').flatMap((a) => children(a, 'idno')).map((i) => phrase(i, ctx))],
    ['Original language', languages(profile)],
    ...corresp,
    ...credits,
    ['Participants', participants.length ? [participants.join(', ')] : []],
    ['Summary', summary ? [blocks(summary.children, { ...ctx, inline: false }).join('')] : []],
    ['Citation', citation ? [phrase(citation, ctx)] : []],
    ['Printed in', printed],
    ['Source file', source.map((s) => tag('code', {}, escapeHtml(textContent(s).trim())))],
  ];
}

/**
 * `<section>` with a heading and a description list; rows without details are left out. Its
 * name adds the document's title (`titleId`), so the cards of a corpus page are distinct landmarks.
 */
export function citationCard(tei: XElement, ctx: Ctx, id: string, titleId: string): string {
  const list = rows(tei, ctx)
    .filter(([, details]) => details.some((d) => d.trim()))
    .map(([term, details]) => `<dt>${escapeHtml(term)}</dt>${details.map((d) => `<dd>${d}</dd>`).join('')}`)
    .join('\n');
  return tag('section', { class: 'card', id, 'aria-labelledby': `${id}-h ${titleId}` }, `\n<h${ctx.level} id="${id}-h">About this document</h${ctx.level}>\n<dl>\n${list}\n</dl>\n`);
}
