/**
 * Converting one source file: read, decode, convert, check against the project schema (unless
 * a validation follows), refuse to overwrite hand edits, write atomically. Runs in the main
 * thread or a worker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { summarise, type ReportSummary } from '../diagnostics/report.js';
import { decode, IngestError } from '../ingest/decode.js';
import { convertText } from '../parse/convert.js';
import { writeTei } from '../tei/writer.js';
import { checksumStatus } from '../tei/checksum.js';
import type { RelaxNgSchema } from '../validate/relaxng.js';
import { errorText, stem, writeFileAtomic } from '../util/fs.js';
import type { Runner } from './runners.js';

export type Status = 'ok' | 'invalid' | 'failed' | 'skipped';

export interface FileOutcome {
  file: string;
  status: Status;
  output?: string;
  diagnostics: Diagnostic[];
  /** Counts from the conversion report; the report itself is written to disk, not kept. */
  summary?: ReportSummary;
  /** The rule profile a validated file was checked with (`tei`, `teikit` or `none`). */
  rules?: string;
}

export interface ConvertFileOptions {
  outDir: string;
  force?: boolean;
  /** Folder for the JSON conversion reports (default: `<outDir>/reports`). */
  reportDir?: string;
  /**
   * Check every TEI file against the project schema before writing it (default). Off where a
   * validation follows (`build`): the writer's tree is typed and tested, and validate checks anyway.
   */
  check?: boolean;
  /**
   * Also carry the report's decisions to review in the outcome (default). The terminal shows only
   * errors, and the report file holds them all, so the CLI asks for them only for `--json`: a batch
   * of 10,000 sources held about 37 KB of them a file until it ended.
   */
  withReview?: boolean;
}

export interface ConvertTask {
  file: string;
  output: string;
}

export function failed(file: string, rule: string, message: string, line = 1, column = 1): FileOutcome {
  return { file, status: 'failed', diagnostics: [{ file, line, column, severity: 'error', rule, message }] };
}

/** `<outDir>/<base name>.xml`: only the base name of a source is used, so nothing lands outside outDir. */
export function outputPath(file: string, outDir: string): string {
  return join(outDir, `${stem(file)}.xml`);
}

/** Where the conversion reports go: `--report-dir`, else `<outDir>/reports`. */
export function reportDirOf(options: ConvertFileOptions): string {
  return options.reportDir ?? join(options.outDir, 'reports');
}

/** `schema`: the compiled project schema when the options ask for the check, else undefined. */
export function convertFile({ file, output }: ConvertTask, options: ConvertFileOptions, schema: RelaxNgSchema | undefined): FileOutcome {
  const name = basename(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return failed(file, 'input/unreadable', errorText(e));
  }
  if (/^\s*(<\?xml|<TEI\b|<teiCorpus\b)/.test(bytes.subarray(0, 200).toString('latin1'))) {
    return failed(file, 'ingest/already-tei', 'file is already XML/TEI; use `teikit validate` on it instead');
  }
  let text: string;
  const diagnostics: Diagnostic[] = [];
  try {
    const decoded = decode(bytes, file);
    text = decoded.text;
    diagnostics.push(...decoded.diagnostics);
  } catch (e) {
    if (e instanceof IngestError) return failed(file, e.rule, e.message);
    throw e;
  }
  const { conversion, report } = convertText(text, name);
  report.messages = report.messages.map((m) => ({ ...m, file }));
  const xml = writeTei(conversion);
  const problems = schema ? schema.validate(xml, output) : [];
  if (problems.length) {
    const internal = problems.map((p) => ({ ...p, rule: `internal/${p.rule}`, message: `converter produced invalid TEI, not written: ${p.message}` }));
    return { file, status: 'failed', diagnostics: [...diagnostics, ...internal], summary: summarise(report) };
  }
  if (existsSync(output) && !options.force) {
    const status = checksumStatus(readFileSync(output, 'utf8'));
    if (status !== 'intact') {
      const why = status === 'edited' ? 'was edited by hand since it was converted' : 'was not written by teikit';
      return { ...failed(file, 'output/protected', `${output} ${why}; not overwritten (use --force to replace it)`), summary: summarise(report) };
    }
  }
  writeFileAtomic(output, xml);
  writeFileAtomic(join(reportDirOf(options), `${stem(file)}.report.json`), `${JSON.stringify(report, null, 2)}\n`);
  // Notes for the record (info) stay in the report file; the outcome carries what needs a look.
  const review = options.withReview === false ? [] : report.messages.filter((m) => m.severity !== 'info');
  return { file, status: 'ok', output, diagnostics: [...diagnostics, ...review], summary: summarise(report) };
}

/** The convert job's runner (runners.ts): the schema compiled once when outputs are checked. */
export async function convertRunner(options: ConvertFileOptions): Promise<Runner<ConvertTask, FileOutcome>> {
  const schema = await checker(options);
  return { run: (task) => convertGuarded(task, options, schema), dispose: () => schema?.dispose() };
}

/** The compiled project schema when the outputs are checked; without the check, libxml2 is not even loaded. */
async function checker(options: ConvertFileOptions): Promise<RelaxNgSchema | undefined> {
  if (options.check === false) return undefined;
  const { PROJECT_SCHEMA, RelaxNgSchema } = await import('../validate/relaxng.js');
  return RelaxNgSchema.load(PROJECT_SCHEMA);
}

/** A bug met on one file fails that file, not the batch. */
function convertGuarded(task: ConvertTask, options: ConvertFileOptions, schema: RelaxNgSchema | undefined): FileOutcome {
  try {
    return convertFile(task, options, schema);
  } catch (e) {
    return failed(task.file, 'internal/crash', `teikit failed on this file: ${e instanceof Error ? e.message : String(e)}`);
  }
}
