/**
 * The `teikit` command as a script sees it: exit codes, output formats, files written,
 * help that teaches, and nothing overwritten or half-written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { teikit } from '../helpers/cli.js';
import { RULES } from '../../src/validate/rules.js';

let dir: string;
const SOURCE = 'sources/1949-04-13-kovalev-to-filippov-53517.txt';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('teikit --help and --version', () => {
  it('prints the version and exits 0', () => {
    const r = teikit(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('teaches each command with an example', () => {
    for (const cmd of ['convert', 'validate', 'export', 'build']) {
      const r = teikit([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: teikit ${cmd}`);
    }
    expect(teikit(['convert', '--help']).stdout).toContain('Examples:');
    expect(teikit(['--help']).stdout).toContain('Exit status: 0 all fine, 1 a file failed or is invalid, 2 usage error, 130 interrupted.');
    const validateHelp = teikit(['validate', '--help']).stdout.replace(/\s+/g, ' ');
    for (const rule of RULES) expect(validateHelp).toContain(rule.id);
  });
  it('exits 2 on usage errors', () => {
    expect(teikit(['frobnicate']).code).toBe(2);
    expect(teikit(['convert']).code).toBe(2);
    const r = teikit(['export', '--format', 'pdf', 'tei-out']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Allowed choices are html, json, text, csl, cmif, gexf, csv");
  });
});

describe('npm start', () => {
  it('runs the build its script names, on a copy of sources/, and exits 0 with a one-screen summary', () => {
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(start).toMatch(/^node bin\/teikit\.js /);
    const work = join(dir, 'start');
    cpSync('sources', join(work, 'sources'), { recursive: true });
    const r = teikit(start.replace(/^node bin\/teikit\.js /, '').split(' '), work);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('teikit build — converted: 5 ok; validated: 5 ok; html: 5 ok; json: 5 ok; csl: 5 ok; cmif: 5 ok; gexf: 5 ok; csv: 5 ok');
    expect(readdirSync(join(work, 'tei-out')).filter((f) => f.endsWith('.xml'))).toHaveLength(5);
    expect(readdirSync(join(work, 'html'))).toContain('index.html');
    expect(readdirSync(join(work, 'json'))).toHaveLength(5);
    expect(readdirSync(join(work, 'csl'))).toEqual(['corpus.csl.json']);
    expect(readdirSync(join(work, 'cmif'))).toEqual(['corpus.cmif.xml']);
    expect(readdirSync(join(work, 'network')).sort()).toEqual(['corpus.gexf', 'edges.csv', 'nodes.csv']);
  });
});

describe('teikit convert', () => {
  it('writes <name>.xml and a report for a source, and summarises', () => {
    const out = join(dir, 'one');
    const r = teikit(['convert', SOURCE, '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['1949-04-13-kovalev-to-filippov-53517.xml', 'reports']);
    expect(readFileSync(join(out, '1949-04-13-kovalev-to-filippov-53517.xml'), 'utf8')).toBe(readFileSync('tei-out/1949-04-13-kovalev-to-filippov-53517.xml', 'utf8'));
    const report = JSON.parse(readFileSync(join(out, 'reports', '1949-04-13-kovalev-to-filippov-53517.report.json'), 'utf8'));
    expect(report.removed).toHaveLength(9);
    expect(r.stdout).toContain('9 chrome lines removed');
    expect(r.stdout).toContain('missing: original language');
  });
  it('prints a machine-readable summary with --json', () => {
    const r = teikit(['--json', 'convert', SOURCE, '-o', join(dir, 'json')]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ command: 'convert', ok: true, counts: { ok: 1, failed: 0 } });
    expect(summary.files[0]).toMatchObject({ file: SOURCE, status: 'ok', output: join(dir, 'json', '1949-04-13-kovalev-to-filippov-53517.xml') });
  });
  it('fails an empty file with a clear message, converts the rest and exits 1', () => {
    const src = join(dir, 'mixed');
    mkdirSync(src);
    writeFileSync(join(src, 'empty.txt'), '');
    cpSync(SOURCE, join(src, 'good.txt'));
    const out = join(dir, 'mixed-out');
    const r = teikit(['convert', src, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(src, 'empty.txt')}:1:1: error ingest/empty file is empty`);
    expect(existsSync(join(out, 'good.xml'))).toBe(true);
    expect(existsSync(join(out, 'empty.xml'))).toBe(false);
  });
  it('refuses to overwrite a hand-edited file without --force', () => {
    const out = join(dir, 'edited');
    expect(teikit(['convert', SOURCE, '-o', out]).code).toBe(0);
    const file = join(out, '1949-04-13-kovalev-to-filippov-53517.xml');
    const edited = readFileSync(file, 'utf8').replace('<head>On the loan.</head>', '<head>On the loan</head>');
    writeFileSync(file, edited);
    const r = teikit(['convert', SOURCE, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('was edited by hand since it was converted; not overwritten (use --force to replace it)');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(teikit(['convert', SOURCE, '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });
  it('reconverts its own unedited output without --force', () => {
    const out = join(dir, 'again');
    expect(teikit(['convert', SOURCE, '-o', out]).code).toBe(0);
    expect(teikit(['convert', SOURCE, '-o', out]).code).toBe(0);
  });
  it('refuses a file that is already TEI', () => {
    const r = teikit(['convert', 'tei-out/1949-04-13-kovalev-to-filippov-53517.xml', '-o', join(dir, 'tei')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ingest/already-tei');
  });
  it('reports a missing path and exits 1', () => {
    const r = teikit(['convert', join(dir, 'nope.txt'), '-o', join(dir, 'x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('input/unreadable no such file or folder');
  });
});

describe('teikit validate', () => {
  it('prints only a summary for tei-out and exits 0', () => {
    const r = teikit(['validate', 'tei-out']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('teikit validate — validate: 5 ok');
  });
  it('says which rules checked each file: teikit for its own, tei for TEI made elsewhere, or as --rules says', () => {
    const mine = 'tei-out/1949-04-13-kovalev-to-filippov-53517.xml';
    const theirs = 'tests/fixtures/tei-styles/drama-groups.xml';
    // The project schema rejects the play (foreign elements); the rules that ran are what is asserted here.
    expect(teikit(['validate', mine, theirs]).stdout).toContain(`  ✓ ${mine} (rules: teikit)\n  ✗ ${theirs} (rules: tei)\n`);
    const forced = teikit(['validate', '--rules', 'teikit', theirs]);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toContain(`${theirs}:33:9: error pointer-kind @who="#villagers" of sp points to a personGrp, not a person`);
    const json = JSON.parse(teikit(['validate', '--format', 'json', '--no-rules', theirs]).stdout);
    expect(json.files[0]).toMatchObject({ rules: 'none' });
    expect(json.files[0].diagnostics.every((d: { rule: string }) => d.rule === 'schema/invalid')).toBe(true);
    expect(teikit(['validate', '--rules', 'house', theirs]).code).toBe(2);
  });
  it('prints file:line:col: severity rule message for a broken file and exits 1', () => {
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n</TEI>\n');
    const r = teikit(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: error xml/not-well-formed `));
  });
  it('gives the same findings as JSON with --format json', () => {
    const bad = join(dir, 'bad2.xml');
    writeFileSync(bad, '');
    const r = teikit(['validate', '--format', 'json', bad]);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.files[0].diagnostics[0]).toMatchObject({ line: 1, column: 1, rule: 'xml/empty', severity: 'error' });
  });
});

describe('teikit export', () => {
  it('writes one text file per TEI file', () => {
    const out = join(dir, 'text');
    const r = teikit(['export', '--format', 'text', 'tei-out', '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(readdirSync('tei-out').filter((f) => f.endsWith('.xml')).map((f) => f.replace(/\.xml$/, '.txt')).sort());
  });
  it('writes html pages and an index', () => {
    const out = join(dir, 'html');
    expect(teikit(['export', '--format', 'html', 'tei-out', '-o', out]).code).toBe(0);
    expect(readdirSync(out)).toContain('index.html');
  });
});
