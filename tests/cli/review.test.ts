/**
 * A conversion's decisions to review are in its report file; the outcome carries them too unless
 * asked not to (the CLI asks for them only for `--json`, so a large batch does not hold them all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertFiles } from '../../src/cli/convert-files.js';

const SOURCE = 'sources/1945-10-10-petrov-mao-zhou-wang.txt';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teikit-review-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function convert(name: string, withReview?: boolean) {
  const outDir = join(dir, name);
  const [outcome] = await convertFiles([SOURCE], { outDir, quiet: true, check: false, ...(withReview === undefined ? {} : { withReview }) });
  const report = JSON.parse(readFileSync(join(outDir, 'reports', '1945-10-10-petrov-mao-zhou-wang.report.json'), 'utf8')) as { messages: { severity: string; message: string }[] };
  return { outcome: outcome!, review: report.messages.filter((m) => m.severity !== 'info').map((m) => m.message) };
}

describe('decisions to review', () => {
  it('are in the outcome by default, as in the report', async () => {
    const { outcome, review } = await convert('default');
    expect(review.length).toBeGreaterThan(0);
    expect(outcome.diagnostics.map((d) => d.message)).toEqual(review);
  });

  it('stay in the report alone when the outcome need not carry them', async () => {
    const { outcome, review } = await convert('without', false);
    expect(review.length).toBeGreaterThan(0);
    expect(outcome.status).toBe('ok');
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.summary!.reviews).toBe(review.length);
  });
});
