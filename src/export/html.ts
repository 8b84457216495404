/**
 * HTML edition pages from TEI: one self-contained page per file (a corpus's documents in
 * sequence under a table of contents), plus an index of the files. Every text from a source
 * is escaped; the pages carry their stylesheet inline, run no script and make no requests.
 */
import { children, textContent, type XElement } from '../tei/xnode.js';
import { path, teiDocuments, titleOf } from './documents.js';
import { escapeHtml, tag } from './html/escape.js';
import { blocks, collectFootnotes, footnoteList, type Ctx } from './html/elements.js';
import { citationCard, documentMeta } from './html/card.js';
import { nameIndex } from './html/names.js';
import { declaredEntities, type NamedEntity } from './documents.js';
import { CSS } from './html/style.js';

export { escapeHtml } from './html/escape.js';

/** A file's entry in index.html, made as soon as the file is exported so the tree can be let go. */
export type IndexItem = string;

/** Denies every request and every script: a missed escape could not run or fetch anything. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

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

function corpusTitle(root: XElement): string {
  const t = path(root, 'teiHeader', 'fileDesc', 'titleStmt', 'title');
  return t ? textContent(t).trim() : teiDocuments(root).map(titleOf).join('; ');
}

function pageTitle(root: XElement, name: string): string {
  return (root.name === 'teiCorpus' ? corpusTitle(root) : titleOf(root)) || name;
}

function idnoOf(root: XElement, type: string): string | undefined {
  const idno = children(path(root, 'teiHeader', 'fileDesc', 'publicationStmt') ?? root, 'idno').find((i) => i.attrs.type === type);
  return idno && textContent(idno).trim();
}

/** One document as an `<article>`: heading (in a corpus), citation card, text, commentary, footnotes. */
function article(tei: XElement, id: string, inCorpus: boolean, shared: Pick<Ctx, 'entities' | 'speakers' | 'uid'>): string {
  const text = children(tei, 'text')[0];
  const level = inCorpus ? 3 : 2;
  const ctx: Ctx = { ...shared, inline: false, level, footnotes: collectFootnotes(text) };
  const part = (name: string) => children(text ?? tei, name)[0];
  const body = part('body');
  const back = part('back');
  const heading = inCorpus ? `<h2 id="${escapeHtml(id)}-title">${escapeHtml(titleOf(tei))}</h2>\n` : '';
  const content = [
    citationCard(tei, ctx, `${id}-about`),
    tag('div', { class: 'text', id: `${id}-text` }, `\n${blocks(body?.children ?? [], ctx).join('\n')}\n`),
    back ? tag('div', { class: 'back', id: `${id}-back` }, `\n${blocks(back.children, ctx).join('\n')}\n`) : '',
    footnoteList(ctx, `${id}-notes`),
  ];
  return tag('article', { id, lang: inCorpus ? tei.attrs['xml:lang'] : undefined, 'aria-labelledby': inCorpus ? `${id}-title` : 'page-title' }, `\n${heading}${content.filter(Boolean).join('\n')}\n`);
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
  const ids = docs.map((d, i) => d.attrs['xml:id'] ?? `${name}-${i + 1}`);
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

/** index.html: every file, its documents and a line of metadata, in the order given. */
export function indexItem(root: XElement, href: string): IndexItem {
  const docs = teiDocuments(root);
  const meta = (tei: XElement) => {
    const parts = documentMeta(tei);
    return parts.length ? `<span class="meta">${parts.map(escapeHtml).join(' · ')}</span>` : '';
  };
  const heading = `<a href="${escapeHtml(href)}">${escapeHtml(pageTitle(root, href))}</a>`;
  if (root.name !== 'teiCorpus') return `<li>${heading}${meta(root)}</li>`;
  const sub = docs.map((d) => `<li><a href="${escapeHtml(`${href}#${d.attrs['xml:id'] ?? ''}`)}">${escapeHtml(titleOf(d))}</a>${meta(d)}</li>`);
  return `<li>${heading}<span class="meta">${docs.length} documents</span>\n<ol>\n${sub.join('\n')}\n</ol></li>`;
}

export function exportHtmlIndex(items: IndexItem[]): string {
  const masthead = `<header class="masthead">\n<p class="site">teikit edition</p>\n<h1 id="page-title">Documents</h1>\n</header>`;
  const main = `<main id="main">\n<ul class="corpus-list">\n${items.join('\n')}\n</ul>\n</main>`;
  const footer = `<footer class="page-footer">\n<p>Generated by teikit: ${items.length} file${items.length === 1 ? '' : 's'}.</p>\n</footer>`;
  return page('Documents', 'en', `${masthead}\n${main}\n${footer}`);
}

function page(title: string, lang: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light">
<meta name="generator" content="teikit">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the text</a>
${content}
</body>
</html>
`;
}
