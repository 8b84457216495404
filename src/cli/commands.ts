/**
 * What the commands do, apart from argument parsing: each returns one outcome per file,
 * so the CLI can print them, summarise them as JSON and choose the exit code.
 */
import { join } from 'node:path';
import type { FileOutcome } from './convert-file.js';
import { PROJECT_SCHEMA, RelaxNgSchema } from '../validate/relaxng.js';
import { validate, type RulesChoice } from '../validate/index.js';
import { exportText } from '../export/text.js';
import { exportJson } from '../export/json.js';
import { exportHtml, exportHtmlIndex, indexItem, type IndexItem } from '../export/html.js';
import { stem, writeFileAtomic } from '../util/fs.js';
import { exportCorpus, isCorpusFormat, type CorpusFormat } from './export-corpus.js';
import { eachTeiFile, inputs, readTeiFile } from './batch.js';
import type { ReadXml } from '../tei/read-once.js';
import type { CmifOptions } from '../export/cmif.js';

export type { FileOutcome } from './convert-file.js';

export interface CommonOptions {
  quiet?: boolean;
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
