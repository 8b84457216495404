/**
 * CMIF (the Correspondence Metadata Interchange Format correspSearch harvests) for the corpus:
 * one correspDesc per letter or telegram, with sender, addressee, the relays in a note (CMIF
 * knows only sent and received) and the date. A person is written with @ref only where the
 * gazetteer holds a verified authority URI; CMIF allows a name without one.
 */
import { el, type XElement } from '../tei/xnode.js';
import { serialize } from '../tei/serialize.js';
import type { Corpus, CorpusDocument } from './corpus.js';
import { isW3cDate } from '../util/w3c-date.js';

export interface CmifOptions {
  title?: string;
  /** Who publishes the file (CMIF requires an editor). */
  editor?: string;
  /** Where the file will be published, which correspSearch asks for. */
  url?: string;
  /** Publication date (W3C: YYYY, YYYY-MM or YYYY-MM-DD); by default `cmifDate` of the corpus. */
  date?: string;
}

/** The licence correspSearch requires of the metadata it harvests. */
const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * The publication date the files imply, so the same files give the same CMIF on any day: the
 * newest date they record of their own publication, else the newest date of a document (teikit's
 * own TEI records none of the first kind); undefined when they carry no date at all.
 */
export function cmifDate(corpus: Corpus): string | undefined {
  const newest = (dates: (string | undefined)[]) =>
    dates
      .map((d) => d?.slice(0, 10))
      .filter((d): d is string => !!d && isW3cDate(d))
      .sort()
      .at(-1);
  return newest(corpus.published) ?? newest(corpus.documents.map((d) => d.date?.when));
}

export function exportCmif(corpus: Corpus, options: CmifOptions & { date: string }): string {
  const letters = corpus.documents.filter((d) => d.correspondence.some((a) => a.type === 'sent' || a.type === 'received'));
  const archives = [...new Set(letters.flatMap((d) => (d.digitalArchive ? [d.digitalArchive] : [])))];
  const sourceId = (archive: string) => `source-${archives.indexOf(archive) + 1}`;
  const title = options.title ?? 'Letters and telegrams converted by teikit';
  const sources = archives.length ? archives.map((a) => el('bibl', { type: 'online', 'xml:id': sourceId(a) }, a)) : [el('bibl', { type: 'online', 'xml:id': 'source-1' }, title)];
  const tree = el(
    'TEI',
    {},
    el(
      'teiHeader',
      {},
      el(
        'fileDesc',
        {},
        el('titleStmt', {}, el('title', {}, title), el('editor', {}, options.editor ?? 'teikit')),
        el(
          'publicationStmt',
          {},
          el('publisher', {}, options.editor ?? 'teikit'),
          el('idno', { type: 'url' }, options.url ?? 'corpus.cmif.xml'),
          el('date', { when: options.date }),
          el('availability', {}, el('licence', { target: LICENCE }, 'This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0')),
        ),
        el('sourceDesc', {}, sources),
      ),
      el('profileDesc', {}, letters.map((d) => correspDesc(d, corpus, d.digitalArchive ? `#${sourceId(d.digitalArchive)}` : archives.length ? undefined : '#source-1'))),
    ),
    el('text', {}, el('body', {}, el('p'))),
  );
  return serialize(tree);
}

function correspDesc(d: CorpusDocument, corpus: Corpus, source: string | undefined): XElement {
  const persons = (type: string) => d.correspondence.filter((a) => a.type === type).flatMap((a) => a.persons.map((p) => person(p, corpus)));
  const when = d.date && isW3cDate(d.date.when) ? d.date.when : undefined;
  const sent = [...persons('sent'), when && el('date', { when })];
  const received = persons('received');
  const relays = persons('transmitted');
  return el(
    'correspDesc',
    { ref: d.urls[0], source },
    sent.some(Boolean) && el('correspAction', { type: 'sent' }, sent),
    received.length > 0 && el('correspAction', { type: 'received' }, received),
    relays.length > 0 && el('note', { type: 'transmitted' }, 'Transmitted by ', relays.flatMap((r, i) => [i ? ', ' : '', r])),
  );
}

/** A correspondent's standard name, with @ref when a verified authority URI exists. */
function person(pointer: string, corpus: Corpus): XElement {
  const known = corpus.persons.get(pointer);
  const uris = known?.authority ?? [];
  return el('persName', { ref: uris.length ? uris.join(' ') : undefined }, known?.name ?? pointer);
}
