/** The tables of the corpus view: documents (date, title, type, archive, persons) and connections. */
import { escapeHtml, tag } from './escape.js';
import { weightWords } from './network.js';
import { link, personPath } from './site.js';
import type { DocEntry, PersonEntry } from './catalogue.js';
import type { Corpus } from './corpus.js';

export function dateCell(doc: DocEntry): string {
  if (!doc.dateText && !doc.when) return '<span class="muted">undated</span>';
  return tag('time', { datetime: doc.when }, escapeHtml(doc.dateText ?? doc.when ?? ''));
}

export function personLink(from: string, p: PersonEntry): string {
  return tag('a', { href: link(from, personPath(p.id)) }, escapeHtml(p.standard));
}

/** The persons a document involves beyond naming them, each a link to the person's page. */
function people(doc: DocEntry, from: string, persons: Map<string, PersonEntry>): string {
  return doc.roles
    .filter(([, roles]) => !(roles.length === 1 && roles[0] === 'mentioned'))
    .flatMap(([id]) => {
      const p = persons.get(id);
      return p ? [p] : [];
    })
    .map((p) => personLink(from, p))
    .join(', ');
}

export interface TableOptions {
  /** The page the table is on. */
  from: string;
  /** Id of the heading that names the table. */
  labelledBy: string;
  persons: Map<string, PersonEntry>;
  /** A first column, such as the role of the person a group is about. */
  extra?: [heading: string, cell: (doc: DocEntry) => string];
  /** Date, document and type only: for a view that lists a document many times (once per person). */
  brief?: boolean;
}

export function docTable(docs: DocEntry[], { from, labelledBy, persons, extra, brief }: TableOptions): string {
  const head = [...(extra ? [extra[0]] : []), 'Date', 'Document', 'Type', ...(brief ? [] : ['Archive', 'Persons taking part'])].map((h) => `<th scope="col">${h}</th>`).join('');
  const rows = docs.map((d) => {
    const archive = () => (d.archive ? `${escapeHtml(d.archive)}${d.archivalId && d.archivalId !== d.archive ? `<br><span class="idno">${escapeHtml(d.archivalId)}</span>` : ''}` : '');
    const cells = [
      ...(extra ? [extra[1](d)] : []),
      dateCell(d),
      tag('a', { href: link(from, d.href) }, escapeHtml(d.title)),
      escapeHtml(d.type ?? ''),
      ...(brief ? [] : [archive(), people(d, from, persons)]),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<table class="docs" aria-labelledby="${escapeHtml(labelledBy)}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** Every connection of the network, in words, with links to both persons' pages. */
export function connectionsTable(corpus: Corpus, from: string, labelledBy: string): string {
  const rows = corpus.edges.map((e) => {
    const [a, b] = [corpus.byId.get(e.source)!, corpus.byId.get(e.target)!];
    return `<tr><td>${personLink(from, a)}</td><td>${e.relation}</td><td>${personLink(from, b)}</td><td>${weightWords(e)}</td></tr>`;
  });
  return `<table class="docs" aria-labelledby="${escapeHtml(labelledBy)}">\n<thead><tr><th scope="col">Person</th><th scope="col">Connection</th><th scope="col">Person</th><th scope="col">Behind it</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}
