/**
 * A benchmark corpus synthesised from sources/: document i is source i mod 5 with its dates,
 * spellings of names, numbers and length varied by a PRNG seeded with (seed, i). Document i is
 * the same whatever N, so a corpus of 200 is the first 200 of a corpus of 10,000.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import entities from '../src/data/entities.json' with { type: 'json' };

export type Rng = () => number;

/** mulberry32: small, fast and good enough to pick variations. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTHS}) (\\d{1,2}), (19\\d\\d)\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) (${MONTHS})( 19\\d\\d)?\\b`, 'g');
/** Numbers of 3 to 5 digits that are not years: telegram numbers, archival files and folios, pages. */
const NUMBER = /\b(?!19\d\d\b)(?!20\d\d\b)\d{3,5}\b/g;
/** Plain prose: long paragraphs that start with a letter and carry no footnote marker. */
const PROSE = /^[A-Z][^\n]{199,}$/;
const FOOTNOTE_MARKER = /\d\\?\*|\[\d+\]/;

/** Each full name (two words or more) of a person, with its other full spellings. */
const SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map(
  entities
    .filter((e) => e.kind === 'person')
    .flatMap((e) => {
      const full = [...new Set([e.name, ...e.variants])].filter((v) => /^[A-Z][a-z'-]+ [A-Z]/.test(v));
      return full.length > 1 ? full.map((v) => [v, full] as [string, string[]]) : [];
    }),
);
const NAME = new RegExp(`\\b(${[...SPELLINGS.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');

/** Replaces each distinct match by one variation, so a date or a number repeated in a document stays consistent. */
function consistently(text: string, pattern: RegExp, vary: (match: string, ...groups: string[]) => string): string {
  const chosen = new Map<string, string>();
  return text.replace(pattern, (match: string, ...groups: string[]) => {
    if (!chosen.has(match)) chosen.set(match, vary(match, ...groups));
    return chosen.get(match)!;
  });
}

/** One synthetic document from one source text. */
export function vary(text: string, rng: Rng): string {
  const yearShift = between(rng, -3, 3);
  const year = (y: string) => String(Number(y) + yearShift);
  let out = consistently(text, MONTH_DAY_YEAR, (_m, month, _d, y) => `${month} ${between(rng, 1, 28)}, ${year(y!)}`);
  out = consistently(out, DAY_MONTH_YEAR, (_m, _d, month, y) => `${between(rng, 1, 28)} ${month}${y ? ` ${year(y.trim())}` : ''}`);
  out = consistently(out, NAME, (name) => pick(rng, SPELLINGS.get(name)!));
  out = consistently(out, NUMBER, (n) => String(between(rng, 10 ** (n.length - 1), 10 ** n.length - 1)));
  // Length: every prose paragraph appears k times, k averaging a factor between 0.4 and 3.
  const factor = 0.4 * Math.exp(rng() * Math.log(7.5));
  return out
    .split('\n\n')
    .flatMap((para) => {
      if (!PROSE.test(para) || FOOTNOTE_MARKER.test(para)) return [para];
      const copies = Math.floor(factor) + (rng() < factor % 1 ? 1 : 0);
      return Array.from({ length: copies }, () => para);
    })
    .join('\n\n');
}

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

/** Writes documents 0..count-1 into dir as d00000-<source>.txt. */
export function synthesiseCorpus(sourcesDir: string, dir: string, count: number, seed = 1): Corpus {
  const sources = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: basename(f, '.txt'), text: readFileSync(join(sourcesDir, f), 'utf8') }));
  if (!sources.length) throw new Error(`no .txt sources in ${sourcesDir}`);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const text = vary(source.text, seededRng(seed * 1_000_003 + i));
    const file = join(dir, `d${String(i).padStart(5, '0')}-${source.name}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}
