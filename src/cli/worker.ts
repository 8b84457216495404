/** A worker thread of the pool: makes its job's runner once, then runs each task it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createRunner, type JobName, type Jobs } from './runners.js';

const { job, options } = workerData as { job: JobName; options: Jobs[JobName]['options'] };
const runner = await createRunner(job, options);

parentPort!.on('message', (task: Jobs[JobName]['task']) => parentPort!.postMessage((runner.run as (t: typeof task) => unknown)(task)));
