/**
 * Stable shards for spreading a corpus over machines with no coordinator: a file belongs to
 * shard I of N by a hash of its base name, so every machine computes the same split whatever
 * folder the corpus sits in and whatever else is in it.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

export interface Shard {
  index: number;
  count: number;
}

/** "I/N" with 1 ≤ I ≤ N. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new Error(`--shard takes I/N with 1 ≤ I ≤ N, e.g. 3/8; got "${text}"`);
  return { index, count };
}

export function inShard(file: string, shard: Shard): boolean {
  const h = createHash('sha1').update(basename(file)).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}
