/**
 * `--check` / `--no-check`: whether convert checks each TEI file against the project schema
 * before writing it. On by default for `convert`, off for `build` (which validates what it
 * writes). Seen through a copy of teikit whose project schema accepts no TEI at all, so a check
 * that runs refuses every file and a check that does not run lets them through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const SOURCES = ['sources/1949-04-13-kovalev-to-filippov-53517.txt', 'sources/1949-06-27-stalin-ccp-delegation.txt'].map((s) => resolve(s));
const OUTPUTS = ['1949-04-13-kovalev-to-filippov-53517.xml', '1949-06-27-stalin-ccp-delegation.xml'];
const REFUSE_ALL = '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element name="nothing"><empty/></element></start></grammar>\n';

let dir: string;
let bin: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-check-'));
  const pkg = join(dir, 'pkg');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(part, join(pkg, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(pkg, 'node_modules'));
  mkdirSync(join(pkg, 'schemas'));
  writeFileSync(join(pkg, 'schemas', 'teikit.rng'), REFUSE_ALL);
  bin = join(pkg, 'bin', 'teikit.js');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string, args: string[]): { code: number; stderr: string; out: string; written: boolean[] } {
  const out = join(dir, name);
  const r = spawnSync(process.execPath, [bin, ...args, ...SOURCES, '-o', join(out, 'tei')], { cwd: out, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stderr: r.stderr, out: r.stdout, written: OUTPUTS.map((f) => existsSync(join(out, 'tei', f))) };
}

const refused = /\/1949-04-13-kovalev-to-filippov-53517\.xml:2:1: error internal\/schema\/invalid converter produced invalid TEI, not written: element "TEI" is not allowed as the root; expected element "nothing"/;

describe('teikit convert', () => {
  beforeAll(() => {
    for (const name of ['default', 'check', 'no-check', 'workers', 'workers-no-check', 'last']) mkdirSync(join(dir, name));
  });

  it('checks by default: a file the schema rejects is not written, exit 1', () => {
    const r = run('default', ['convert']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(refused);
    expect(r.written).toEqual([false, false]);
    expect(r.out).toContain('teikit convert — convert: 0 ok, 2 failed');
  });

  it('--check is the default spelled out', () => {
    const r = run('check', ['convert', '--check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(refused);
    expect(r.written).toEqual([false, false]);
  });

  it('--no-check writes without the check (validate is left to judge), exit 0', () => {
    const r = run('no-check', ['convert', '--no-check']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.written).toEqual([true, true]);
    expect(r.out).toContain('teikit convert — convert: 2 ok');
  });

  it('in worker threads too, either way', () => {
    const checked = run('workers', ['convert', '--workers', '2']);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(refused);
    expect(checked.written).toEqual([false, false]);
    const unchecked = run('workers-no-check', ['convert', '--workers', '2', '--no-check']);
    expect(unchecked.code).toBe(0);
    expect(unchecked.written).toEqual([true, true]);
  });

  it('the last of --check and --no-check wins', () => {
    expect(run('last', ['convert', '--check', '--no-check']).written).toEqual([true, true]);
  });
});

describe('teikit build', () => {
  it('does not check while converting by default: the files are written and validate rejects them', () => {
    mkdirSync(join(dir, 'build'));
    const r = run('build', ['build']);
    expect(r.code).toBe(1);
    expect(r.written).toEqual([true, true]);
    expect(r.stderr).toMatch(/\/1949-04-13-kovalev-to-filippov-53517\.xml:2:1: error schema\/invalid element "TEI" is not allowed as the root; expected element "nothing"/);
    expect(r.stderr).not.toContain('internal/');
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^teikit build — converted: 2 ok; validated: 0 ok, 2 failed; /);
  });

  it('--check checks while converting: nothing is written, nothing left to validate', () => {
    mkdirSync(join(dir, 'build-check'));
    const r = run('build-check', ['build', '--check']);
    expect(r.code).toBe(1);
    expect(r.written).toEqual([false, false]);
    expect(r.stderr).toMatch(refused);
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^teikit build — converted: 0 ok, 2 failed; validated: 0 ok; /);
  });
});
