/** What every batch command shares: finding the inputs, reading each file with progress, reading a TEI file. */
import { readFileSync } from 'node:fs';
import { failed, type FileOutcome } from './convert-file.js';
import { Progress } from './progress.js';
import { withRead, type ReadXml, type Tree } from '../tei/read-once.js';
import { rootProblem } from '../validate/index.js';
import { collectInputs, errorText } from '../util/fs.js';

/** Problems finding inputs become failed outcomes, so nothing is skipped silently. */
export function inputs(paths: string[], extensions: string[]): { files: string[]; outcomes: FileOutcome[] } {
  const { files, problems } = collectInputs(paths, extensions);
  const outcomes = problems.map((p) => failed(p.path, 'input/unreadable', p.message));
  if (!files.length && !problems.length) outcomes.push(failed(paths.join(' '), 'input/none', `no ${extensions.join(' or ')} files found`));
  return { files, outcomes };
}

/** A file's text, or the outcome of a file that cannot be read, with the reason. */
export function readInput(file: string): string | FileOutcome {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return failed(file, 'input/unreadable', errorText(e));
  }
}

/** Runs `one` on each file's text, with progress; a file that cannot be read fails with the reason, and the batch goes on. */
export function eachFile(files: string[], verb: string, quiet: boolean | undefined, one: (file: string, text: string) => FileOutcome): FileOutcome[] {
  const progress = new Progress(files.length, verb, quiet ?? false);
  try {
    return files.map((file, i) => {
      progress.tick(i + 1, file);
      const text = readInput(file);
      return typeof text === 'string' ? one(file, text) : text;
    });
  } finally {
    progress.done();
  }
}

/** A TEI file's tree, or the outcome saying why it cannot be exported (with line and column). */
export function readTeiFile(file: string, read: ReadXml): Tree | FileOutcome {
  if ('error' in read) return failed(file, 'xml/not-well-formed', read.error.message, read.error.line, read.error.column);
  const wrongRoot = rootProblem(read.root.name, file);
  return wrongRoot ? { file, status: 'failed', diagnostics: [wrongRoot] } : read;
}

/** Like eachFile, with each text read into its tree once for whatever `one` does with it. */
export function eachTeiFile(files: string[], verb: string, quiet: boolean | undefined, one: (file: string, read: ReadXml) => FileOutcome): FileOutcome[] {
  return eachFile(files, verb, quiet, (file, xml) => withRead(xml, (read) => one(file, read)));
}
