/** `teikit validate --format sarif`: SARIF 2.1.0 (its schema is JSON Schema draft-04), one result per diagnostic. */
import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { teikit } from '../helpers/cli.js';

const SARIF_SCHEMA = '../shared/schemas/sarif-schema-2.1.0.json';

interface Sarif {
  version: string;
  runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
}

describe('teikit validate --format sarif', () => {
  const run = teikit(['validate', '--format', 'sarif', 'tests/fixtures/invalid/supplied-bad-reason.xml', 'tests/fixtures/tei-styles/invalid/tei-faults.xml', 'tei-out/1949-04-13-kovalev-to-filippov-53517.xml']);
  const sarif = JSON.parse(run.stdout) as Sarif;

  it('is valid SARIF 2.1.0 and exits 1 for invalid files', () => {
    // A CommonJS module: under NodeNext its class is the default export's `default`.
    const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
    const check = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object);
    expect(check(sarif), JSON.stringify(check.errors)).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    expect(run.code).toBe(1);
  });

  it('has one result per diagnostic, at its file, line and column, with its rule', () => {
    const [only] = sarif.runs;
    const results = only!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}:${r.locations[0]!.physicalLocation.region.startColumn} ${r.level} ${r.ruleId} ${r.message.text}`);
    expect(results).toContain('tests/fixtures/invalid/supplied-bad-reason.xml:56:18 error schema/invalid value "gloss" of attribute "reason" of element "supplied" is invalid; must be equal to "explanation" or "subaudible"');
    expect(results).toContain('tests/fixtures/tei-styles/invalid/tei-faults.xml:22:100 warning tei-constraint @when gives the date; it cannot stand with @notBefore, @notAfter, @from or @to [datable-when-alone]');
    expect(results.filter((r) => r.startsWith('tests/fixtures/invalid/supplied-bad-reason.xml'))).toHaveLength(1);
    expect(results.filter((r) => r.startsWith('tei-out/'))).toEqual([]);
    for (const r of only!.results) expect(only!.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });
});
