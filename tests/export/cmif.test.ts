import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCmif } from '../../src/export/cmif.js';
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
