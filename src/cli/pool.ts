/**
 * A batch over worker threads: files stream to whichever worker is idle; each worker makes its
 * job's runner once (runners.ts) and writes its own outputs, so the main thread holds only small
 * results and memory stays flat however large the batch. One worker means this thread.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { createRunner, type JobName, type Jobs } from './runners.js';

export type OnProgress = (done: number, file: string) => void;

type Task<K extends JobName> = Jobs[K]['task'];
type Result<K extends JobName> = Jobs[K]['result'];

/**
 * Runs `job` on every task, results in the tasks' order; on `signal` (Ctrl-C) it stops handing
 * out files, lets go of the workers and returns what was done. Files are written atomically, so
 * nothing is ever half-written.
 */
export async function runPool<K extends JobName>(
  job: K,
  options: Jobs[K]['options'],
  tasks: Task<K>[],
  workers: number,
  onProgress: OnProgress,
  signal: AbortSignal = new AbortController().signal,
): Promise<Result<K>[]> {
  if (workers <= 1 || tasks.length <= 1) return runHere(job, options, tasks, onProgress, signal);
  const results: Result<K>[] = [];
  let next = 0;
  let done = 0;
  const count = Math.min(workers, tasks.length);
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(workerUrl(), { workerData: { job, options } });
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
        worker.on('message', (result: Result<K>) => {
          results[current] = result;
          onProgress(++done, result.file);
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

async function runHere<K extends JobName>(job: K, options: Jobs[K]['options'], tasks: Task<K>[], onProgress: OnProgress, signal: AbortSignal): Promise<Result<K>[]> {
  const runner = await createRunner(job, options);
  const results: Result<K>[] = [];
  try {
    for (const task of tasks) {
      // Between files, let a pending Ctrl-C be heard.
      await new Promise((resolveTick) => setImmediate(resolveTick));
      if (signal.aborted) break;
      const result = runner.run(task);
      results.push(result);
      onProgress(results.length, result.file);
    }
    return results;
  } finally {
    runner.dispose();
  }
}

/** The compiled worker; tests run from src/, where the compiled copy sits in dist/. */
function workerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts') ? here.replace(/\/src\/cli\/pool\.ts$/, '/dist/cli/worker.js') : here.replace(/pool\.js$/, 'worker.js');
  return new URL(`file://${compiled}`);
}
