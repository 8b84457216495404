/**
 * A person's page: the spellings, the connections, and every document that names the person,
 * in date order, with the role and each of the person's turns linked to its place in the text.
 */
import { escapeHtml, tag } from './escape.js';
import { plural } from './figures.js';
import { weightWords } from './network.js';
import { corpusPage, link, personPath } from './site.js';
import { dateCell, personLink } from './tables.js';
import type { PersonEntry } from './catalogue.js';
import type { Corpus } from './corpus.js';

function connections(corpus: Corpus, person: PersonEntry, from: string): string {
  const items = (corpus.edgesOf.get(person.id) ?? []).map((e) => {
    const other = corpus.byId.get(e.source === person.id ? e.target : e.source)!;
    const verb = e.relation === 'spoke with' ? 'Spoke with' : e.source === person.id ? 'Sent to' : 'Received from';
    return `<li>${verb} ${personLink(from, other)}: ${weightWords(e)}</li>`;
  });
  return items.length ? `<section aria-labelledby="connections-h">\n<h2 id="connections-h">Connections</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>` : '';
}

export function personPage(corpus: Corpus, person: PersonEntry, counts: string): string {
  const path = personPath(person.id);
  const docs = corpus.docsOf.get(person.id) ?? [];
  const turns = docs.flatMap((d) => d.turns.filter((t) => t.who === person.id));
  const active = docs.filter((d) => d.roles.some(([id, roles]) => id === person.id && !roles.includes('mentioned')));
  const summary = `Named in ${plural(docs.length, 'document')}; takes part in ${active.length}${turns.length ? `, speaking ${plural(turns.length, 'turn')}` : ''}.`;
  const variants = person.variants.length ? `<p class="lead">Also written: ${person.variants.map(escapeHtml).join('; ')}</p>\n` : '';
  const lead = `${variants}<p class="lead">${escapeHtml(summary)}</p>`;
  const entries = docs.map((d, i) => {
    const roles = d.roles.find(([id]) => id === person.id)?.[1] ?? [];
    const meta = [dateCell(d), escapeHtml(d.type ?? ''), escapeHtml(roles.join(', '))].filter(Boolean).join(' · ');
    const own = d.turns.filter((t) => t.who === person.id);
    const list = own.length
      ? `\n<ul class="turns">\n${own.map((t) => `<li>${tag('a', { href: link(path, `${d.file}#${t.id}`) }, `Turn ${t.n}`)} ${escapeHtml(t.preview)}</li>`).join('\n')}\n</ul>`
      : '';
    return `<section class="person-doc">\n<h3 id="doc-${i + 1}">${tag('a', { href: link(path, d.href) }, escapeHtml(d.title))}</h3>\n<p class="meta">${meta}</p>${list}\n</section>`;
  });
  const main = `${connections(corpus, person, path)}\n<section aria-labelledby="documents-h">\n<h2 id="documents-h">Documents</h2>\n${entries.join('\n')}\n</section>`;
  return corpusPage({ path, title: person.standard, lead, main, counts });
}
