/** File system helpers: input discovery that survives loops, and writes that are never partial. */
import { closeSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';

export interface InputFile {
  path: string;
}

export interface InputProblem {
  path: string;
  message: string;
}

/**
 * Files named or found (recursively, sorted) under the given paths whose names end in one of
 * `extensions`. A named file is taken whatever its extension. Symlink loops and unreadable
 * folders are reported, not followed.
 */
export function collectInputs(paths: string[], extensions: string[]): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      problems.push({ path: dir, message: errorText(e) });
      return;
    }
    if (seen.has(real)) {
      problems.push({ path: dir, message: 'folder already visited (symbolic link loop?); skipped' });
      return;
    }
    seen.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (e) {
      problems.push({ path: dir, message: errorText(e) });
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      let st;
      try {
        st = statSync(path);
      } catch (e) {
        problems.push({ path, message: errorText(e) });
        continue;
      }
      if (st.isDirectory()) walk(path);
      else if (extensions.some((x) => name.endsWith(x))) files.push(path);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      problems.push({ path: p, message: errorText(e) });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, problems };
}

/** Temporary files start with a dot and end in `.tmp`, so no search for outputs takes one for an output. */
export const TEMP_FILE = /^\..*\.tmp$/;

/**
 * Writes through a temporary file in the same folder and a rename: readers see the old file or
 * the new one, never half. The temporary name carries process and thread, since worker threads
 * share a process id; it is removed again if anything fails.
 */
export function writeFileAtomic(path: string, data: string): void {
  const dir = dirname(resolve(path));
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}-${threadId}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      // writeFileSync loops until every byte is written; a bare writeSync may write part.
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = String((e as { code: unknown }).code);
    const known: Record<string, string> = {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EISDIR: 'is a folder',
      ELOOP: 'too many symbolic links (a loop?)',
      ENOTDIR: 'not a folder',
    };
    if (known[code]) return known[code];
  }
  return e instanceof Error ? e.message : String(e);
}
