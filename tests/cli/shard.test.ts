/**
 * Spreading a corpus: the union of N shards is the unsharded run, byte for byte, and the
 * number of worker threads changes nothing in the output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { teikit } from '../helpers/cli.js';
import { inShard, parseShard } from '../../src/cli/shard.js';

let dir: string;
let corpus: string;

/** Every file under a folder with its bytes, keyed by path relative to it. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = join(rel, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(path, readFileSync(join(root, path), 'utf8'));
    }
  };
  walk('');
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-shard-'));
  corpus = join(dir, 'corpus');
  // Twenty sources: the five under four names each.
  for (const name of readdirSync('sources')) for (const k of [1, 2, 3, 4]) cpSync(join('sources', name), join(corpus, `${k}-${name}`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--shard', () => {
  it('parses I/N and refuses anything else', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    for (const bad of ['0/8', '9/8', '3', '3/0', 'a/b', '-1/2']) expect(() => parseShard(bad)).toThrow(/--shard takes I\/N/);
    const r = teikit(['convert', '--shard', '9/8', 'sources', '-o', join(dir, 'x')]);
    expect(r.code).toBe(2);
  });
  it('puts every file in exactly one shard, whatever folder it is in', () => {
    const files = readdirSync(corpus);
    for (const f of files) {
      const owners = [1, 2, 3].filter((i) => inShard(join('any', 'where', f), { index: i, count: 3 }));
      expect(owners).toHaveLength(1);
      expect(inShard(f, { index: owners[0]!, count: 3 })).toBe(true);
    }
  });
  it('the union of three shards equals the unsharded run byte for byte', () => {
    const whole = join(dir, 'whole');
    expect(teikit(['convert', corpus, '-o', whole, '-q']).code).toBe(0);
    const union = join(dir, 'union');
    const sizes = [1, 2, 3].map((i) => {
      const part = join(union, String(i));
      expect(teikit(['convert', corpus, '-o', part, '--shard', `${i}/3`, '-q']).code).toBe(0);
      return snapshot(part);
    });
    expect(sizes.every((s) => s.size > 2)).toBe(true);
    const merged = new Map(sizes.flatMap((s) => [...s]));
    expect(merged.size).toBe(sizes.reduce((n, s) => n + s.size, 0));
    expect(merged).toEqual(snapshot(whole));
  });
  it('reads its inputs from a list, and two workers write what one writes', () => {
    const list = join(dir, 'list.txt');
    writeFileSync(list, `# the corpus\n${readdirSync(corpus).map((f) => join(corpus, f)).join('\n')}\n`);
    const one = join(dir, 'one');
    const two = join(dir, 'two');
    expect(teikit(['convert', '--files-from', list, '-o', one, '-q']).code).toBe(0);
    expect(teikit(['convert', '--files-from', list, '-o', two, '--workers', '2', '-q']).code).toBe(0);
    expect(snapshot(two)).toEqual(snapshot(one));
    expect(snapshot(one).size).toBe(40);
  });
});
