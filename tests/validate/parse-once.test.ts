/**
 * `validate` (and `build`'s validation) parses each file once: the document libxml2 parses for
 * its verdict on the form is the one checked against the grammar, and it is freed afterwards.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { XmlDocument } from 'libxml2-wasm';
import { validateAndExport } from '../../src/cli/build.js';
import { validateFiles } from '../../src/cli/commands.js';

const TEI = readdirSync('tei-out').filter((f) => f.endsWith('.xml')).map((f) => join('tei-out', f));

/**
 * libxml2's parses (the schema's own included) and the documents freed while `run` runs, and how
 * often fast-xml-parser read a tree. Its own well-formedness check, once a second pass, never runs.
 */
async function count(run: () => unknown): Promise<{ parsed: number; freed: number; trees: number }> {
  const fromBuffer = vi.spyOn(XmlDocument, 'fromBuffer');
  const fromString = vi.spyOn(XmlDocument, 'fromString');
  const dispose = vi.spyOn(XmlDocument.prototype, 'dispose');
  const check = vi.spyOn(XMLValidator, 'validate');
  const trees = vi.spyOn(XMLParser.prototype, 'parse');
  await run();
  expect(check).not.toHaveBeenCalled();
  return { parsed: fromBuffer.mock.calls.length + fromString.mock.calls.length, freed: dispose.mock.calls.length, trees: trees.mock.calls.length };
}

afterEach(() => vi.restoreAllMocks());

describe('one libxml2 parse per file', () => {
  it('validate: the schema once, then each file once, each document freed', async () => {
    expect(TEI).toHaveLength(5);
    let outcomes: ReturnType<typeof validateFiles> = [];
    const n = await count(() => (outcomes = validateFiles(TEI, { quiet: true })));
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(n).toEqual({ parsed: 1 + 5, freed: 1 + 5, trees: 5 });
  });

  it('build: the same for validation and every export of the files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-parse-once-'));
    try {
      const folder = (f: string) => join(dir, f);
      const n = await count(() => validateAndExport(TEI, { html: folder('html'), json: folder('json'), corpus: { csl: folder('csl'), cmif: folder('cmif'), gexf: folder('network'), csv: folder('network') } }, true));
      expect(n).toEqual({ parsed: 1 + 5, freed: 1 + 5, trees: 5 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a repeated xml:id: a second parse of a copy with fresh ids, so the rest is still validated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-parse-once-'));
    try {
      const file = join(dir, 'ids.xml');
      writeFileSync(file, '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p xml:id="a"/><p xml:id="a"/></TEI>\n');
      let outcomes: ReturnType<typeof validateFiles> = [];
      const n = await count(() => (outcomes = validateFiles([file], { quiet: true })));
      expect(outcomes[0]!.diagnostics.map((d) => d.message)).toContain('value "a" of attribute "xml:id" of element "p" is defined more than once');
      // The schema, the file (refused: no document), its copy, and the schema read as text to explain the fault.
      // Trees: the file's, and the schema's, which explains the fault.
      expect(n).toEqual({ parsed: 1 + 2 + 1, freed: 1 + 1 + 1, trees: 1 + 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
