/**
 * The corpus exports and the corpus view grow linearly with the corpus: a person named in every
 * document (as Stalin is in a collection of his correspondence) must not make them quadratic.
 * Ratios only, with the bound of linear.test.ts: 10× the documents costs under 40× the time.
 */
import { describe, expect, it } from 'vitest';
import { buildNetwork, type LinkedDocument } from '../../src/export/network.js';
import { exportHtmlIndex } from '../../src/export/html.js';
import type { CatalogueFile } from '../../src/export/html/catalogue.js';

const PERSONS = ['stalin', 'mao', 'zhou'].map((id) => ({ id, standard: id.toUpperCase(), variants: [] }));
const links = { senders: ['mao'], addressees: ['stalin'], speakers: ['stalin', 'mao', 'stalin', 'zhou'], named: ['mao', 'stalin', 'zhou'] };

const documents = (n: number): LinkedDocument[] => Array.from({ length: n }, (_, i) => ({ key: `d${i}`, links }));

function catalogue(n: number): CatalogueFile[] {
  return Array.from({ length: n }, (_, i) => ({
    persons: PERSONS,
    docs: [
      {
        href: `f${i}.html`,
        file: `f${i}.html`,
        fileTitle: `File ${i}`,
        title: `Telegram ${i}`,
        when: `19${40 + (i % 20)}-01-01`,
        roles: [['mao', ['sender', 'speaker']], ['stalin', ['addressee', 'speaker']], ['zhou', ['speaker']]],
        turns: links.speakers.map((who, k) => ({ id: `t${k}`, who, n: k + 1, preview: 'We agree.' })),
        links,
      },
    ],
  }));
}

function millis(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}
const best = (run: () => unknown): number => Math.min(millis(run), millis(run));

describe('corpus-wide work is linear in the number of documents', () => {
  it('the network: 20,000 documents naming the same persons cost under 40× 2,000', () => {
    const network = buildNetwork(documents(10), new Map(PERSONS.map((p) => [p.id, p])));
    expect(network.nodes.find((n) => n.id === 'stalin')!.documents).toHaveLength(10);
    const time = (n: number) => best(() => buildNetwork(documents(n), new Map(PERSONS.map((p) => [p.id, p]))));
    const small = time(2_000);
    expect(time(20_000) / Math.max(small, 1)).toBeLessThan(40);
  });

  it('the corpus view: 5,000 documents cost under 40× 500', () => {
    const pages = (n: number) => () => [...exportHtmlIndex(catalogue(n))].length;
    expect(pages(3)()).toBe(5 + PERSONS.length);
    const small = best(pages(500));
    expect(best(pages(5_000)) / Math.max(small, 1)).toBeLessThan(40);
  });
});
