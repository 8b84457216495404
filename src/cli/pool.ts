/**
 * Batch conversion over worker threads. Files stream to whichever worker is idle; each worker
 * compiles the schema once (when it checks) and writes its own outputs, so the main thread holds
 * only small outcomes and memory stays flat however large the batch. One worker means this thread.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { convertFile, failed, type ConvertFileOptions, type ConvertTask, type FileOutcome } from './convert-file.js';
import type { RelaxNgSchema } from '../validate/relaxng.js';

export type OnProgress = (done: number, file: string) => void;

/**
 * Converts the tasks; on `signal` (Ctrl-C) it stops handing out files, lets go of the workers
 * and returns what was done. Files are written atomically, so nothing is ever half-written.
 */
export async function runPool(tasks: ConvertTask[], options: ConvertFileOptions, workers: number, onProgress: OnProgress, signal: AbortSignal): Promise<FileOutcome[]> {
  if (workers <= 1 || tasks.length <= 1) return runHere(tasks, options, onProgress, signal);
  const results: FileOutcome[] = [];
  let next = 0;
  let done = 0;
  const count = Math.min(workers, tasks.length);
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(workerUrl(), { workerData: options });
      return new Promise<void>((resolveWorker, reject) => {
        let current = -1;
        const stop = () => void worker.terminate().then(() => resolveWorker());
        signal.addEventListener('abort', stop, { once: true });
        const feed = () => {
          if (next >= tasks.length || signal.aborted) {
            signal.removeEventListener('abort', stop);
            stop();
            return;
          }
          current = next++;
          worker.postMessage(tasks[current]);
        };
        worker.on('message', (outcome: FileOutcome) => {
          results[current] = outcome;
          onProgress(++done, outcome.file);
          feed();
        });
        // Files that fail are caught inside the worker; a worker that dies ends the batch.
        worker.on('error', reject);
        feed();
      });
    }),
  );
  return results.filter(Boolean);
}

async function runHere(tasks: ConvertTask[], options: ConvertFileOptions, onProgress: OnProgress, signal: AbortSignal): Promise<FileOutcome[]> {
  const schema = await checker(options);
  const results: FileOutcome[] = [];
  try {
    for (const task of tasks) {
      // Between files, let a pending Ctrl-C be heard.
      await new Promise((resolveTick) => setImmediate(resolveTick));
      if (signal.aborted) break;
      results.push(convertGuarded(task, options, schema));
      onProgress(results.length, task.file);
    }
    return results;
  } finally {
    schema?.dispose();
  }
}

/** The compiled project schema when the outputs are checked; without the check, libxml2 is not even loaded. */
export async function checker(options: ConvertFileOptions): Promise<RelaxNgSchema | undefined> {
  if (options.check === false) return undefined;
  const { PROJECT_SCHEMA, RelaxNgSchema } = await import('../validate/relaxng.js');
  return RelaxNgSchema.load(PROJECT_SCHEMA);
}

/** A bug met on one file fails that file, not the batch. */
export function convertGuarded(task: ConvertTask, options: ConvertFileOptions, schema: RelaxNgSchema | undefined): FileOutcome {
  try {
    return convertFile(task, options, schema);
  } catch (e) {
    return failed(task.file, 'internal/crash', `teikit failed on this file: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The compiled worker; tests run from src/, where the compiled copy sits in dist/. */
function workerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts') ? here.replace(/\/src\/cli\/pool\.ts$/, '/dist/cli/worker.js') : here.replace(/pool\.js$/, 'worker.js');
  return new URL(`file://${compiled}`);
}
