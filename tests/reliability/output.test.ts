/**
 * Output safety and determinism: atomic writes, nothing outside the output folder whatever the
 * input names, hand edits never overwritten without --force, and the same bytes every run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { TEMP_FILE, writeFileAtomic } from '../../src/util/fs.js';
import { checksumStatus } from '../../src/tei/checksum.js';
import { incompleteness, outcomeOf, SOURCES, teikitAsync, tempDir, type JsonSummary } from './helpers.js';

let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir('output')));
afterAll(() => remove());

/** Every file under a folder, as paths relative to it. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((p) => !lstatSync(join(root, p)).isDirectory())
    .sort();
}

describe('writeFileAtomic', () => {
  it('writes the whole text and leaves no temporary file', () => {
    const target = join(dir, 'atomic', 'a.xml');
    const text = 'x'.repeat(3 * 2 ** 20);
    writeFileAtomic(target, text);
    writeFileAtomic(target, `${text}y`);
    expect(readFileSync(target, 'utf8')).toBe(`${text}y`);
    expect(readdirSync(join(dir, 'atomic'))).toEqual(['a.xml']);
  });
  it('removes its temporary file and keeps what was there when the rename fails', () => {
    const target = join(dir, 'atomic', 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(readdirSync(join(dir, 'atomic')).sort()).toEqual(['a.xml', 'taken']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
  it('names temporary files so they are never taken for outputs', () => {
    expect(['.a.xml.12-0.tmp', '.x.tmp'].every((n) => TEMP_FILE.test(n))).toBe(true);
    expect(['a.xml', 'a.tmp', '.a.xml', 'reports'].some((n) => TEMP_FILE.test(n))).toBe(false);
  });
});

describe('nothing is written outside the output folder', () => {
  const NAMES = ['-rf.txt', '--force.txt', 'with space.txt', 'Ünïcödé 北京 ‮.txt', '...txt', '.hidden.txt', 'a..b.txt', 'x.txt.txt'];
  let summary: JsonSummary;
  let src: string;
  let out: string;

  beforeAll(async () => {
    src = join(dir, 'names', 'src');
    out = join(dir, 'names', 'out');
    mkdirSync(join(src, 'deep', 'er'), { recursive: true });
    for (const name of NAMES) copyFileSync(SOURCES[1]!, join(src, name));
    copyFileSync(SOURCES[1]!, join(src, 'deep', 'er', 'nested.txt'));
    // Paths with `..` in them, given on the command line and through --files-from.
    writeFileSync(join(dir, 'names', 'list'), '../elsewhere/../elsewhere/./listed.txt\n');
    mkdirSync(join(dir, 'names', 'elsewhere'));
    copyFileSync(SOURCES[1]!, join(dir, 'names', 'elsewhere', 'listed.txt'));
    const r = await teikitAsync(['--json', 'convert', '-o', '../out', '--files-from', '../list', '--', `deep/../${NAMES[0]}`, '.'], { cwd: src });
    expect(r.stderr).toBe('');
    summary = JSON.parse(r.stdout) as JsonSummary;
  });

  it('converts every oddly named file once, to <base name>.xml in the output folder', () => {
    expect(summary.counts).toMatchObject({ ok: NAMES.length + 2, failed: 1 });
    expect(outcomeOf(summary, '.hidden.txt').output).toBe(join('../out', '.hidden.xml'));
    expect(outcomeOf(summary, '...txt').output).toBe(join('../out', '...xml'));
    expect(outcomeOf(summary, 'x.txt.txt').output).toBe(join('../out', 'x.txt.xml'));
  });
  it('refuses the same file named twice rather than writing it twice', () => {
    const twice = summary.files.filter((f) => f.status === 'failed');
    expect(twice.map((f) => [f.file, f.diagnostics[0]!.rule])).toEqual([['-rf.txt', 'output/collision']]);
  });
  it('writes inside the output folder only, and leaves the sources alone', () => {
    const names = NAMES.map((n) => n.replace(/\.txt$/, ''));
    expect(tree(out)).toEqual([...names, 'nested', 'listed'].flatMap((n) => [`${n}.xml`, `reports/${n}.report.json`]).sort());
    expect(tree(join(dir, 'names')).filter((p) => !p.startsWith('out/'))).toEqual(['list', 'elsewhere/listed.txt', ...[...NAMES, 'deep/er/nested.txt'].map((n) => `src/${n}`)].sort());
    for (const f of tree(out)) expect(realpathSync(join(out, f)).startsWith(`${realpathSync(out)}${sep}`)).toBe(true);
  });
  it('does not write through a symbolic link in the output folder to a file outside it', async () => {
    const victim = join(dir, 'names', 'victim.xml');
    writeFileSync(victim, '<not-teikit/>\n');
    const outLinked = join(dir, 'names', 'linked-out');
    mkdirSync(outLinked);
    symlinkSync(victim, join(outLinked, 'good.xml'));
    copyFileSync(SOURCES[1]!, join(dir, 'names', 'good.txt'));
    const refused = await teikitAsync(['convert', join(dir, 'names', 'good.txt'), '-o', outLinked]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('was not written by teikit; not overwritten (use --force to replace it)');
    const forced = await teikitAsync(['convert', join(dir, 'names', 'good.txt'), '-o', outLinked, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('<not-teikit/>\n');
    expect(lstatSync(join(outLinked, 'good.xml')).isSymbolicLink()).toBe(false);
    expect(incompleteness(join(outLinked, 'good.xml'))).toBeNull();
  });
});

describe('hand edits are detected and kept', () => {
  let out: string;
  let file: string;
  let written: string;
  beforeAll(async () => {
    out = join(dir, 'edits');
    expect((await teikitAsync(['convert', SOURCES[2]!, '-o', out])).code).toBe(0);
    file = join(out, basename(SOURCES[2]!).replace(/\.txt$/, '.xml'));
    written = readFileSync(file, 'utf8');
  });

  it('records a checksum the file matches as written', () => {
    expect(written).toMatch(/<idno type="checksum">sha256:[0-9a-f]{64}<\/idno>/);
    expect(checksumStatus(written)).toBe('intact');
  });
  it('sees any change of one character outside the checksum as an edit', () => {
    const field = /sha256:[0-9a-f]{64}/.exec(written)!;
    const outside = fc.integer({ min: 0, max: written.length - 1 }).filter((i) => i < field.index || i >= field.index + field[0].length);
    fc.assert(
      fc.property(outside, fc.constantFrom('x', ' ', '\n', ''), (i, ch) => {
        fc.pre(written[i] !== ch);
        expect(checksumStatus(written.slice(0, i) + ch + written.slice(i + 1))).toBe('edited');
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
  it('refuses to overwrite an edited file or one teikit did not write, and --force replaces both', async () => {
    for (const content of [written.replace('</body>', '<p>An editor’s note.</p></body>'), written.replace(/<idno type="checksum">[^<]*<\/idno>/, '')]) {
      writeFileSync(file, content);
      const r = await teikitAsync(['--json', 'convert', SOURCES[2]!, '-o', out]);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).files[0].diagnostics[0].rule).toBe('output/protected');
      expect(readFileSync(file, 'utf8')).toBe(content);
    }
    expect((await teikitAsync(['convert', SOURCES[2]!, '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });
});

describe('determinism', () => {
  it('writes byte-identical TEI and reports whatever the worker count, time zone and locale', async () => {
    const runs: { name: string; args: string[]; env: Record<string, string> }[] = [
      { name: 'one', args: ['--workers', '1'], env: {} },
      { name: 'two', args: ['--workers', '2'], env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } },
      { name: 'three', args: ['--workers', '3'], env: { TZ: 'America/Adak', LANG: 'C' } },
    ];
    const outputs = await Promise.all(
      runs.map(async ({ name, args, env }) => {
        const out = join(dir, 'det', name);
        const r = await teikitAsync(['convert', 'sources', '-o', out, ...args], { env });
        expect(r.code).toBe(0);
        return Object.fromEntries(tree(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
      }),
    );
    expect(Object.keys(outputs[0]!)).toHaveLength(SOURCES.length * 2);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });
  it('keeps machine-specific facts (folders, dates of the run) out of the TEI', () => {
    const out = join(dir, 'det', 'one');
    for (const f of tree(out).filter((x) => x.endsWith('.xml'))) {
      const xml = readFileSync(join(out, f), 'utf8');
      expect(xml).not.toContain(dir);
      expect(xml).not.toContain(process.cwd());
      expect(xml).not.toContain(new Date().toISOString().slice(0, 10));
    }
    expect(existsSync(join(out, 'reports'))).toBe(true);
  });
});
