/**
 * A batch killed mid-run (SIGKILL, as a crash or the OOM killer would; SIGINT, as Ctrl-C
 * would) leaves only complete outputs. A folder of 10,000 files converts whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BIN } from '../helpers/cli.js';
import { TEMP_FILE } from '../../src/util/fs.js';
import { incompleteness, SOURCES, teikitAsync, tempDir, type JsonSummary } from './helpers.js';

let dir: string;
let remove: () => void;
let big: string;
const COPIES = 80;

beforeAll(() => {
  ({ dir, remove } = tempDir('interrupt'));
  big = join(dir, 'big');
  mkdirSync(big);
  for (let i = 0; i < COPIES; i++) for (const s of SOURCES) copyFileSync(s, join(big, `${String(i).padStart(3, '0')}-${basename(s)}`));
});
afterAll(() => remove());

/** Starts a conversion of the big folder and sends `signal` once `after` outputs exist. */
async function interrupted(signal: NodeJS.Signals, out: string, after: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [BIN, 'convert', big, '-o', out, '--workers', '2', '-q'], { stdio: 'ignore' });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const n = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.xml')).length : 0;
    if (n >= after) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill(signal);
  return ended;
}

/** What is in the output folder: complete outputs, temporary files, anything else. */
function inspect(out: string): { outputs: string[]; temps: string[]; other: string[]; broken: [string, string][] } {
  const all = readdirSync(out);
  const outputs = all.filter((f) => f.endsWith('.xml') && !TEMP_FILE.test(f));
  const temps = all.filter((f) => TEMP_FILE.test(f));
  const other = all.filter((f) => !outputs.includes(f) && !temps.includes(f) && f !== 'reports');
  const broken = outputs.flatMap((f): [string, string][] => {
    const why = incompleteness(join(out, f));
    return why ? [[f, why]] : [];
  });
  return { outputs, temps, other, broken };
}

describe('a batch killed mid-run', () => {
  it('SIGKILL: every .xml written is complete; temporary files, if any, are dot-files ending .tmp', async () => {
    const out = join(dir, 'killed');
    const end = await interrupted('SIGKILL', out, 20);
    expect(end.signal).toBe('SIGKILL');
    const { outputs, other, broken, temps } = inspect(out);
    expect(outputs.length).toBeGreaterThanOrEqual(20);
    expect(outputs.length).toBeLessThan(COPIES * SOURCES.length);
    expect(broken).toEqual([]);
    expect(other).toEqual([]);
    for (const t of temps) expect(t).toMatch(TEMP_FILE);
    // A later run never takes a leftover temporary file for an output.
    const validated = await teikitAsync(['--json', 'validate', out]);
    expect((JSON.parse(validated.stdout) as JsonSummary).files.map((f) => basename(f.file)).sort()).toEqual(outputs.sort());
  });
  it('SIGINT: every .xml written is complete and no temporary file is left', async () => {
    const out = join(dir, 'interrupted');
    const end = await interrupted('SIGINT', out, 20);
    expect(end.code === 130 || end.signal === 'SIGINT').toBe(true);
    const { outputs, other, broken, temps } = inspect(out);
    expect(outputs.length).toBeGreaterThanOrEqual(20);
    expect(broken).toEqual([]);
    expect(other).toEqual([]);
    expect(temps).toEqual([]);
    expect(readdirSync(join(out, 'reports')).filter((f) => TEMP_FILE.test(f))).toEqual([]);
  });
  it('a rerun after a kill completes the batch without --force', async () => {
    const out = join(dir, 'killed');
    const r = await teikitAsync(['--json', 'convert', big, '-o', out, '--workers', '2']);
    expect(r.code).toBe(0);
    const { outputs, broken } = inspect(out);
    expect(outputs).toHaveLength(COPIES * SOURCES.length);
    expect(broken).toEqual([]);
  });
});

describe('a folder of 10,000 files', () => {
  it('converts every file, one output and one report each', async () => {
    const src = join(dir, 'ten-thousand');
    const out = join(dir, 'ten-thousand-out');
    mkdirSync(src);
    for (let i = 0; i < 10_000; i++) writeFileSync(join(src, `r${i}.txt`), `Record of conversation no. ${i}\n\nStalin: We agree [with the plan].\n`);
    const r = await teikitAsync(['--json', 'convert', src, '-o', out, '--workers', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as JsonSummary;
    expect(summary.counts).toEqual({ ok: 10_000, invalid: 0, failed: 0, skipped: 0 });
    expect(new Set(summary.files.map((f) => f.output)).size).toBe(10_000);
    expect(readdirSync(out).filter((f) => f.endsWith('.xml'))).toHaveLength(10_000);
    expect(readdirSync(join(out, 'reports'))).toHaveLength(10_000);
    expect(incompleteness(join(out, 'r9999.xml'))).toBeNull();
  }, 240_000);
});
