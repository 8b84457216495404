/**
 * What the commands do, apart from argument parsing: each returns one outcome per file,
 * so the CLI can print them, summarise them as JSON and choose the exit code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ConversionReport } from '../diagnostics/report.js';
import { decode, IngestError } from '../ingest/decode.js';
import { convertText } from '../parse/convert.js';
import { writeTei } from '../tei/writer.js';
import { checksumStatus } from '../tei/checksum.js';
import { readXml, TeiReadError } from '../tei/reader.js';
import { RelaxNgSchema } from '../validate/relaxng.js';
import { PROJECT_SCHEMA, validateTei } from '../validate/index.js';
import { exportText } from '../export/text.js';
import { exportJson } from '../export/json.js';
import { exportHtml, exportHtmlIndex, type IndexEntry } from '../export/html.js';
import { collectInputs, errorText, writeFileAtomic } from '../util/fs.js';
import { Progress } from './progress.js';

export type Status = 'ok' | 'invalid' | 'failed' | 'skipped';

export interface FileOutcome {
  file: string;
  status: Status;
  output?: string;
  diagnostics: Diagnostic[];
  report?: ConversionReport;
}

export interface CommonOptions {
  quiet?: boolean;
}

/** Problems finding inputs become failed outcomes, so nothing is skipped silently. */
function inputs(paths: string[], extensions: string[]): { files: string[]; outcomes: FileOutcome[] } {
  const { files, problems } = collectInputs(paths, extensions);
  const outcomes = problems.map((p) => failed(p.path, 'input/unreadable', p.message));
  if (!files.length && !problems.length) outcomes.push(failed(paths.join(' '), 'input/none', `no ${extensions.join(' or ')} files found`));
  return { files, outcomes };
}

function failed(file: string, rule: string, message: string, line = 1, column = 1): FileOutcome {
  return { file, status: 'failed', diagnostics: [{ file, line, column, severity: 'error', rule, message }] };
}

export interface ConvertOptions extends CommonOptions {
  outDir: string;
  force?: boolean;
  /** Folder for the JSON conversion reports (default: `<outDir>/reports`). */
  reportDir?: string;
}

export function convertFiles(paths: string[], options: ConvertOptions): FileOutcome[] {
  const { files, outcomes } = inputs(paths, ['.txt', '.md']);
  const schema = RelaxNgSchema.load(PROJECT_SCHEMA);
  const progress = new Progress(files.length, 'converting', options.quiet ?? false);
  const written = new Map<string, string>();
  try {
    files.forEach((file, i) => {
      progress.tick(i + 1, file);
      outcomes.push(convertOne(file, options, schema, written));
    });
  } finally {
    progress.done();
    schema.dispose();
  }
  return outcomes;
}

function convertOne(file: string, options: ConvertOptions, schema: RelaxNgSchema, written: Map<string, string>): FileOutcome {
  const name = basename(file);
  const output = join(options.outDir, `${basename(name, extname(name))}.xml`);
  const earlier = written.get(resolve(output));
  if (earlier) return failed(file, 'output/collision', `would write ${output}, already written from ${earlier}; rename one source`);
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
  const problems = schema.validate(xml, output);
  if (problems.length) {
    return { file, status: 'failed', diagnostics: [...diagnostics, ...problems.map((p) => ({ ...p, rule: `internal/${p.rule}`, message: `converter produced invalid TEI: ${p.message}` }))], report };
  }
  if (existsSync(output) && !options.force) {
    const status = checksumStatus(readFileSync(output, 'utf8'));
    if (status !== 'intact') {
      const why = status === 'edited' ? 'was edited by hand since it was converted' : 'was not written by teikit';
      return { ...failed(file, 'output/protected', `${output} ${why}; not overwritten (use --force to replace it)`), report };
    }
  }
  writeFileAtomic(output, xml);
  const reportDir = options.reportDir ?? join(options.outDir, 'reports');
  writeFileAtomic(join(reportDir, `${basename(name, extname(name))}.report.json`), `${JSON.stringify(report, null, 2)}\n`);
  written.set(resolve(output), file);
  return { file, status: 'ok', output, diagnostics: [...diagnostics, ...report.messages], report };
}

export interface ValidateOptions extends CommonOptions {
  schema?: string;
  rules?: boolean;
}

export function validateFiles(paths: string[], options: ValidateOptions): FileOutcome[] {
  const { files, outcomes } = inputs(paths, ['.xml']);
  const schema = RelaxNgSchema.load(options.schema ?? PROJECT_SCHEMA);
  const progress = new Progress(files.length, 'validating', options.quiet ?? false);
  try {
    files.forEach((file, i) => {
      progress.tick(i + 1, file);
      let xml: string;
      try {
        xml = readFileSync(file, 'utf8');
      } catch (e) {
        outcomes.push(failed(file, 'input/unreadable', errorText(e)));
        return;
      }
      const diagnostics = validateTei(xml, file, { schema, rules: options.rules ?? true });
      outcomes.push({ file, status: diagnostics.some((d) => d.severity === 'error') ? 'invalid' : 'ok', diagnostics });
    });
  } finally {
    progress.done();
    schema.dispose();
  }
  return outcomes;
}

export type ExportFormat = 'html' | 'json' | 'text';

const EXTENSION: Record<ExportFormat, string> = { html: '.html', json: '.json', text: '.txt' };

export interface ExportOptions extends CommonOptions {
  format: ExportFormat;
  outDir: string;
}

export function exportFiles(paths: string[], options: ExportOptions): FileOutcome[] {
  const { files, outcomes } = inputs(paths, ['.xml']);
  const progress = new Progress(files.length, `exporting ${options.format}`, options.quiet ?? false);
  const index: IndexEntry[] = [];
  try {
    files.forEach((file, i) => {
      progress.tick(i + 1, file);
      const name = basename(file, extname(file));
      const output = join(options.outDir, `${name}${EXTENSION[options.format]}`);
      let root;
      try {
        root = readXml(readFileSync(file, 'utf8'));
      } catch (e) {
        outcomes.push(e instanceof TeiReadError ? failed(file, 'xml/not-well-formed', e.message, e.line, e.column) : failed(file, 'input/unreadable', errorText(e)));
        return;
      }
      if (root.name !== 'TEI' && root.name !== 'teiCorpus') {
        outcomes.push(failed(file, 'tei/root', `root element is <${root.name}>, not <TEI> or <teiCorpus>`));
        return;
      }
      const content = options.format === 'text' ? exportText(root) : options.format === 'json' ? `${JSON.stringify(exportJson(root), null, 1)}\n` : exportHtml(root, name);
      writeFileAtomic(output, content);
      if (options.format === 'html') index.push({ root, href: `${name}.html` });
      outcomes.push({ file, status: 'ok', output, diagnostics: [] });
    });
    if (options.format === 'html' && index.length) writeFileAtomic(join(options.outDir, 'index.html'), exportHtmlIndex(index));
  } finally {
    progress.done();
  }
  return outcomes;
}
