/**
 * The conversion report for one source: every removed line, every field found and where,
 * every expected field missing, every low-confidence decision — for a human editor.
 */
import type { Position } from '../model/document.js';
import type { Diagnostic, Severity } from './diagnostic.js';

export interface RemovedLine {
  line: number;
  text: string;
  rule: string;
}

export interface FoundField {
  document: string;
  field: string;
  line: number;
  column: number;
  value: string;
}

/** Where a document stands in the source: its first line, the first line of its text (after the front matter), its last line. */
export interface DocumentSpan {
  id: string;
  firstLine: number;
  bodyLine: number;
  lastLine: number;
}

export interface ConversionReport {
  source: string;
  documents: string[];
  spans: DocumentSpan[];
  /** The line of a collection's title, when the source has one. */
  collectionTitleLine?: number;
  removed: RemovedLine[];
  fields: FoundField[];
  missing: { document: string; field: string }[];
  /** Guesses and warnings, as diagnostics with positions. */
  messages: Diagnostic[];
}

export class ReportBuilder {
  readonly report: ConversionReport;

  constructor(readonly file: string) {
    this.report = { source: file, documents: [], spans: [], removed: [], fields: [], missing: [], messages: [] };
  }

  removed(line: number, text: string, rule: string): void {
    this.report.removed.push({ line, text, rule });
  }

  field(document: string, field: string, pos: Position, value: string): void {
    this.report.fields.push({ document, field, line: pos.line, column: pos.column, value });
  }

  missing(document: string, field: string): void {
    this.report.missing.push({ document, field });
  }

  message(pos: Position | undefined, rule: string, message: string, severity: Severity = 'info'): void {
    this.report.messages.push({ file: this.file, line: pos?.line ?? 1, column: pos?.column ?? 1, severity, rule, message });
  }

  /** A low-confidence decision an editor should check. */
  review(pos: Position | undefined, rule: string, message: string): void {
    this.message(pos, rule, message, 'warning');
  }
}

/** What a batch keeps of a report once it is on disk. */
export interface ReportSummary {
  documents: number;
  removed: number;
  reviews: number;
  missing: string[];
}

export function summarise(r: ConversionReport): ReportSummary {
  return {
    documents: r.documents.length,
    removed: r.removed.length,
    reviews: r.messages.filter((m) => m.severity === 'warning').length,
    missing: [...new Set(r.missing.map((m) => m.field))],
  };
}

/** A report summary in one line for the terminal; the JSON file has the details. */
export function summaryLine(s: ReportSummary): string {
  return [
    `${s.documents} doc${s.documents === 1 ? '' : 's'}`,
    `${s.removed} chrome lines removed`,
    `${s.reviews} to review`,
    ...(s.missing.length ? [`missing: ${s.missing.join(', ')}`] : []),
  ].join(', ');
}
