/**
 * The corpus exports: every input file is read into one corpus, and one file (two for CSV) is
 * written for all of them. If any input cannot be read the corpus would be incomplete, so nothing
 * is written and the command fails, naming the files.
 */
import { join } from 'node:path';
import type { ExportOptions } from './commands.js';
import { eachFile, inputs, readTeiFile } from './batch.js';
import { failed, type FileOutcome } from './convert-file.js';
import { addFile, corpusNetwork, emptyCorpus, type Corpus } from '../export/corpus.js';
import { exportCsl } from '../export/csl.js';
import { cmifDate, exportCmif, type CmifOptions } from '../export/cmif.js';

import { exportGexf } from '../export/gexf.js';
import { exportCsv } from '../export/csv.js';
import { locator } from '../tei/positions.js';
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
  const read = eachFile(files, `reading for ${options.format}`, options.quiet, (file, xml) => {
    const root = readTeiFile(file, xml);
    if ('status' in root) return root;
    const before = corpus.unverified.length;
    addFile(corpus, file, root, stem(file), locator(xml, root));
    const diagnostics = corpus.unverified.slice(before).map((u) => ({
      file,
      line: u.line,
      column: u.column,
      severity: 'warning' as const,
      rule: 'export/unverified-authority',
      message: `${u.identifier} (${u.entity}) is not in the gazetteer with a verification note; left out of the export`,
    }));
    return { file, status: 'ok', diagnostics };
  });
  outcomes.push(...read);
  const outputs = OUTPUT_FILES[options.format].map((name) => join(options.outDir, name));
  if (!files.length) return outcomes;
  const bad = outcomes.filter((o) => o.status === 'failed');
  if (bad.length) {
    outcomes.push(failed(outputs[0]!, 'export/incomplete', `not written: ${bad.length} input file(s) could not be read, and the corpus would be incomplete`));
    return outcomes;
  }
  const contents = render(options.format, corpus, options.cmif);
  if (!contents) {
    outcomes.push(failed(outputs[0]!, 'export/no-date', 'not written: no input carries a date to publish the file under; give --date YYYY-MM-DD'));
    return outcomes;
  }
  contents.forEach((content, i) => writeFileAtomic(outputs[i]!, content));
  for (const o of read) o.output = outputs.join(' ');
  return outcomes;
}
