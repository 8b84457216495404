/** File system helpers: input discovery that survives loops, and writes that are never partial. */
import { closeSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';


export interface InputProblem {
  path: string;
  message: string;
}

/**
 * Files named or found (recursively, sorted) under the given paths whose names end in one of
 * `extensions`. A named file is taken whatever its extension. Symlink loops, unreadable
 * folders and anything not a regular file are reported, not followed or read.
 */
export function collectInputs(paths: string[], extensions: string[]): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  // Reading a named pipe or a device would block the batch or never end.
  const take = (path: string, st: Stats) => {
    if (st.isFile()) files.push(path);
    else problems.push({ path, message: 'not a regular file (a pipe, socket or device); skipped' });
  };
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
      else if (extensions.some((x) => name.endsWith(x))) take(path, st);
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
    else take(p, st);
  }
  return { files, problems };
}

/** Temporary files start with a dot and end in `.tmp`, so no search for outputs takes one for an output. */
export const TEMP_FILE = /^\..*\.tmp$/;

/**
 * Writes through a temporary file in the same folder and a rename: readers see the old file or
 * the new one, never half, whenever the process dies. The temporary name carries process and
 * thread, since worker threads share a process id; it is removed again if anything fails.
 * No fsync: a rename is atomic for a killed process, and surviving a power cut is the file
 * system's business (an fsync per file made batches disk-bound).
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
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

const OWN_TEMP = /^\..*\.(\d+)-\d+\.tmp$/;

/**
 * Removes the temporary files in a folder that no running process owns: this process's own
 * (after an interrupted batch) and those of processes that were killed. Returns how many.
 */
export function sweepTempFiles(dir: string, includeOwn: boolean): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(OWN_TEMP.exec(name)?.[1]);
    if (!pid || (pid === process.pid ? !includeOwn : alive(pid))) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** A file's base name without its extension: `a/b/1949-04-13.txt` → `1949-04-13`. */
export function stem(file: string): string {
  return basename(file, extname(file));
}

export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = String((e as { code: unknown }).code);
    const known: Record<string, string> = {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EISDIR: 'is a folder',
      ELOOP: 'too many symbolic links (a loop?)',
      EIO: 'input/output error while reading',
      ENOTDIR: 'not a folder',
    };
    if (known[code]) return known[code];
  }
  return e instanceof Error ? e.message : String(e);
}
