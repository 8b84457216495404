/** Timing child processes: wall time from here, peak RSS and CPU time from inside (bench/probe.mjs). */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface Run {
  ms: number;
  /** Only for node processes started with the probe. */
  rssKb?: number;
  cpuMs?: number;
}

export class StageError extends Error {}

const PROBE = new URL('./probe.mjs', import.meta.url).href;
const TEIKIT = fileURLToPath(new URL('../bin/teikit.js', import.meta.url));

/** Runs a command to the end; a non-zero exit is a StageError carrying the end of its stderr. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0) resolve(ms);
      else reject(new StageError(`${command} ${args.slice(0, 6).join(' ')}… exited with ${code ?? signal}:\n${stderr.trim()}`));
    });
  });
}

let probes = 0;

/** `node bin/teikit.js ...args`, as a user runs it, with the probe preloaded. */
export async function runTeikit(args: string[]): Promise<Run> {
  const report = join(tmpdir(), `teikit-bench-probe-${process.pid}-${probes++}.json`);
  const ms = await runCommand(process.execPath, ['--import', PROBE, TEIKIT, ...args], { TEIKIT_BENCH_PROBE: report });
  if (!existsSync(report)) return { ms };
  const { rssKb, cpuMs } = JSON.parse(readFileSync(report, 'utf8')) as { rssKb: number; cpuMs: number };
  rmSync(report);
  return { ms, rssKb, cpuMs };
}

export const teikitVersion = (): Promise<number> => runCommand(process.execPath, [TEIKIT, '--version']);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Measured {
  runs: number;
  ms: number;
  rssKb?: number;
  cpuMs?: number;
}

/**
 * Medians over up to `reps` runs, preceded by `prepare` (unmeasured: clearing outputs). A run that
 * takes the whole time budget is not repeated, so the largest corpus stays affordable.
 */
export async function repeat(measure: () => Promise<Run>, prepare: () => void, reps: number, budgetMs: number): Promise<Measured> {
  const runs: Run[] = [];
  let spent = 0;
  while (runs.length < reps && (runs.length === 0 || spent < budgetMs)) {
    prepare();
    const run = await measure();
    runs.push(run);
    spent += run.ms;
  }
  const of = (key: 'rssKb' | 'cpuMs') => (runs.every((r) => r[key] !== undefined) ? { [key]: median(runs.map((r) => r[key]!)) } : {});
  return { runs: runs.length, ms: median(runs.map((r) => r.ms)), ...of('rssKb'), ...of('cpuMs') };
}
