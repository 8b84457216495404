/**
 * Validation outcomes as SARIF 2.1.0, the format code-scanning dashboards and editors read:
 * one run, the rules that fired as its driver's rules, one result per diagnostic at its
 * file, line and column.
 */
import { pathToFileURL } from 'node:url';
import type { FileOutcome } from '../cli/convert-file.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { RULES } from './rules.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function toSarif(outcomes: FileOutcome[]): object {
  const diagnostics = outcomes.flatMap((o) => o.diagnostics);
  const ruleIds = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const described = new Map(RULES.map((r) => [r.id, r.description]));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            rules: ruleIds.map((id) => ({ id, ...(described.has(id) ? { shortDescription: { text: described.get(id)! } } : {}) })),
          },
        },
        artifacts: outcomes.map((o) => ({ location: { uri: uri(o.file) }, ...(o.rules ? { properties: { rules: o.rules } } : {}) })),
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: ruleIds.indexOf(d.rule),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: uri(d.file) }, region: { startLine: d.line, startColumn: Math.max(1, d.column) } } }],
        })),
      },
    ],
  };
}

/** A relative path stays relative (SARIF resolves it against the run's directory); an absolute one is a file: URI. */
function uri(file: string): string {
  return file.startsWith('/') ? pathToFileURL(file).href : file.split('/').map(encodeURIComponent).join('/');
}
