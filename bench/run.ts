/**
 * `npm run bench [-- --docs 1000,10000 --reps 3 --budget 60 --out DIR --ci]`
 *
 * Synthesises a corpus per size N, then times teikit's commands as child processes (a warm-up
 * first, medians of several runs), compares them with pandoc, jing and xmllint on the same
 * files, and checks the targets of the "Performance" issue. Missed targets are reported, never
 * fatal: the exit status is 1 only when a teikit command fails.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { synthesiseCorpus } from './corpus.js';
import { median, repeat, runTeikit, StageError, teikitVersion, type Measured } from './measure.js';
import { jing, onPath, pandocPerFile, xmllint } from './tools.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA = join(ROOT, 'schemas/teikit.rng');
const MB = 1e6;

const { values: flags } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000,10000' },
    reps: { type: 'string', default: '3' },
    budget: { type: 'string', default: '60' },
    out: { type: 'string' },
    ci: { type: 'boolean', default: false },
  },
});
const sizes = (flags.ci ? '200' : flags.docs).split(',').map(Number);
const reps = flags.ci ? 1 : Number(flags.reps);
const budgetMs = Number(flags.budget) * 1000;
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(reps) || reps < 1 || !(budgetMs >= 0)) {
  console.error('usage: bench/run.ts [--docs N[,N...]] [--reps R] [--budget SECONDS] [--out DIR] [--ci]');
  process.exit(2);
}
const work = flags.out ? resolve(flags.out) : mkdtempSync(join(tmpdir(), 'teikit-bench-'));
const cores = availableParallelism();
/** pandoc runs one process per file on this many documents; larger corpora are extrapolated. */
const PANDOC_SAMPLE = flags.ci ? 50 : 200;

/** One line of results: what ran, on how many bytes and documents, and the medians. */
interface Row extends Measured {
  stage: string;
  bytes: number;
  docs: number;
  /** CPUs the stage can use, to state throughput per core. */
  threads: number;
}

const failures: string[] = [];
const log = (line = '') => process.stdout.write(`${line}\n`);
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function dirBytes(dir: string, ext: string): { files: string[]; bytes: number } {
  const files = readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
  return { files, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
}

/** Measures a teikit stage; a failing stage is recorded, reported at the end, and makes the exit status 1. */
async function stage(name: string, args: string[], clear: string | undefined, input: { bytes: number; docs: number }, threads = 1): Promise<Row | undefined> {
  try {
    const m = await repeat(() => runTeikit(args), () => clear && rmSync(clear, { recursive: true, force: true }), reps, budgetMs);
    return printRow({ stage: name, ...input, threads, ...m });
  } catch (e) {
    if (!(e instanceof StageError)) throw e;
    failures.push(`${name}: ${e.message}`);
    log(`  FAILED ${name}: ${e.message.split('\n')[0]}`);
    return undefined;
  }
}

/** An external tool: skipped with a notice when missing, reported (not fatal) when it fails. */
async function tool(name: string, command: string, input: { bytes: number; docs: number }, run: () => Promise<number>): Promise<Row | undefined> {
  if (!onPath(command)) {
    log(`  (${command} not found: ${name} skipped)`);
    return undefined;
  }
  try {
    const m = await repeat(async () => ({ ms: await run() }), () => undefined, reps, budgetMs);
    return printRow({ stage: name, ...input, threads: 1, ...m });
  } catch (e) {
    if (!(e instanceof StageError)) throw e;
    log(`  (${name} failed, left out of the comparison: ${e.message.split('\n').slice(0, 3).join(' | ')})`);
    return undefined;
  }
}

interface SizeResult {
  n: number;
  sourceBytes: number;
  teiBytes: number;
  rows: Row[];
  endToEndMs?: number;
}

async function benchSize(n: number): Promise<SizeResult> {
  const dir = join(work, `n${n}`);
  rmSync(dir, { recursive: true, force: true });
  const corpus = synthesiseCorpus(join(ROOT, 'sources'), join(dir, 'src'), n);
  const tei = join(dir, 'tei');
  log(`\n## N = ${n.toLocaleString('en-US')} documents: ${fmt(corpus.bytes / MB)} MB of source text (${dir})`);
  const source = { bytes: corpus.bytes, docs: n };
  const rows: (Row | undefined)[] = [];
  log(HEADER);
  // As `convert` runs by default (each file checked against the schema), and as `build` runs it (no check: validate follows).
  for (const [name, workers, flags] of CONVERT_STAGES) rows.push(await stage(name, ['convert', corpus.dir, '-o', tei, '-q', '--workers', String(workers), ...flags], tei, source, Math.min(workers, cores)));
  const teiFiles = dirBytes(tei, '.xml');
  const teiInput = { bytes: teiFiles.bytes, docs: teiFiles.files.length };
  log(`  TEI written: ${fmt(teiFiles.bytes / MB)} MB in ${teiFiles.files.length} files`);
  rows.push(await stage('validate', ['validate', tei, '-q'], undefined, teiInput));
  rows.push(await stage('validate --no-rules', ['validate', tei, '-q', '--no-rules'], undefined, teiInput));
  for (const format of ['html', 'json']) rows.push(await stage(`export ${format}`, ['export', '--format', format, tei, '-o', join(dir, format), '-q'], join(dir, format), teiInput));
  // The command itself: one tree per TEI file for validate and every export (CSL, CMIF, GEXF and CSV too).
  const built = join(dir, 'build');
  const buildDirs = ['--html', 'html', '--json-dir', 'json', '--csl-dir', 'csl', '--cmif-dir', 'cmif', '--network-dir', 'network'].map((a, i) => (i % 2 ? join(built, a) : a));
  rows.push(await stage(BUILD, ['build', corpus.dir, '-o', join(built, 'tei'), ...buildDirs, '-q', '--workers', '2'], built, source, Math.min(2, cores)));
  rows.push(await tool('jing', 'jing', teiInput, () => jing(SCHEMA, teiFiles.files)));
  rows.push(await tool('xmllint --relaxng', 'xmllint', teiInput, () => xmllint(SCHEMA, teiFiles.files)));
  const found = rows.filter((r): r is Row => r !== undefined);
  const ms = (name: string) => found.find((r) => r.stage === name)?.ms;
  // What `teikit build -j 2` does, stage by stage.
  const parts = [CONVERT_BUILD, 'validate', 'export html', 'export json'].map(ms);
  const endToEndMs = parts.every((p) => p !== undefined) ? parts.reduce((a, b) => a! + b!, 0) : undefined;
  if (endToEndMs !== undefined) log(`  end to end (convert -j 2 --no-check + validate + export html + json, as \`teikit build -j 2\` runs them): ${fmt(endToEndMs / 1000, 1)} s, ${fmt(n / (endToEndMs / 1000), 0)} docs/s`);
  if (!flags.out) rmSync(dir, { recursive: true, force: true });
  return { n, sourceBytes: corpus.bytes, teiBytes: teiFiles.bytes, rows: found, ...(endToEndMs !== undefined ? { endToEndMs } : {}) };
}

const CONVERT_1 = 'convert, 1 worker';
const CONVERT_1_NO_CHECK = 'convert, 1 worker, no check';
const CONVERT_BUILD = 'convert, 2 workers, no check';
const BUILD = 'build -j 2 (all exports)';
const CONVERT_STAGES: [string, number, string[]][] = [
  [CONVERT_1, 1, []],
  [CONVERT_1_NO_CHECK, 1, ['--no-check']],
  [CONVERT_BUILD, 2, ['--no-check']],
];

const STAGE_WIDTH = 30;
const HEADER = `  ${'stage'.padEnd(STAGE_WIDTH)} runs   wall s    MB/s   docs/s   CPU s   MB/CPU-s   peak RSS MB`;

/** One table line, printed as soon as the stage is measured. */
function printRow(r: Row): Row {
  const cpu = r.cpuMs !== undefined ? `${fmt(r.cpuMs / 1000).padStart(7)}  ${fmt(r.bytes / MB / (r.cpuMs / 1000), 2).padStart(9)}` : `${'–'.padStart(7)}  ${'–'.padStart(9)}`;
  const rss = r.rssKb !== undefined ? fmt(r.rssKb / 1024, 0).padStart(12) : '–'.padStart(12);
  log(`  ${r.stage.padEnd(STAGE_WIDTH)} ${String(r.runs).padStart(4)} ${fmt(r.ms / 1000, 2).padStart(8)} ${fmt(r.bytes / MB / (r.ms / 1000), 2).padStart(7)} ${fmt(r.docs / (r.ms / 1000), 0).padStart(8)} ${cpu} ${rss}`);
  return r;
}

/** "met" or "MISSED by k×", with the figure and the target. */
function verdict(label: string, value: number | undefined, target: number, higherIsBetter: boolean, unit: string): void {
  if (value === undefined || !Number.isFinite(value)) {
    log(`  ${label}: not measured`);
    return;
  }
  const met = higherIsBetter ? value >= target : value <= target;
  const factor = higherIsBetter ? target / value : value / target;
  log(`  ${label}: ${fmt(value, 2)} ${unit} (target ${higherIsBetter ? '≥' : '≤'} ${target} ${unit}): ${met ? 'met' : `MISSED by ${fmt(factor, 2)}×`}`);
}

const row = (r: SizeResult, name: string) => r.rows.find((x) => x.stage === name);
const perCore = (r: Row | undefined) => (r?.cpuMs ? r.bytes / MB / (r.cpuMs / 1000) : undefined);

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  log(`# teikit benchmark — ${new Date().toISOString()}`);
  log(`machine: ${cores} cores, ${cpu}, ${fmt(totalmem() / 2 ** 30)} GiB RAM, node ${process.version}, load average ${loadavg().map((l) => fmt(l, 2)).join(' ')}`);
  log(`sizes ${sizes.join(', ')}; up to ${reps} run${reps > 1 ? 's' : ''} per figure (a run longer than ${budgetMs / 1000} s is not repeated); medians; work dir ${work}`);
  mkdirSync(work, { recursive: true });

  const version: number[] = [];
  await teikitVersion();
  for (let i = 0; i < 10; i++) version.push(await teikitVersion());
  const versionMs = median(version);
  log(`\n\`teikit --version\`: ${fmt(versionMs, 0)} ms (median of 10)`);

  // Warm-up: every command once on a small corpus, so caches and the JVM's files are warm.
  const warm = synthesiseCorpus(join(ROOT, 'sources'), join(work, 'warm-up', 'src'), 20, 99);
  const warmTei = join(work, 'warm-up', 'tei');
  await runTeikit(['convert', warm.dir, '-o', warmTei, '-q', '--workers', '2']);
  await runTeikit(['validate', warmTei, '-q']);
  await runTeikit(['export', '--format', 'html', warmTei, '-o', join(work, 'warm-up', 'html'), '-q']);
  const warmFiles = dirBytes(warmTei, '.xml').files;
  if (onPath('jing')) await jing(SCHEMA, warmFiles).catch(() => undefined);
  if (onPath('xmllint')) await xmllint(SCHEMA, warmFiles).catch(() => undefined);

  let pandocMs: number | undefined;
  if (onPath('pandoc')) {
    const sampleDir = join(work, 'pandoc');
    const sample = synthesiseCorpus(join(ROOT, 'sources'), join(sampleDir, 'src'), Math.min(PANDOC_SAMPLE, Math.max(...sizes)));
    mkdirSync(join(sampleDir, 'out'), { recursive: true });
    await pandocPerFile(sample.files.slice(0, 3), join(sampleDir, 'out'));
    pandocMs = await pandocPerFile(sample.files, join(sampleDir, 'out'));
    log(`pandoc -f markdown -t tei, one process per file: ${fmt(pandocMs, 0)} ms per file (mean over the first ${sample.files.length} documents of the corpus; larger N extrapolated)`);
  } else log('(pandoc not found: the per-file pandoc comparison is skipped)');

  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n));

  log('\n## Compared with the tools a user would otherwise reach for');
  for (const r of results) {
    if (pandocMs !== undefined) {
      const loop = pandocMs * r.n;
      const times = (name: string) => {
        const own = row(r, name);
        return own ? `${fmt(loop / own.ms, 2)}×` : '–';
      };
      log(
        `  N=${r.n}: pandoc loop ≈ ${fmt(loop / 1000, 1)} s${r.n > PANDOC_SAMPLE ? ' (extrapolated)' : ''}; teikit convert is ${times(CONVERT_1)} as fast with 1 worker (${times(CONVERT_1_NO_CHECK)} without the check), ${times(CONVERT_BUILD)} with 2 without the check`,
      );
    }
    for (const name of ['jing', 'xmllint --relaxng']) {
      const other = row(r, name);
      if (!other) continue;
      const ratio = (stageName: string) => {
        const own = row(r, stageName);
        return own ? `${fmt(other.ms / own.ms, 2)}×` : '–';
      };
      log(`  N=${r.n}: ${name} ${fmt(other.ms / 1000, 2)} s; teikit validate is ${ratio('validate --no-rules')} as fast (grammar only), ${ratio('validate')} with the house rules`);
    }
  }

  const first = results[0]!;
  const last = results[results.length - 1]!;
  if (results.length > 1) {
    log(`\n## Growth from N = ${first.n} to N = ${last.n} (×${fmt(last.n / first.n, 0)} documents)`);
    log(`  ${'stage'.padEnd(STAGE_WIDTH)}  time ×   MB/s ×   docs/s ×   peak RSS ×`);
    for (const a of first.rows) {
      const b = row(last, a.stage);
      if (!b) continue;
      const rss = a.rssKb && b.rssKb ? fmt(b.rssKb / a.rssKb, 2) : '–';
      const rate = (x: Row) => x.bytes / x.ms;
      log(`  ${a.stage.padEnd(STAGE_WIDTH)} ${fmt(b.ms / a.ms, 2).padStart(7)} ${fmt(rate(b) / rate(a), 2).padStart(8)} ${fmt(b.docs / b.ms / (a.docs / a.ms), 2).padStart(10)} ${rss.padStart(12)}`);
    }
  }

  log(`\n## Targets (at N = ${last.n}; per core = MB per CPU-second of the teikit process)`);
  for (const [name] of CONVERT_STAGES) verdict(`${name}, per core`, perCore(row(last, name)), 10, true, 'MB/s');
  verdict('validate, per core', perCore(row(last, 'validate')), 20, true, 'MB/s');
  const tenThousand = (ms: number | undefined) => (ms !== undefined ? (ms / 1000) * (10_000 / last.n) : undefined);
  const scaled = last.n === 10_000 ? '' : ` (projected linearly from N = ${last.n})`;
  verdict(`10,000 documents, \`teikit build -j 2\` with every export${scaled}`, tenThousand(row(last, BUILD)?.ms), 60, false, 's');
  verdict(`10,000 documents, convert + validate + export html, json run one by one${scaled}`, tenThousand(last.endToEndMs), 60, false, 's');
  verdict('teikit --version', versionMs, 150, false, 'ms');
  for (const name of [CONVERT_1, CONVERT_1_NO_CHECK]) {
    const c = row(last, name);
    if (pandocMs !== undefined && c) verdict(`speed-up over the per-file pandoc loop (${name.replace('convert, ', '')})`, (pandocMs * last.n) / c.ms, 5, true, '×');
  }
  const j = row(last, 'jing');
  const grammar = row(last, 'validate --no-rules');
  if (j && grammar) verdict('speed relative to jing, same files and schema (grammar only)', j.ms / grammar.ms, 1, true, '×');
  if (results.length > 1) {
    for (const a of first.rows.filter((x) => x.rssKb !== undefined)) {
      const b = row(last, a.stage);
      if (b?.rssKb) verdict(`peak RSS growth N=${first.n}→${last.n}, ${a.stage}`, b.rssKb / a.rssKb!, 1.5, false, '×');
    }
  }

  if (flags.out) {
    const summary = { date: new Date().toISOString(), machine: { cores, cpu, totalmem: totalmem(), node: process.version, loadavg: loadavg() }, reps, budgetMs, versionMs, pandocMsPerFile: pandocMs, results };
    const file = join(work, 'results.json');
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    log(`\nresults: ${file}`);
  } else rmSync(work, { recursive: true, force: true });

  if (failures.length) {
    log(`\n${failures.length} teikit command${failures.length > 1 ? 's' : ''} failed:`);
    for (const f of failures) log(`  ${f}`);
    process.exitCode = 1;
  }
}

await main();
