/** A conversion worker: compiles the project schema once (when it checks), then converts the files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ConvertFileOptions, ConvertTask } from './convert-file.js';
import { checker, convertGuarded } from './pool.js';

const options = workerData as ConvertFileOptions;
const schema = await checker(options);

parentPort!.on('message', (task: ConvertTask) => parentPort!.postMessage(convertGuarded(task, options, schema)));
