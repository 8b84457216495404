/**
 * tei-out/ is the committed conversion of sources/: one TEI file per source, current
 * (regenerating gives byte-identical files) and deterministic (two runs agree).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { decode } from '../../src/ingest/decode.js';
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';

const sources = readdirSync('sources').filter((f) => f.endsWith('.txt')).sort();

function convert(name: string): string {
  const { text } = decode(readFileSync(`sources/${name}`), name);
  return writeTei(convertText(text, name).conversion);
}

describe('tei-out/', () => {
  it('holds one .xml per source and nothing else but reports', () => {
    const xml = readdirSync('tei-out').filter((f) => f.endsWith('.xml')).sort();
    expect(xml).toEqual(sources.map((s) => s.replace(/\.txt$/, '.xml')));
    expect(readdirSync('tei-out').filter((f) => !f.endsWith('.xml'))).toEqual(['reports']);
  });

  for (const name of sources) {
    it(`${name}: the committed TEI is current (run \`npm start\` to regenerate)`, () => {
      expect(convert(name)).toBe(readFileSync(`tei-out/${name.replace(/\.txt$/, '.xml')}`, 'utf8'));
    });
  }

  it('two conversions give byte-identical output', () => {
    for (const name of sources) expect(convert(name)).toBe(convert(name));
  });
});
