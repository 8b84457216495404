/**
 * The corpus view's pages: index.html (timeline, documents by date, network), the documents
 * grouped by type, archive, person and file, and a page per person. Sorting is done here, once,
 * into separate pages, so the views need no script and print as they read.
 */
import { escapeHtml, tag } from './escape.js';
import { plural } from './figures.js';
import { buildCorpus, type Corpus } from './corpus.js';
import { network } from './network.js';
import { personPage } from './person.js';
import { corpusPage, link, personPath, VIEW_PATHS } from './site.js';
import { connectionsTable, docTable } from './tables.js';
import { timeline } from './timeline.js';
import type { CatalogueFile, DocEntry } from './catalogue.js';

interface Group {
  key: string;
  label: string;
  /** Where the heading links to (from the output folder): a person's or a file's page. */
  href?: string;
  /** Sort key; groups without one ("no type recorded") go last. */
  sortBy?: string;
  docs: DocEntry[];
  extra?: [heading: string, cell: (doc: DocEntry) => string];
  brief?: boolean;
}

function counts(corpus: Corpus, files: number): string {
  return `${plural(corpus.docs.length, 'document')} in ${plural(files, 'file')}, ${plural(corpus.persons.length, 'person')}`;
}

/** Groups documents by one value each (already in date order, so each group is too). */
function groupBy(docs: DocEntry[], value: (d: DocEntry) => string | undefined, missing: string): Group[] {
  const groups = new Map<string, Group>();
  for (const d of docs) {
    const v = value(d);
    const key = v ?? '';
    if (!groups.has(key)) groups.set(key, { key, label: v ?? missing, sortBy: v, docs: [] });
    groups.get(key)!.docs.push(d);
  }
  return [...groups.values()];
}

function sortGroups(groups: Group[]): Group[] {
  return groups.sort((a, b) => (a.sortBy === undefined ? 1 : b.sortBy === undefined ? -1 : a.sortBy.localeCompare(b.sortBy, 'en')) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function groupedPage(corpus: Corpus, files: number, path: string, title: string, groups: Group[]): string {
  const sorted = groups.map((g, i) => ({ ...g, id: `group-${i + 1}` }));
  const contents = `<ul class="groups">\n${sorted.map((g) => `<li><a href="#${g.id}">${escapeHtml(g.label)}</a> (${g.docs.length})</li>`).join('\n')}\n</ul>`;
  const heading = (g: Group) => (g.href ? tag('a', { href: link(path, g.href) }, escapeHtml(g.label)) : escapeHtml(g.label));
  const sections = sorted.map(
    (g) => `<section class="group">\n<h2 id="${g.id}">${heading(g)} <span class="count">(${plural(g.docs.length, 'document')})</span></h2>\n${docTable(g.docs, { from: path, labelledBy: g.id, persons: corpus.byId, extra: g.extra, brief: g.brief })}\n</section>`,
  );
  const lead = `<p class="lead">${escapeHtml(counts(corpus, files))}, in ${plural(groups.length, 'group')}.</p>`;
  return corpusPage({ path, title, lead, main: `${contents}\n${sections.join('\n')}`, counts: counts(corpus, files) });
}

function indexPage(corpus: Corpus, files: number): string {
  const path = VIEW_PATHS.date;
  const dated = corpus.docs.filter((d) => d.when);
  const span = dated.length ? `, from ${dated[0]!.dateText ?? dated[0]!.when} to ${dated.at(-1)!.dateText ?? dated.at(-1)!.when}` : '';
  const lead = `<p class="lead">${escapeHtml(`${counts(corpus, files)}${span}`)}.</p>`;
  const section = (id: string, heading: string, body: string) => `<section aria-labelledby="${id}">\n<h2 id="${id}">${heading}</h2>\n${body}\n</section>`;
  const main = [
    section('timeline-h', 'Timeline', timeline(corpus.docs, 'timeline')),
    section('documents-h', 'Documents by date', docTable(corpus.docs, { from: path, labelledBy: 'documents-h', persons: corpus.byId })),
    section(
      'network-h',
      'Correspondence and dialogue',
      `${network(corpus, 'network')}${corpus.edges.length ? `\n<h3 id="connections-h">Connections</h3>\n${connectionsTable(corpus, path, 'connections-h')}` : ''}`,
    ),
  ].join('\n');
  return corpusPage({ path, title: 'The corpus', lead, main, counts: counts(corpus, files) });
}

/** Every page of the corpus view: [path from the output folder, HTML], made one at a time as they are written. */
export function* corpusPages(files: CatalogueFile[]): Generator<[string, string]> {
  const corpus = buildCorpus(files);
  const n = files.length;
  const personGroups: Group[] = corpus.persons.map((p) => ({
    key: p.id,
    label: p.standard,
    href: personPath(p.id),
    sortBy: p.standard,
    docs: corpus.docsOf.get(p.id) ?? [],
    extra: ['Role', (d) => escapeHtml((d.roles.find(([id]) => id === p.id)?.[1] ?? []).join(', '))],
    brief: true,
  }));
  const fileGroups = groupBy(corpus.docs, (d) => d.file, '').map((g) => {
    const doc = g.docs[0]!;
    return { ...g, label: doc.fileTitle, href: doc.file, sortBy: doc.fileTitle };
  });
  yield [VIEW_PATHS.date, indexPage(corpus, n)];
  yield [VIEW_PATHS.type, groupedPage(corpus, n, VIEW_PATHS.type, 'Documents by type', sortGroups(groupBy(corpus.docs, (d) => d.type, 'No type recorded')))];
  yield [VIEW_PATHS.archive, groupedPage(corpus, n, VIEW_PATHS.archive, 'Documents by archive', sortGroups(groupBy(corpus.docs, (d) => d.archive, 'No archive recorded')))];
  yield [VIEW_PATHS.person, groupedPage(corpus, n, VIEW_PATHS.person, 'Documents by person', personGroups)];
  yield [VIEW_PATHS.file, groupedPage(corpus, n, VIEW_PATHS.file, 'Documents by file', sortGroups(fileGroups))];
  for (const p of corpus.persons) yield [personPath(p.id), personPage(corpus, p, counts(corpus, n))];
}
