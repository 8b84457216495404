import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { seededRng, synthesiseCorpus, vary } from '../../bench/corpus.js';

const SOURCES = join(import.meta.dirname, '../../sources');
const scratch = mkdtempSync(join(tmpdir(), 'teikit-bench-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const read = (files: string[]) => files.map((f) => readFileSync(f, 'utf8'));

describe('seededRng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRng(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('vary', () => {
  const text = [
    '**April 13, 1949**',
    'Ciphered Telegram No. 53517 from Ivan Kovalev, 9 April 1949. F. 45, Op. 1, D. 331.',
    `Mao Zedong said ${'that the plenum went well and '.repeat(8)}on April 13, 1949.`,
    'Printed 1 copy in 1949.',
  ].join('\n\n');

  it('changes dates, spellings and numbers consistently within a document', () => {
    const out = vary(text, seededRng(3));
    const dates = out.match(/\b(?:April) \d{1,2}, \d{4}/g)!;
    expect(dates.length).toBeGreaterThanOrEqual(1);
    expect(new Set(dates).size).toBe(1);
    expect(out).not.toContain('No. 53517');
    expect(out).toMatch(/No\. \d{5} /);
    expect(out).toContain('Op. 1,');
    expect(out).toContain('Printed 1 copy in 1949.');
  });

  it('leaves text without dates, known names, numbers or prose paragraphs alone', () => {
    const plain = 'Short line.\n\nAnother short line, 12 words.';
    expect(vary(plain, seededRng(1))).toBe(plain);
  });

  it('repeats or drops prose paragraphs but keeps the others', () => {
    const lengths = Array.from({ length: 20 }, (_, seed) => vary(text, seededRng(seed)).split('\n\n').length);
    expect(Math.min(...lengths)).toBe(3);
    expect(Math.max(...lengths)).toBeGreaterThan(4);
  });
});

describe('synthesiseCorpus', () => {
  const a = synthesiseCorpus(SOURCES, join(scratch, 'a'), 12);
  const b = synthesiseCorpus(SOURCES, join(scratch, 'b'), 12);
  const prefix = synthesiseCorpus(SOURCES, join(scratch, 'c'), 7);

  it('writes N files named after their number and source', () => {
    expect(readdirSync(a.dir)).toHaveLength(12);
    expect(a.files.map((f) => basename(f))[0]).toBe('d00000-1945-10-10-petrov-mao-zhou-wang.txt');
    expect(basename(a.files[6]!)).toBe('d00006-1949-01-13-terebin-to-kuznetsov-mao-to-filippov.txt');
    expect(a.bytes).toBe(read(a.files).reduce((sum, t) => sum + Buffer.byteLength(t), 0));
  });

  it('is deterministic, and a smaller corpus is a prefix of a larger one', () => {
    expect(read(b.files)).toEqual(read(a.files));
    expect(read(prefix.files)).toEqual(read(a.files).slice(0, 7));
  });

  it('varies the documents made from one source', () => {
    const texts = read(a.files);
    const fromFirstSource = [texts[0], texts[5], texts[10]];
    expect(new Set(fromFirstSource).size).toBe(3);
    expect(new Set(fromFirstSource.map((t) => t!.length)).size).toBe(3);
    const original = readFileSync(join(SOURCES, '1945-10-10-petrov-mao-zhou-wang.txt'), 'utf8');
    expect(fromFirstSource).not.toContain(original);
  });

  it('differs with the seed', () => {
    const other = synthesiseCorpus(SOURCES, join(scratch, 'd'), 3, 2);
    expect(read(other.files)).not.toEqual(read(a.files).slice(0, 3));
  });
});
