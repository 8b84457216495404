/**
 * The convert command over a batch: inputs, output names fixed up front, the worker pool,
 * Ctrl-C. Kept apart from validation and the exports, so converting loads neither libxml2
 * (unless it checks) nor the exporters.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { failed, outputPath, reportDirOf, type ConvertFileOptions, type ConvertTask, type FileOutcome } from './convert-file.js';
import { runPool } from './pool.js';
import { INTERRUPTED } from './exit.js';
import { inShard, type Shard } from './shard.js';
import { sweepTempFiles } from '../util/fs.js';
import { Progress } from './progress.js';
import { inputs } from './batch.js';
import type { CommonOptions } from './commands.js';

export interface ConvertOptions extends CommonOptions, ConvertFileOptions {
  /** Worker threads (default: 1, in this thread). */
  workers?: number;
  /** Convert only the files of shard I of N (1-based), for spreading a corpus over machines. */
  shard?: Shard;
  /** A file listing the inputs, one path a line (`-` for standard input). */
  filesFrom?: string;
}

export async function convertFiles(paths: string[], options: ConvertOptions): Promise<FileOutcome[]> {
  const listed = options.filesFrom ? readList(options.filesFrom) : [];
  const { files: found, outcomes } = inputs([...paths, ...listed], ['.txt', '.md']);
  const files = options.shard ? found.filter((f) => inShard(f, options.shard!)) : found;
  const { tasks, collisions } = plan(files, options.outDir);
  outcomes.push(...collisions);
  const progress = new Progress(tasks.length, 'converting', options.quiet ?? false);
  const fileOptions: ConvertFileOptions = {
    outDir: options.outDir,
    ...(options.force ? { force: true } : {}),
    ...(options.reportDir ? { reportDir: options.reportDir } : {}),
    ...(options.check === false ? { check: false } : {}),
    ...(options.withReview === false ? { withReview: false } : {}),
  };
  const reportDir = reportDirOf(fileOptions);
  // Temporary files of killed runs are swept first; Ctrl-C stops between files and sweeps ours.
  sweepTempFiles(options.outDir, false);
  sweepTempFiles(reportDir, false);
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort();
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    outcomes.push(...(await runPool('convert', fileOptions, tasks, options.workers ?? 1, (done, file) => progress.tick(done, file), interrupt.signal)));
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    progress.done();
  }
  if (interrupt.signal.aborted) {
    sweepTempFiles(options.outDir, true);
    sweepTempFiles(reportDir, true);
    const left = tasks.length - outcomes.filter((o) => o.output).length;
    outcomes.push(failed(options.outDir, INTERRUPTED, `interrupted: ${left} of ${tasks.length} files not converted; the files written are complete`));
  }
  return outcomes;
}


/** Output names are fixed before any work starts, so two sources can never write one file. */
function plan(files: string[], outDir: string): { tasks: ConvertTask[]; collisions: FileOutcome[] } {
  const byOutput = new Map<string, string>();
  const tasks: ConvertTask[] = [];
  const collisions: FileOutcome[] = [];
  for (const file of files) {
    const output = outputPath(file, outDir);
    const earlier = byOutput.get(resolve(output));
    if (earlier) collisions.push(failed(file, 'output/collision', `would write ${output}, as ${earlier} does; rename one of the sources`));
    else {
      byOutput.set(resolve(output), file);
      tasks.push({ file, output });
    }
  }
  return { tasks, collisions };
}

function readList(list: string): string[] {
  const text = readFileSync(list === '-' ? 0 : list, 'utf8');
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
