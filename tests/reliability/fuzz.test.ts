/**
 * Property and fuzz tests, with a fixed seed so CI runs the same cases every time: any input
 * gives schema-valid TEI or a structured error, generated transcripts lose no text, and mutated
 * sources never crash the converter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { RelaxNgSchema } from '../../src/validate/relaxng.js';
import { PROJECT_SCHEMA } from '../../src/validate/relaxng.js';
import { readXml } from '../../src/tei/reader.js';
import { exportText } from '../../src/export/text.js';
import entities from '../../src/data/entities.json' with { type: 'json' };
import { convertBytes, losslessSides, schemaProblems, SOURCES } from './helpers.js';

const RUNS = { seed: 20261123, numRuns: 2000 } as const;
let schema: RelaxNgSchema;
beforeAll(() => {
  schema = RelaxNgSchema.load(PROJECT_SCHEMA);
});
afterAll(() => schema.dispose());

/** TEI text or an ingest refusal with a rule and a message; an exception fails the property. */
function neverThrows(bytes: Uint8Array): string | null {
  const r = convertBytes(bytes, 'fuzz.txt');
  if (r.ok) return r.xml;
  expect(r.rule).toMatch(/^ingest\//);
  expect(r.message).not.toBe('');
  return null;
}

/** As neverThrows, and the TEI is valid against the project schema. */
function convertsOrRefuses(bytes: Uint8Array): void {
  const xml = neverThrows(bytes);
  if (xml !== null) expect(schemaProblems(schema, xml)).toEqual([]);
}

const PEOPLE = entities.filter((e) => e.kind === 'person').flatMap((e) => e.variants);
const word = fc.constantFrom('we', 'agree', 'the', 'credit', 'said', 'that', 'Soviet', 'government', 'will', 'send', 'specialists', 'to', 'Shanghai', '1949', 'questions', 'of', 'trade');
const name = fc.constantFrom(...PEOPLE);
const bracket = fc.oneof(
  word.map((w) => `[${w}]`),
  name.map((n) => `[${n}]`),
  fc.constantFrom('[...]', '[…]', '[....]', '[illegible]', '[sic]', '[signature]'),
);
const sentence = fc
  .array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: name }, { weight: 1, arbitrary: bracket }), { minLength: 2, maxLength: 14 })
  .map((ws) => `${ws.join(' ')}.`);
const paragraph = fc.oneof(
  fc.tuple(name, fc.array(sentence, { minLength: 1, maxLength: 3 })).map(([n, ss]) => `${n}: ${ss.join(' ')}`),
  fc.tuple(name, sentence).map(([n, s]) => `Cde. ${n} said that ${s}`),
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' ')),
);
const transcript = fc
  .tuple(fc.tuple(name, name), fc.constantFrom('', '16 December 1949\n\n', '27 June 1949\n\n'), fc.array(paragraph, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n\n', '\n\n\n', '\n \n'))
  .map(([[a, b], date, ps, gap]) => `Record of Conversation between ${a} and ${b}\n\n${date}${ps.join(gap)}\n`);

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('[', ']', '(', ')', '*', '#', ':', '\n', ' ', '\u00a0', 'Stalin', '1.', '<', '&', '"'), maxLength: 60 }),
);
const anyBytes = fc.uint8Array({ maxLength: 300 });

describe('fuzz: convert never throws', () => {
  it('any string gives TEI or a structured error', () => {
    fc.assert(fc.property(anyText, (s) => void neverThrows(Buffer.from(s, 'utf8'))), RUNS);
  });
  it('any bytes give TEI or a structured error', () => {
    fc.assert(fc.property(anyBytes, (b) => void neverThrows(b)), RUNS);
  });
});

describe('fuzz: the TEI is schema-valid', () => {
  it('for any string', () => {
    fc.assert(fc.property(anyText, (s) => convertsOrRefuses(Buffer.from(s, 'utf8'))), RUNS);
  });
  it('for any bytes', () => {
    fc.assert(fc.property(anyBytes, (b) => convertsOrRefuses(b)), RUNS);
  });
});

describe('property: generated transcripts lose no text', () => {
  it('the text export equals the transcript, white space aside', () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const r = convertBytes(Buffer.from(text, 'utf8'), 'generated.txt');
        if (!r.ok) throw new Error(`refused: ${r.rule}`);
        const { expected, actual } = losslessSides(r.text, exportText(readXml(r.xml)), r.report);
        expect(actual).toBe(expected);
      }),
      RUNS,
    );
  });
  it('and the TEI is schema-valid', () => {
    fc.assert(fc.property(transcript, (text) => convertsOrRefuses(Buffer.from(text, 'utf8'))), RUNS);
  });
});

describe('fuzz: mutated sources never crash', () => {
  const sources = SOURCES.map((p) => readFileSync(p, 'utf8').split('\n'));
  /** A window of up to 40 lines of one source (whole sources take too long for 2,000 runs). */
  const excerpt = fc
    .integer({ min: 0, max: sources.length - 1 })
    .chain((k) => fc.tuple(fc.constant(sources[k]!), fc.nat({ max: sources[k]!.length - 1 }), fc.integer({ min: 1, max: 40 })))
    .map(([lines, start, n]) => lines.slice(start, start + n));
  const mutation = fc.oneof(
    fc.nat().map((i) => (ls: string[]) => ls.filter((_, j) => j !== i % ls.length)),
    fc.nat().map((i) => (ls: string[]) => ls.map((l, j) => (j === i % ls.length ? l.replace(/\[/g, '[[').replace(/\]/g, ']]') : l))),
    fc.nat().map((i) => (ls: string[]) => ls.map((l, j) => (j === i % ls.length ? l.split(/(\*\*[^*]+\*\*)/).reverse().join('') : l))),
    fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (ls: string[]) => {
      const out = [...ls];
      const [a, b] = [i % ls.length, j % ls.length];
      [out[a], out[b]] = [out[b]!, out[a]!];
      return out;
    }),
    fc.nat().map((i) => (ls: string[]) => ls.map((l, j) => (j === i % ls.length ? l.slice(0, Math.floor(l.length / 2)) : l))),
  );
  const mutated = fc.tuple(excerpt, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([lines, ms]) => ms.reduce((ls, m) => (ls.length ? m(ls) : ls), lines).join('\n'));
  it('deleted lines, doubled brackets, shuffled fields and lines: TEI or a structured error', () => {
    fc.assert(fc.property(mutated, (text) => void neverThrows(Buffer.from(text, 'utf8'))), RUNS);
  });
  it('and the TEI is schema-valid', () => {
    fc.assert(fc.property(mutated, (text) => convertsOrRefuses(Buffer.from(text, 'utf8'))), RUNS);
  });
});
