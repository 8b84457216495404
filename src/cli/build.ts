/**
 * What `build` does after converting: each TEI file is read once (one libxml2 document, one tree),
 * validated, exported to HTML and JSON, and read for the corpus view and the corpus exports, so a
 * file is parsed once instead of once per stage. Files are spread over the worker threads like the
 * conversion; each returns small results (outcomes, its entry of the corpus view, what it gives the
 * corpus), merged here in the files' order, so the output is the same for any number of workers.
 */
import { inputs, readInput } from './batch.js';
import { exportOne, validateOne, writeHtmlIndex } from './commands.js';
import { failed, type FileOutcome } from './convert-file.js';
import { CORPUS_FORMATS, readContribution, writeCorpus, type CorpusFormat } from './export-corpus.js';
import { runPool } from './pool.js';
import { Progress } from './progress.js';
import type { Runner } from './runners.js';
import { emptyCorpus, mergeFile, type FileContribution } from '../export/corpus.js';
import type { IndexItem } from '../export/html.js';
import { withRead } from '../tei/read-once.js';
import { PROJECT_SCHEMA, RelaxNgSchema } from '../validate/relaxng.js';

export type Stage = [string, FileOutcome[]];

export interface BuildFolders {
  html: string;
  json: string;
  corpus: Record<CorpusFormat, string>;
}

type FileStage = 'validated' | 'html' | 'json';

/** One TEI file's part of the build: its outcome in each stage, reading it for the corpus included. */
export interface BuiltFile extends Record<FileStage, FileOutcome> {
  file: string;
  read: FileOutcome;
  item?: IndexItem;
  contribution?: FileContribution;
}

/** The build job's runner (runners.ts): the project schema compiled once per thread. */
export async function buildRunner(folders: BuildFolders): Promise<Runner<string, BuiltFile>> {
  const schema = RelaxNgSchema.load(PROJECT_SCHEMA);
  return { run: (file) => buildGuarded(file, folders, schema), dispose: () => schema.dispose() };
}

/** A file that cannot be read, or a bug met on it, has the same outcome in every stage. */
function buildGuarded(file: string, folders: BuildFolders, schema: RelaxNgSchema): BuiltFile {
  const everywhere = (outcome: FileOutcome): BuiltFile => ({ file, read: outcome, validated: outcome, html: outcome, json: outcome });
  const xml = readInput(file);
  if (typeof xml !== 'string') return everywhere(xml);
  try {
    return withRead(xml, (read) => {
      const index: IndexItem[] = [];
      const validated = validateOne(file, read, schema);
      const html = exportOne(file, read, 'html', folders.html, index);
      const json = exportOne(file, read, 'json', folders.json, index);
      const { outcome, contribution } = readContribution(file, read);
      return { file, read: outcome, validated, html, json, ...(index[0] ? { item: index[0] } : {}), ...(contribution ? { contribution } : {}) };
    });
  } catch (e) {
    return everywhere(failed(file, 'internal/crash', `teikit failed on this file: ${e instanceof Error ? e.message : String(e)}`));
  }
}

/** The outcomes of the stages `validated`, `html`, `json` and each corpus format, as if each had run over the files alone. */
export async function validateAndExport(tei: string[], folders: BuildFolders, quiet: boolean | undefined, workers = 1): Promise<Stage[]> {
  if (!tei.length) return [['validated', []], ...(['html', 'json', ...CORPUS_FORMATS] as const).map((f): Stage => [f, []])];
  const { files, outcomes: found } = inputs(tei, ['.xml']);
  const progress = new Progress(files.length, 'validating and exporting', quiet ?? false);
  let built: BuiltFile[];
  try {
    built = await runPool('build', folders, files, workers, (done, file) => progress.tick(done, file));
  } finally {
    progress.done();
  }
  const corpus = emptyCorpus();
  const index: IndexItem[] = [];
  for (const b of built) {
    if (b.item) index.push(b.item);
    if (b.contribution) mergeFile(corpus, b.file, b.contribution);
  }
  const read = built.map((b) => b.read);
  const stage = (name: FileStage): Stage => [name, [...found, ...built.map((b) => b[name])]];
  writeHtmlIndex(index, folders.html);
  const corpusStages = CORPUS_FORMATS.map((format): Stage => {
    // Each format's outcomes are its own, as when it runs alone: writeCorpus names its outputs on them.
    const own = read.map((o) => ({ ...o, diagnostics: [...o.diagnostics] }));
    return [format, [...found, ...own, ...writeCorpus(format, corpus, found, own, { outDir: folders.corpus[format] })]];
  });
  return [stage('validated'), stage('html'), stage('json'), ...corpusStages];
}
