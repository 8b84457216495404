/** The tools a user would otherwise reach for, each run as a user would run it. */
import { accessSync, constants } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { runCommand } from './measure.js';

export function onPath(tool: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, tool), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** `pandoc -f markdown -t tei <file> -o <out>`, one process per file, in turn; returns the mean ms per file. */
export async function pandocPerFile(files: string[], outDir: string): Promise<number> {
  let total = 0;
  for (const file of files) total += await runCommand('pandoc', ['-f', 'markdown', '-t', 'tei', file, '-o', join(outDir, `${basename(file)}.xml`)]);
  return total / files.length;
}

/** One process over all the files, as `jing schema.rng files...` is used. */
export const jing = (schema: string, files: string[]): Promise<number> => runCommand('jing', [schema, ...files]);

export const xmllint = (schema: string, files: string[]): Promise<number> => runCommand('xmllint', ['--noout', '--relaxng', schema, ...files]);
