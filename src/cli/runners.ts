/**
 * The jobs the worker pool runs. A job's runner is made once per thread (its tables, the compiled
 * schema) and then fed files; the same runner serves the main thread when one worker is asked for.
 * Modules are loaded on demand, so converting never loads validation or the exporters.
 */
import type { ConvertFileOptions, ConvertTask, FileOutcome } from './convert-file.js';
import type { BuildFolders, BuiltFile } from './build.js';

export interface Runner<Task, Result> {
  run(task: Task): Result;
  dispose(): void;
}

export interface Jobs {
  convert: { options: ConvertFileOptions; task: ConvertTask; result: FileOutcome };
  /** Validate and export one TEI file (its path) as `build` does after converting. */
  build: { options: BuildFolders; task: string; result: BuiltFile };
}

export type JobName = keyof Jobs;
export type RunnerOf<K extends JobName> = Runner<Jobs[K]['task'], Jobs[K]['result']>;

const FACTORIES: { [K in JobName]: () => Promise<(options: Jobs[K]['options']) => Promise<RunnerOf<K>>> } = {
  convert: async () => (await import('./convert-file.js')).convertRunner,
  build: async () => (await import('./build.js')).buildRunner,
};

export async function createRunner<K extends JobName>(job: K, options: Jobs[K]['options']): Promise<RunnerOf<K>> {
  const factory: (options: Jobs[K]['options']) => Promise<RunnerOf<K>> = await FACTORIES[job]();
  return factory(options);
}
