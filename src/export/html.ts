/**
 * HTML edition pages from TEI: one self-contained page per file (a corpus's documents in
 * sequence under a table of contents), plus the corpus view over all files (html/views.ts). Every text from a source
 * is escaped; the pages carry their stylesheet inline, run no script and make no requests.
 */
import { children, textContent, type XElement } from '../tei/xnode.js';
import { path, teiDocuments, titleOf } from './documents.js';
import { escapeHtml, tag } from './html/escape.js';
import { blocks, collectFootnotes, footnoteList, type Ctx } from './html/elements.js';
import { citationCard } from './html/card.js';
import { nameIndex } from './html/names.js';
import { declaredEntities, type NamedEntity } from './documents.js';
import { page } from './html/page.js';
import { documentId, turnIds } from './html/anchors.js';
import { catalogueFile, pageTitle, type CatalogueFile } from './html/catalogue.js';
import { corpusPages } from './html/views.js';

export { escapeHtml } from './html/escape.js';

export type IndexItem = CatalogueFile;

const BRACKET_KEY = `<section class="key" aria-labelledby="key-h">
<h2 id="key-h">How to read the brackets</h2>
<dl>
<dt>[Stalin]</dt><dd>an identification or gloss added by the translator or editor</dd>
<dt>[the]</dt><dd>words implied by the original, supplied in translation</dd>
<dt>Com[rade]</dt><dd>an abbreviation, expanded</dd>
<dt>[...]</dt><dd>an omission; [signature] and (illegible signature) describe what the original shows</dd>
<dt>(Joke)</dt><dd>a recorder’s remark within speech</dd>
<dt>[former mayor?]</dt><dd>a question mark inside brackets marks an uncertain reading</dd>
</dl>
<p>Hover over or focus a bracket to see its kind.</p>
</section>`;

function idnoOf(root: XElement, type: string): string | undefined {
  const idno = children(path(root, 'teiHeader', 'fileDesc', 'publicationStmt') ?? root, 'idno').find((i) => i.attrs.type === type);
  return idno && textContent(idno).trim();
}

/** One document as an `<article>`: heading (in a corpus), citation card, text, commentary, footnotes. */
function article(tei: XElement, id: string, inCorpus: boolean, shared: Pick<Ctx, 'entities' | 'speakers' | 'uid'>): string {
  const text = children(tei, 'text')[0];
  const level = inCorpus ? 3 : 2;
  const ctx: Ctx = { ...shared, inline: false, level, footnotes: collectFootnotes(text), turns: turnIds(text, id) };
  const part = (name: string) => children(text ?? tei, name)[0];
  const body = part('body');
  const back = part('back');
  const titleId = inCorpus ? `${id}-title` : 'page-title';
  const heading = inCorpus ? `<h2 id="${escapeHtml(titleId)}">${escapeHtml(titleOf(tei))}</h2>\n` : '';
  const content = [
    citationCard(tei, ctx, `${id}-about`, titleId),
    tag('div', { class: 'text', id: `${id}-text` }, `\n${blocks(body?.children ?? [], ctx).join('\n')}\n`),
    back ? tag('div', { class: 'back', id: `${id}-back` }, `\n${blocks(back.children, ctx).join('\n')}\n`) : '',
    footnoteList(ctx, `${id}-notes`, titleId),
  ];
  return tag('article', { id, lang: inCorpus ? tei.attrs['xml:lang'] : undefined, 'aria-labelledby': titleId }, `\n${heading}${content.filter(Boolean).join('\n')}\n`);
}

function nav(items: [href: string, label: string][], heading: string): string {
  const lis = items.map(([href, label]) => `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`).join('\n');
  return `<nav class="contents" aria-labelledby="contents-h">\n<h2 id="contents-h">${heading}</h2>\n<ol>\n${lis}\n</ol>\n</nav>`;
}

export function exportHtml(root: XElement, name: string): string {
  const inCorpus = root.name === 'teiCorpus';
  const docs = teiDocuments(root);
  const entities: Map<string, NamedEntity> = declaredEntities(root);
  const counters = new Map<string, number>();
  const uid = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${n}`;
  };
  const shared = { entities, speakers: new Map<string, number>(), uid };
  const ids = docs.map((d, i) => documentId(d, name, i));
  const articles = docs.map((d, i) => article(d, ids[i]!, inCorpus, shared));
  const index = nameIndex(entities, 2);
  const title = pageTitle(root, name);
  const text = children(root, 'text')[0];
  const links: [string, string][] = inCorpus
    ? docs.map((d, i) => [`#${ids[i]}`, titleOf(d) || ids[i]!])
    : [
        [`#${ids[0]}-about`, 'About this document'],
        [`#${ids[0]}-text`, 'Text'],
        ...(text && children(text, 'back').length ? [[`#${ids[0]}-back`, 'Commentary'] as [string, string]] : []),
        ...(collectFootnotes(text).notes.length ? [[`#${ids[0]}-notes`, 'Notes'] as [string, string]] : []),
      ];
  if (index) links.push(['#names', 'Index of names']);
  const collection = inCorpus ? path(root, 'teiHeader', 'fileDesc', 'sourceDesc', 'p') : undefined;
  const masthead = `<header class="masthead">\n<p class="site">teikit edition · <a href="index.html">All documents</a></p>\n<h1 id="page-title">${escapeHtml(title)}</h1>\n${
    collection ? `<p class="lead">${escapeHtml(textContent(collection).trim())}</p>\n` : ''
  }${nav(links, inCorpus ? 'Contents' : 'On this page')}\n</header>`;
  const source = idnoOf(root, 'source');
  const footer = `<footer class="page-footer">\n${BRACKET_KEY}\n<p>Generated by teikit${source ? ` from <code>${escapeHtml(source)}</code>` : ''}.</p>\n</footer>`;
  const main = `<main id="main">\n${articles.join('\n')}\n${index}\n</main>`;
  return page(title, root.attrs['xml:lang'] ?? 'en', `${masthead}\n${main}\n${footer}`);
}

/** A file's entry in the corpus view, made as soon as the file is exported so the tree can be let go. */
export function indexItem(root: XElement, name: string): IndexItem {
  return catalogueFile(root, name);
}

/** The corpus view over the files exported: [path from the output folder, HTML] for each page. */
export function exportHtmlIndex(items: IndexItem[]): Iterable<[string, string]> {
  return corpusPages(items);
}
