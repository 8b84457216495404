/** A message about a place in a file, from a named rule (cf. unified's vfile messages). */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Id of the rule that produced it, e.g. `ingest/invalid-utf8`, `header/missing-date`. */
  rule: string;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule} ${d.message}`;
}

/** Orders diagnostics by file, then position, so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
