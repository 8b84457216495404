/**
 * What `build` does after converting: each TEI file is read once, and that one tree is validated
 * and exported to every format in turn, so a file is parsed once instead of once per stage and
 * memory holds one file's tree at a time (plus what the corpus view and corpus exports keep).
 */
import { eachTeiFile, inputs } from './batch.js';
import { exportOne, validateOne, writeHtmlIndex } from './commands.js';
import type { FileOutcome } from './convert-file.js';
import { CORPUS_FORMATS, readIntoCorpus, writeCorpus, type CorpusFormat } from './export-corpus.js';
import { emptyCorpus } from '../export/corpus.js';
import type { IndexItem } from '../export/html.js';
import { PROJECT_SCHEMA, RelaxNgSchema } from '../validate/relaxng.js';

export type Stage = [string, FileOutcome[]];

export interface BuildFolders {
  html: string;
  json: string;
  corpus: Record<CorpusFormat, string>;
}

/** The outcomes of the stages `validated`, `html`, `json` and each corpus format, as if each had run over the files alone. */
export function validateAndExport(tei: string[], folders: BuildFolders, quiet: boolean | undefined): Stage[] {
  if (!tei.length) return [['validated', []], ...(['html', 'json', ...CORPUS_FORMATS] as const).map((f): Stage => [f, []])];
  const { files, outcomes: found } = inputs(tei, ['.xml']);
  const corpus = emptyCorpus();
  const index: IndexItem[] = [];
  const perFile = new Map<string, Record<'validated' | 'html' | 'json', FileOutcome>>();
  const schema = RelaxNgSchema.load(PROJECT_SCHEMA);
  let read: FileOutcome[];
  try {
    read = eachTeiFile(files, 'validating and exporting', quiet, (file, text) => {
      perFile.set(file, {
        validated: validateOne(file, text, schema),
        html: exportOne(file, text, 'html', folders.html, index),
        json: exportOne(file, text, 'json', folders.json, index),
      });
      return readIntoCorpus(corpus, file, text);
    });
  } finally {
    schema.dispose();
  }
  // A file that could not be read has the same outcome in every stage.
  const stage = (name: 'validated' | 'html' | 'json'): Stage => [name, [...found, ...read.map((o) => perFile.get(o.file)?.[name] ?? o)]];
  writeHtmlIndex(index, folders.html);
  const corpusStages = CORPUS_FORMATS.map((format): Stage => {
    // Each format's outcomes are its own, as when it runs alone: writeCorpus names its outputs on them.
    const own = read.map((o) => ({ ...o, diagnostics: [...o.diagnostics] }));
    return [format, [...found, ...own, ...writeCorpus(format, corpus, found, own, { outDir: folders.corpus[format] })]];
  });
  return [stage('validated'), stage('html'), stage('json'), ...corpusStages];
}
