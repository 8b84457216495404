import { describe, expect, it } from 'vitest';
import { exportCsl, location } from '../../src/export/csl.js';
import { corpusOf } from '../helpers/corpus.js';
import { bibliography, cslValidator } from '../helpers/formats.js';

const items = exportCsl(corpusOf('tei-out'));
const byId = (id: string) => items.find((i) => i.id === id)!;

describe('CSL-JSON of tei-out', () => {
  it('is valid against the CSL data schema', () => {
    const validate = cslValidator();
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toHaveLength(7);
  });

  it('renders every item as one bibliography entry in apa, vancouver and harvard1', () => {
    for (const style of ['apa', 'vancouver', 'harvard1']) {
      const entries = bibliography(items, style);
      expect(entries).toHaveLength(items.length);
      for (const item of items) expect(entries.filter((e) => e.includes(item.title)), `${style}: ${item.id}`).toHaveLength(1);
    }
  });

  it('names the archive and the archival location of every source in apa and vancouver (harvard1 prints no archive)', () => {
    const sources = ['doc-1945-10-10-petrov-mao-zhou-wang', 'doc-1949-01-13-terebin-to-kuznetsov-mao-to-filippov', 'doc-1949-04-13-kovalev-to-filippov-53517', 'doc-1949-06-27-stalin-ccp-delegation-1', 'doc-1949-12-16-stalin-mao-two-meetings-1'];
    for (const style of ['apa', 'vancouver']) {
      const entries = bibliography(items, style);
      for (const id of sources) {
        const { title, archive, archive_location } = byId(id);
        const entry = entries.find((e) => e.includes(title))!;
        expect(entry, `${style}: ${id}`).toContain(archive!);
        expect(entry, `${style}: ${id}`).toContain(archive_location!);
      }
    }
  });

  it('cites the Kovalev telegram in APA exactly', () => {
    const entry = bibliography([byId('doc-1949-04-13-kovalev-to-filippov-53517')], 'apa')[0];
    expect(entry).toBe(
      'Ivan Kovalev. (1949). Ciphered Telegram No. 53517 from Kovalev to Filippov [Stalin] (Sergey Radchenko, Trans.) [Ciphered telegram]. In History and Public Policy Program Digital Archive. Archive of the President of the Russian Federation (f. 45, op. 1, d. 331, ll. 15-21), Moscow.',
    );
  });

  it('fills the fields of an archival document: type, date, names, archive, container, URL, abstract, languages', () => {
    const t = byId('doc-1949-01-13-terebin-to-kuznetsov-mao-to-filippov');
    expect(t).toMatchObject({
      type: 'manuscript',
      genre: 'Ciphered telegram',
      issued: { 'date-parts': [[1949, 1, 13]] },
      author: [{ literal: 'Mao Zedong' }],
      recipient: [{ literal: 'Joseph Stalin' }],
      contributor: [{ literal: 'Sergey Radchenko' }],
      archive: 'Archive of the President of the Russian Federation',
      'archive-place': 'Moscow',
      archive_location: 'f. 45, op. 1, d. 330',
      'container-title': 'Wilson Center Digital Archive',
      URL: 'https://wilson-center-digital-archive.dvincitest.com/document/112663',
      language: 'en',
      note: 'Translated from Russian. Also held at Russian State Archive of Socio-Political History, f. 558, op. 11, d. 330, ll. 0100, 0101-0102, and 0103. Authority records: Mao Zedong http://www.wikidata.org/entity/Q5816; Joseph Stalin http://www.wikidata.org/entity/Q855.',
    });
    expect(t.abstract).toMatch(/^Mao responds to Stalin's telegrams/);
    // A record's recorder is its author; its translator is a translator.
    expect(byId('doc-1949-12-16-stalin-mao-two-meetings-1')).toMatchObject({ author: [{ literal: 'Fedorenko' }], translator: [{ literal: 'Irina Malenko' }] });
  });

  it('names the verified authority record of each author and recipient the TEI identifies, and no other', () => {
    expect(byId('doc-1949-04-13-kovalev-to-filippov-53517').note).toContain('Authority records: Joseph Stalin http://www.wikidata.org/entity/Q855.');
    // Kovalev has no identifier in the gazetteer; a record of conversation has no author or recipient from correspondence.
    expect(byId('doc-1949-04-13-kovalev-to-filippov-53517').note).not.toContain('Kovalev');
    expect(byId('doc-1949-12-16-stalin-mao-two-meetings-1').note ?? '').not.toContain('Authority records');
  });

  it('keeps an identifier the table could not split whole, and a month date as year and month', () => {
    expect(location({ role: 'primary', text: ' Fonds 12, Item 3 ', components: [] })).toBe('Fonds 12, Item 3');
    expect(location({ role: 'primary', text: 'x', components: [{ type: 'fond', value: '5' }, { type: 'list', value: '12' }] })).toBe('f. 5, l. 12');
  });
});
