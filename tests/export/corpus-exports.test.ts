/**
 * Every corpus export, written by the real command, checked by its format's own schema or
 * reference library: for tei-out and for a synthetic corpus of 200 documents (the bench's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesiseCorpus } from '../../bench/corpus.js';
import { VERIFIED } from '../../src/tei/authority.js';
import { teikit } from '../helpers/cli.js';
import { bibliography, cslValidator, jingCmif, readCsv, readGexf } from '../helpers/formats.js';
import type { CslItem } from '../../src/export/csl.js';

const scratch = mkdtempSync(join(tmpdir(), 'teikit-corpus-exports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Authority URIs anywhere in a text. */
const AUTHORITY_URI = /https?:\/\/(?:www\.wikidata\.org\/entity|viaf\.org\/viaf|sws\.geonames\.org)\/[\w-]+/g;

function exportAll(tei: string, out: string): Record<string, string> {
  for (const format of ['csl', 'cmif', 'gexf', 'csv']) {
    const r = teikit(['--quiet', 'export', '--format', format, tei, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
  }
  return Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

function checkAll(files: Record<string, string>, documents: number): void {
  expect(Object.keys(files).sort()).toEqual(['corpus.cmif.xml', 'corpus.csl.json', 'corpus.gexf', 'edges.csv', 'nodes.csv']);
  const items = JSON.parse(files['corpus.csl.json']!) as CslItem[];
  const validate = cslValidator();
  expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
  expect(items).toHaveLength(documents);
  expect(new Set(items.map((i) => i.id)).size).toBe(documents);
  expect(bibliography(items, 'apa')).toHaveLength(documents);
  expect(jingCmif(files['corpus.cmif.xml']!, scratch)).toBe('');
  const graph = readGexf(files['corpus.gexf']!);
  const nodes = readCsv(files['nodes.csv']!);
  const edges = readCsv(files['edges.csv']!);
  expect(graph.order).toBe(nodes.length);
  expect(graph.size).toBe(edges.length);
  expect(graph.nodes().sort()).toEqual(nodes.map((n) => n.id).sort());
  for (const e of edges) expect(graph.extremities(e.id!).sort(), e.id).toEqual([e.source, e.target].sort());
  for (const [name, text] of Object.entries(files)) for (const uri of text.match(AUTHORITY_URI) ?? []) expect(VERIFIED.has(uri), `${name}: ${uri}`).toBe(true);
}

describe('corpus exports of tei-out', () => {
  it('are each valid by their schema or reference library, and carry only verified authority URIs', () => {
    checkAll(exportAll('tei-out', join(scratch, 'tei-out')), 7);
  });
});

describe('corpus exports of a synthetic corpus of 200 documents', () => {
  const tei = join(scratch, 'synthetic-tei');
  beforeAll(() => {
    const corpus = synthesiseCorpus('sources', join(scratch, 'synthetic-src'), 200);
    const r = teikit(['--quiet', 'convert', '--workers', '2', corpus.dir, '-o', tei]);
    expect(r.code, r.stderr).toBe(0);
  }, 300_000);

  it('are each valid by their schema or reference library', () => {
    // Sources with two documents (two of the five) give two each: 200 files, 280 documents.
    checkAll(exportAll(tei, join(scratch, 'synthetic-out')), 280);
  }, 300_000);
});
