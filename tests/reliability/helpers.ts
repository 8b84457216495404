/** Shared by the reliability suites: temporary folders, the real command, in-memory conversion, output checks. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/cli.js';
import { decode, IngestError } from '../../src/ingest/decode.js';
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';
import { readXml } from '../../src/tei/reader.js';
import { checksumStatus } from '../../src/tei/checksum.js';
import type { ConversionReport } from '../../src/diagnostics/report.js';
import type { RelaxNgSchema } from '../../src/validate/relaxng.js';

export const SOURCES = readdirSync('sources')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('sources', f));

/** A fresh folder under the system temp folder, and a function that removes it. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `teikit-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FileSummary {
  file: string;
  status: 'ok' | 'invalid' | 'failed' | 'skipped';
  output?: string;
  diagnostics: { file: string; line: number; column: number; severity: string; rule: string; message: string }[];
}

export interface JsonSummary {
  command: string;
  ok: boolean;
  counts: Record<string, number>;
  files: FileSummary[];
}

export interface AsyncRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `teikit` without blocking the test's event loop (spawnSync would, for seconds). */
export function teikitAsync(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<AsyncRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? process.cwd(), env: { ...process.env, NO_COLOR: '1', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The outcome of one file in a `--json` summary, by base name. */
export function outcomeOf(summary: JsonSummary, name: string): FileSummary {
  const found = summary.files.filter((f) => f.file.endsWith(`/${name}`) || f.file === name);
  if (found.length !== 1) throw new Error(`${found.length} outcomes for ${name} in ${summary.files.map((f) => f.file).join(', ')}`);
  return found[0]!;
}

export type Converted = { ok: true; xml: string; report: ConversionReport; text: string } | { ok: false; rule: string; message: string };

/** The pipeline of `convert` in memory: bytes → text → model → TEI; ingest refusals are structured errors. */
export function convertBytes(bytes: Uint8Array, name: string): Converted {
  let text: string;
  try {
    text = decode(bytes, name).text;
  } catch (e) {
    if (e instanceof IngestError) return { ok: false, rule: e.rule, message: e.message };
    throw e;
  }
  const { conversion, report } = convertText(text, name);
  return { ok: true, xml: writeTei(conversion), report, text };
}

/** Grammar problems of one TEI text, as `line: message` strings (empty when valid). */
export function schemaProblems(schema: RelaxNgSchema, xml: string): string[] {
  return schema.validate(xml, 'generated.xml').map((d) => `${d.line}: ${d.message}`);
}

/**
 * Why a written TEI file is not complete, or null: it must parse, end with its root's end tag
 * and carry an intact checksum (a truncated or mixed file cannot).
 */
export function incompleteness(path: string): string | null {
  const xml = readFileSync(path, 'utf8');
  let root;
  try {
    root = readXml(xml);
  } catch (e) {
    return `not well-formed: ${(e as Error).message}`;
  }
  if (!xml.endsWith(`</${root.name}>\n`)) return `does not end with </${root.name}>`;
  const status = checksumStatus(xml);
  return status === 'intact' ? null : `checksum ${status}`;
}

/**
 * What of a source the export must give back: the source without the lines the report says
 * were taken out (chrome, front matter, collection title), and the export without the title
 * line each document starts with. Generated transcripts hold no markdown, so none is stripped.
 */
export function losslessSides(source: string, exported: string, report: ConversionReport): { expected: string; actual: string } {
  const drop = new Set(report.removed.map((r) => r.line));
  if (report.collectionTitleLine) drop.add(report.collectionTitleLine);
  for (const s of report.spans) for (let l = s.firstLine; l < s.bodyLine; l++) drop.add(l);
  const kept = source
    .split('\n')
    .filter((_, i) => !drop.has(i + 1))
    .join('\n');
  const body = exported
    .split('\n\n\n')
    .map((doc) => doc.split('\n').slice(1).join('\n'))
    .join('\n');
  const normalise = (t: string) => t.replace(/\[\s*(?:\.{3,}|…)\s*\]/g, '[...]').replace(/\s+/g, '');
  return { expected: normalise(kept), actual: normalise(body) };
}
