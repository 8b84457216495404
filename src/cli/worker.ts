/** A conversion worker: compiles the project schema once, then converts the files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ConvertFileOptions, ConvertTask } from './convert-file.js';
import { convertGuarded } from './pool.js';
import { PROJECT_SCHEMA, RelaxNgSchema } from '../validate/relaxng.js';

const schema = RelaxNgSchema.load(PROJECT_SCHEMA);
const options = workerData as ConvertFileOptions;

parentPort!.on('message', (task: ConvertTask) => parentPort!.postMessage(convertGuarded(task, options, schema)));
