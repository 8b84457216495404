/** Each corpus export checked by its format's own schema or reference library. */
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Ajv } from 'ajv';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseCsv } from 'csv-parse/sync';
import type { CslItem } from '../../src/export/csl.js';

const SCHEMA = '../shared/schemas/csl-data.json';

/** csl-data.json declares draft-07, which is Ajv's default class. */
export function cslValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { $schema: string };
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  return new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
}

export function bibliography(items: CslItem[], template: string): string[] {
  return new Cite(items).format('bibliography', { format: 'text', template, lang: 'en-US' }).trim().split('\n');
}


/** jing's verdict on a CMIF text: the empty string when valid, else its messages. */
export function jingCmif(xml: string, scratch: string): string {
  const file = join(scratch, 'cmif-under-test.xml');
  writeFileSync(file, xml);
  const r = spawnSync('jing', ['../shared/schemas/cmif.rng', file], { encoding: 'utf8' });
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`.trim() || `jing exited ${r.status}`;
}

/** A multigraph: two persons may be linked by several relations. */
export function readGexf(xml: string): MultiGraph {
  return parseGexf(MultiGraph, xml) as MultiGraph;
}

/** Rows of an RFC 4180 table as objects keyed by its header. */
export function readCsv(text: string): Record<string, string>[] {
  return parseCsv(text, { columns: true, record_delimiter: '\r\n', relax_column_count: false }) as Record<string, string>[];
}
