/**
 * The corpus exports: every input file is read into one corpus, and one file (two for CSV) is
 * written for all of them. If any input cannot be read the corpus would be incomplete, so nothing
 * is written and the command fails, naming the files.
 */
import { join } from 'node:path';
import type { ExportOptions } from './commands.js';
import { eachTeiFile, inputs, readTeiFile } from './batch.js';
import type { ReadXml } from '../tei/read-once.js';
import { failed, type FileOutcome } from './convert-file.js';
import { contributionOf, corpusNetwork, emptyCorpus, mergeFile, type Corpus, type FileContribution } from '../export/corpus.js';
import { exportCsl } from '../export/csl.js';
import { cmifDate, exportCmif, type CmifOptions } from '../export/cmif.js';

import { exportGexf } from '../export/gexf.js';
import { exportCsv } from '../export/csv.js';
import { stem, writeFileAtomic } from '../util/fs.js';

export const CORPUS_FORMATS = ['csl', 'cmif', 'gexf', 'csv'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

export function isCorpusFormat(format: string): format is CorpusFormat {
  return (CORPUS_FORMATS as readonly string[]).includes(format);
}

/** The files each format writes into the output folder. */
export const OUTPUT_FILES: Record<CorpusFormat, string[]> = { csl: ['corpus.csl.json'], cmif: ['corpus.cmif.xml'], gexf: ['corpus.gexf'], csv: ['nodes.csv', 'edges.csv'] };

/** The contents of OUTPUT_FILES[format], in that order; undefined for a CMIF no date can be given. */
function render(format: CorpusFormat, corpus: Corpus, cmif: CmifOptions = {}): string[] | undefined {
  switch (format) {
    case 'csl':
      return [`${JSON.stringify(exportCsl(corpus), null, 1)}\n`];
    case 'cmif': {
      const date = cmif.date ?? cmifDate(corpus);
      return date ? [exportCmif(corpus, { ...cmif, date })] : undefined;
    }
    case 'gexf':
      return [exportGexf(corpusNetwork(corpus))];
    case 'csv': {
      const { nodes, edges } = exportCsv(corpusNetwork(corpus));
      return [nodes, edges];
    }
  }
}

export function exportCorpus(paths: string[], options: ExportOptions & { format: CorpusFormat }): FileOutcome[] {
  const { files, outcomes } = inputs(paths, ['.xml']);
  const corpus = emptyCorpus();
  const read = eachTeiFile(files, `reading for ${options.format}`, options.quiet, (file, text) => readIntoCorpus(corpus, file, text));
  outcomes.push(...read, ...writeCorpus(options.format, corpus, outcomes, read, options));
  return outcomes;
}

/** Adds a file's documents to the corpus; the outcome warns of identifiers left out. */
export function readIntoCorpus(corpus: Corpus, file: string, read: ReadXml): FileOutcome {
  const { outcome, contribution } = readContribution(file, read);
  if (contribution) mergeFile(corpus, file, contribution);
  return outcome;
}

/** What a file gives the corpus, and its outcome: a warning for each identifier left out. */
export function readContribution(file: string, read: ReadXml): { outcome: FileOutcome; contribution?: FileContribution } {
  const tree = readTeiFile(file, read);
  if ('status' in tree) return { outcome: tree };
  const contribution = contributionOf(tree.root, stem(file), tree.locate);
  const diagnostics = contribution.persons.flatMap((p) =>
    p.unverified.map((u) => ({
      file,
      line: u.line,
      column: u.column,
      severity: 'warning' as const,
      rule: 'export/unverified-authority',
      message: `${u.identifier} (${p.id}) is not in the gazetteer with a verification note; left out of the export`,
    })),
  );
  return { outcome: { file, status: 'ok', diagnostics }, contribution };
}

/**
 * Writes a format's files for the corpus `read` made, unless an input (`found`: the problems
 * finding them) could not be read; names the outputs on the read outcomes, and returns the
 * outcome of a corpus not written.
 */
export function writeCorpus(format: CorpusFormat, corpus: Corpus, found: FileOutcome[], read: FileOutcome[], options: { outDir: string; cmif?: CmifOptions }): FileOutcome[] {
  const outputs = OUTPUT_FILES[format].map((name) => join(options.outDir, name));
  if (!read.length) return [];
  const bad = [...found, ...read].filter((o) => o.status === 'failed');
  if (bad.length) return [failed(outputs[0]!, 'export/incomplete', `not written: ${bad.length} input file(s) could not be read, and the corpus would be incomplete`)];
  const contents = render(format, corpus, options.cmif);
  if (!contents) return [failed(outputs[0]!, 'export/no-date', 'not written: no input carries a date to publish the file under; give --date YYYY-MM-DD')];
  contents.forEach((content, i) => writeFileAtomic(outputs[i]!, content));
  for (const o of read) o.output = outputs.join(' ');
  return [];
}
