/** Runs the real `teikit` command (bin/teikit.js) and returns its exit code and output. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const BIN = resolve('bin/teikit.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function teikit(args: string[], cwd = process.cwd()): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
