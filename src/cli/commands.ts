/**
 * What the commands do, apart from argument parsing: each returns one outcome per file,
 * so the CLI can print them, summarise them as JSON and choose the exit code.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { failed, outputPath, reportDirOf, type ConvertFileOptions, type ConvertTask, type FileOutcome } from './convert-file.js';
import { runPool } from './pool.js';
import { INTERRUPTED } from './exit.js';
import { inShard, type Shard } from './shard.js';
import { PROJECT_SCHEMA, RelaxNgSchema } from '../validate/relaxng.js';
import { validate, type RulesChoice } from '../validate/index.js';
import { exportText } from '../export/text.js';
import { exportJson } from '../export/json.js';
import { exportHtml, exportHtmlIndex, indexItem, type IndexItem } from '../export/html.js';
import { stem, sweepTempFiles, writeFileAtomic } from '../util/fs.js';
import { Progress } from './progress.js';
import { exportCorpus, isCorpusFormat, type CorpusFormat } from './export-corpus.js';
import { eachTeiFile, inputs, readTeiFile } from './batch.js';
import type { ReadXml } from '../tei/read-once.js';
import type { CmifOptions } from '../export/cmif.js';

export type { FileOutcome } from './convert-file.js';

export interface CommonOptions {
  quiet?: boolean;
}

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
  };
  const reportDir = reportDirOf(fileOptions);
  // Temporary files of killed runs are swept first; Ctrl-C stops between files and sweeps ours.
  sweepTempFiles(options.outDir, false);
  sweepTempFiles(reportDir, false);
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort();
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    outcomes.push(...(await runPool(tasks, fileOptions, options.workers ?? 1, (done, file) => progress.tick(done, file), interrupt.signal)));
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

export interface ValidateOptions extends CommonOptions {
  schema?: string;
  /** The rules beyond grammar (default `auto`: `teikit` for files teikit wrote, `tei` for others). */
  rules?: RulesChoice;
}

export function validateFiles(paths: string[], options: ValidateOptions): FileOutcome[] {
  const { files, outcomes } = inputs(paths, ['.xml']);
  const schema = RelaxNgSchema.load(options.schema ?? PROJECT_SCHEMA);
  try {
    outcomes.push(...eachTeiFile(files, 'validating', options.quiet, (file, read) => validateOne(file, read, schema, options.rules)));
  } finally {
    schema.dispose();
  }
  return outcomes;
}

export function validateOne(file: string, read: ReadXml, schema: RelaxNgSchema, rules: RulesChoice = 'auto'): FileOutcome {
  const { diagnostics, profile } = validate(read.xml, file, { schema, rules }, read);
  return { file, status: diagnostics.some((d) => d.severity === 'error') ? 'invalid' : 'ok', diagnostics, rules: profile ?? 'none' };
}

export type FileFormat = 'html' | 'json' | 'text';
export type ExportFormat = FileFormat | CorpusFormat;

const EXTENSION: Record<FileFormat, string> = { html: '.html', json: '.json', text: '.txt' };

export interface ExportOptions extends CommonOptions {
  format: ExportFormat;
  outDir: string;
  /** CMIF's publication statement. */
  cmif?: CmifOptions;
}

export function exportFiles(paths: string[], options: ExportOptions): FileOutcome[] {
  const format = options.format;
  if (isCorpusFormat(format)) return exportCorpus(paths, { ...options, format });
  const { files, outcomes } = inputs(paths, ['.xml']);
  const index: IndexItem[] = [];
  outcomes.push(...eachTeiFile(files, `exporting ${format}`, options.quiet, (file, read) => exportOne(file, read, format, options.outDir, index)));
  writeHtmlIndex(index, options.outDir);
  return outcomes;
}

/** Writes a file's export; an HTML page's entry of the corpus view goes into `index`. */
export function exportOne(file: string, read: ReadXml, format: FileFormat, outDir: string, index: IndexItem[]): FileOutcome {
  const tree = readTeiFile(file, read);
  if ('status' in tree) return tree;
  const { root } = tree;
  const name = stem(file);
  const output = join(outDir, `${name}${EXTENSION[format]}`);
  const content = format === 'text' ? exportText(root) : format === 'json' ? `${JSON.stringify(exportJson(root), null, 1)}\n` : exportHtml(root, name);
  writeFileAtomic(output, content);
  if (format === 'html') index.push(indexItem(root, name));
  return { file, status: 'ok', output, diagnostics: [] };
}

/** The corpus view over the pages exported (nothing where none was). */
export function writeHtmlIndex(index: IndexItem[], outDir: string): void {
  if (index.length) for (const [page, html] of exportHtmlIndex(index)) writeFileAtomic(join(outDir, page), html);
}
