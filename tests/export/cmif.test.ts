import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmifDate, exportCmif } from '../../src/export/cmif.js';
import { exportCorpus } from '../../src/cli/export-corpus.js';
import { addFile, emptyCorpus } from '../../src/export/corpus.js';
import { VERIFIED } from '../../src/tei/authority.js';
import { readXml } from '../../src/tei/reader.js';
import { corpusOf, telegramTei } from '../helpers/corpus.js';
import { jingCmif } from '../helpers/formats.js';
import { teikit } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'teikit-cmif-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STALIN = 'http://www.wikidata.org/entity/Q855';
const MAO = 'http://www.wikidata.org/entity/Q5816';

describe('CMIF of tei-out', () => {
  const cmif = exportCmif(corpusOf('tei-out'), { editor: 'Jane Doe', url: 'https://example.org/cmif.xml', date: '2026-12-01' });

  it('is valid against cmif.rng (jing)', () => {
    expect(jingCmif(cmif, scratch)).toBe('');
  });

  it('has one correspDesc per telegram, with sender, addressee, relays and date', () => {
    expect(cmif.match(/<correspDesc /g)).toHaveLength(2);
    expect(cmif).toContain(`<correspDesc ref="https://wilson-center-digital-archive.dvincitest.com/document/112663" source="#source-1">
        <correspAction type="sent">
          <persName ref="http://www.wikidata.org/entity/Q5816">Mao Zedong</persName>
          <date when="1949-01-13"/>
        </correspAction>
        <correspAction type="received">
          <persName ref="http://www.wikidata.org/entity/Q855">Joseph Stalin</persName>
        </correspAction>
        <note type="transmitted">Transmitted by <persName>Terebin</persName>, <persName>Kuznetsov</persName></note>
      </correspDesc>`);
    expect(cmif).toContain('<bibl type="online" xml:id="source-2">History and Public Policy Program Digital Archive</bibl>');
    expect(cmif).toContain('<editor>Jane Doe</editor>');
    expect(cmif).toContain('<idno type="url">https://example.org/cmif.xml</idno>');
  });

  it('gives Stalin and Mao Zedong the Wikidata URIs the TEI person lists carry, and persons without one their name alone', () => {
    expect(cmif).toContain(`<persName ref="${STALIN}">Joseph Stalin</persName>`);
    expect(cmif).toContain(`<persName ref="${MAO}">Mao Zedong</persName>`);
    expect(cmif).toContain('<persName>Ivan Kovalev</persName>');
    expect([...cmif.matchAll(/<persName ref="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([MAO, STALIN, STALIN]);
  });
});

describe('CMIF authority URIs', () => {
  it('writes a verified identifier of the file as @ref, and leaves an unverified one out with a warning at its place', () => {
    const corpus = emptyCorpus();
    const tei = telegramTei('<idno type="wikidata">Q5816</idno><idno type="viaf">999999999</idno>');
    addFile(corpus, 'telegram.xml', readXml(tei), 'telegram');
    const cmif = exportCmif(corpus, { date: '2026-12-01' });
    expect(jingCmif(cmif, scratch)).toBe('');
    expect(cmif).toContain(`<persName ref="${MAO}">Mao Zedong</persName>`);
    expect(cmif).toContain(`<persName ref="${STALIN}">Joseph Stalin</persName>`);
    expect(cmif).not.toContain('999999999');
    expect(corpus.unverified).toEqual([{ file: 'telegram.xml', line: 1, column: 1, entity: 'mao-zedong', identifier: 'http://viaf.org/viaf/999999999' }]);
    // A month is a valid CMIF date as it stands.
    expect(cmif).toContain('<date when="1949-05"/>');
  });

  it('reports the unverified identifier with file:line:col through the CLI and still writes the file', () => {
    const file = join(scratch, 'telegram.xml');
    const tei = telegramTei('<idno type="viaf">999999999</idno>');
    writeFileSync(file, tei);
    const lines = tei.split('\n');
    const line = lines.findIndex((l) => l.includes('999999999')) + 1;
    const column = lines[line - 1]!.indexOf('<idno') + 1;
    const r = teikit(['export', '--format', 'cmif', file, '-o', join(scratch, 'out')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = teikit(['--json', 'export', '--format', 'cmif', file, '-o', join(scratch, 'out')]);
    const summary = JSON.parse(json.stdout) as { files: { diagnostics: { line: number; column: number; rule: string }[] }[] };
    expect(summary.files[0]!.diagnostics).toMatchObject([{ line, column, rule: 'export/unverified-authority' }]);
    expect(line).toBeGreaterThan(1);
    expect(readFileSync(join(scratch, 'out', 'corpus.cmif.xml'), 'utf8')).not.toContain('999999999');
  });

  it('holds every gazetteer identifier with the note of where it was verified', () => {
    expect(VERIFIED.get(STALIN)).toBe('stalin');
    expect(VERIFIED.get(MAO)).toBe('mao-zedong');
  });
});

describe('teikit export --format cmif with a bad input', () => {
  it('writes nothing, names the unreadable file with line and column, and exits 1', () => {
    const dir = join(scratch, 'bad');
    const out = join(scratch, 'bad-out');
    rmSync(dir, { recursive: true, force: true });
    teikit(['convert', 'sources/1949-04-13-kovalev-to-filippov-53517.txt', '-o', dir]);
    writeFileSync(join(dir, 'broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader>\n</TEI>\n');
    const r = teikit(['export', '--format', 'cmif', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.xml:3:\d+: error xml\/not-well-formed /);
    expect(r.stderr).toContain('corpus.cmif.xml:1:1: error export/incomplete not written: 1 input file(s) could not be read');
    expect(existsSync(join(out, 'corpus.cmif.xml'))).toBe(false);
  });
});

describe('the CMIF publication date', () => {
  afterEach(() => vi.useRealTimers());
  const telegram = (extra: { publication?: string; uploaded?: string; when?: string }) =>
    readXml(
      telegramTei()
        .replace('<publisher>teikit</publisher>', `<publisher>teikit</publisher>${extra.publication ? `<date when="${extra.publication}"/>` : ''}`)
        .replace('<sourceDesc><p>none</p></sourceDesc>', extra.uploaded ? `<sourceDesc><bibl type="citation">T, uploaded <date type="uploaded" when="${extra.uploaded}">then</date></bibl></sourceDesc>` : '<sourceDesc><p>none</p></sourceDesc>')
        .replace('<creation><date when="1949-05">May 1949</date></creation>', extra.when ? `<creation><date when="${extra.when}">then</date></creation>` : ''),
    );
  const dateOf = (...files: ReturnType<typeof telegram>[]) => {
    const corpus = emptyCorpus();
    files.forEach((f, i) => addFile(corpus, `t${i}.xml`, f, `t${i}`));
    return cmifDate(corpus);
  };

  it('is the newest date the files record of their publication, else the newest document date, else none', () => {
    expect(dateOf(telegram({ publication: '2024-03-05', when: '1950-01' }), telegram({ uploaded: '2021-11-02T10:00:00', when: '1951-02-01' }))).toBe('2024-03-05');
    expect(dateOf(telegram({ uploaded: '2021-11-02T10:00:00' }))).toBe('2021-11-02');
    expect(dateOf(telegram({ when: '1950-01' }), telegram({ when: '1949-12-31' }), telegram({ when: '1949-02-30' }))).toBe('1950-01');
    expect(dateOf(telegram({}))).toBeUndefined();
    expect(cmifDate(corpusOf('tei-out'))).toBe('1950-01-22');
  });

  it('gives the same bytes on two different days', () => {
    const run = (today: string, out: string) => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(today) });
      const outcomes = exportCorpus(['tei-out'], { format: 'cmif', outDir: join(scratch, out), quiet: true });
      expect(outcomes.every((o) => o.status === 'ok')).toBe(true);
      return readFileSync(join(scratch, out, 'corpus.cmif.xml'), 'utf8');
    };
    const first = run('2030-01-01T12:00:00Z', 'day-1');
    const second = run('2031-06-15T12:00:00Z', 'day-2');
    expect(second).toBe(first);
    expect(first).toContain('<date when="1950-01-22"/>');
  });

  it('--date overrides it; an impossible --date is a usage error; files with no date at all write nothing', () => {
    const out = join(scratch, 'dated');
    expect(teikit(['export', '--format', 'cmif', '--date', '2026-11-30', 'tei-out', '-o', out]).code).toBe(0);
    expect(readFileSync(join(out, 'corpus.cmif.xml'), 'utf8')).toContain('<date when="2026-11-30"/>');
    const bad = teikit(['export', '--format', 'cmif', '--date', '2026-02-30', 'tei-out', '-o', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--date <date>' argument '2026-02-30' is invalid. a date of the calendar: YYYY-MM-DD, YYYY-MM or YYYY");
    const undated = join(scratch, 'undated.xml');
    writeFileSync(undated, telegramTei().replace('<creation><date when="1949-05">May 1949</date></creation>', ''));
    const none = teikit(['export', '--format', 'cmif', undated, '-o', join(scratch, 'undated-out')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('corpus.cmif.xml:1:1: error export/no-date not written: no input carries a date to publish the file under; give --date YYYY-MM-DD');
    expect(existsSync(join(scratch, 'undated-out', 'corpus.cmif.xml'))).toBe(false);
  });
});
