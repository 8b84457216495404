/**
 * `build` reads each TEI file once and validates and exports that one tree: what it writes and
 * reports must be exactly what `validate` and each `export` write and report run one by one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAndExport, type Stage } from '../../src/cli/build.js';
import { exportFiles, validateFiles } from '../../src/cli/commands.js';
import { CORPUS_FORMATS } from '../../src/cli/export-corpus.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-build-once-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMATS = ['html', 'json', ...CORPUS_FORMATS] as const;

/** Every file under a folder with its bytes, by path inside it. */
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out[join(f.parentPath, f.name).slice(root.length)] = readFileSync(join(f.parentPath, f.name), 'utf8');
  }
  return out;
}

/** The stages as the commands give them one by one, writing under `out`. */
function oneByOne(tei: string[], out: string): Stage[] {
  return [['validated', validateFiles(tei, { quiet: true })], ...FORMATS.map((f): Stage => [f, exportFiles(tei, { format: f, outDir: join(out, f === 'gexf' || f === 'csv' ? 'network' : f), quiet: true })])];
}

function once(tei: string[], out: string, workers = 1): Promise<Stage[]> {
  const folder = (f: string) => join(out, f);
  return validateAndExport(tei, { html: folder('html'), json: folder('json'), corpus: { csl: folder('csl'), cmif: folder('cmif'), gexf: folder('network'), csv: folder('network') } }, true, workers);
}

/** Outcomes with the output folder's name made the same for both runs. */
const comparable = (stages: Stage[], out: string) => JSON.parse(JSON.stringify(stages).replaceAll(out, 'OUT')) as unknown;

describe('build: one tree per file for validate and every export', () => {
  it.each([1, 2])('writes and reports what the commands write and report one by one (tei-out, %i workers)', async (workers) => {
    const tei = readdirSync('tei-out').filter((f) => f.endsWith('.xml')).map((f) => join('tei-out', f));
    const a = join(dir, `separate-${workers}`);
    const b = join(dir, `once-${workers}`);
    const separate = oneByOne(tei, a);
    const shared = await once(tei, b, workers);
    expect(comparable(shared, b)).toEqual(comparable(separate, a));
    expect(shared.map(([name, list]) => [name, list.length])).toEqual([['validated', 5], ...FORMATS.map((f) => [f, 5])]);
    const written = tree(b);
    expect(Object.keys(written).filter((f) => f.startsWith('/html/') && f.endsWith('.html')).length).toBeGreaterThan(5);
    expect(written).toEqual(tree(a));
  });

  it('a file that cannot be read fails in every stage with its line and column, and no corpus file is written', async () => {
    const input = join(dir, 'bad-input');
    mkdirSync(input);
    cpSync('tei-out/1949-04-13-kovalev-to-filippov-53517.xml', join(input, 'good.xml'));
    writeFileSync(join(input, 'broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader>\n</TEI>\n');
    writeFileSync(join(input, 'html-root.xml'), '<html/>\n');
    const tei = ['broken.xml', 'good.xml', 'html-root.xml'].map((f) => join(input, f));
    const a = join(dir, 'bad-separate');
    const b = join(dir, 'bad-once');
    const shared = await once(tei, b, 2);
    expect(comparable(shared, b)).toEqual(comparable(oneByOne(tei, a), a));
    for (const [name, list] of shared) {
      const broken = list.find((o) => o.file.endsWith('broken.xml'))!;
      expect(broken.status, name).toBe(name === 'validated' ? 'invalid' : 'failed');
      expect(broken.diagnostics[0]).toMatchObject({ rule: 'xml/not-well-formed', line: 3 });
    }
    expect(shared.find(([name]) => name === 'csl')![1].at(-1)).toMatchObject({ status: 'failed', diagnostics: [{ rule: 'export/incomplete' }] });
    const written = Object.keys(tree(b));
    expect(written.filter((f) => !f.startsWith('/html/'))).toEqual(['/json/good.json']);
    expect(written).toEqual(expect.arrayContaining(['/html/good.html', '/html/index.html']));
  });
});
