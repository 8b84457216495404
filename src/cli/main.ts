/**
 * The `teikit` command line. Exit codes: 0 all files fine, 1 any file failed or is invalid,
 * 2 usage error. Heavy modules load only for the command that needs them.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import type { ExportFormat, FileOutcome } from './commands.js';
import type { ConvertOptions } from './convert-files.js';
import type { Stage } from './build.js';
import type { RulesChoice } from '../validate/index.js';
import { RULES } from '../validate/rules.js';
import { EXIT, INTERRUPTED } from './exit.js';
import { parseShard, type Shard } from './shard.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { summaryLine } from '../diagnostics/report.js';
import { TOOL_VERSION } from '../version.js';
import { isW3cDate } from '../util/w3c-date.js';

/** Each export format's default folder; the corpus network (GEXF and CSV) shares one. */
const EXPORT_DIR: Record<ExportFormat, string> = { html: 'html', json: 'json', text: 'text', csl: 'csl', cmif: 'cmif', gexf: 'network', csv: 'network' };

interface Global {
  quiet?: boolean;
  json?: boolean;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('teikit')
    .description('Turn transcripts of archival documents into TEI P5, validate TEI, and export it as HTML, JSON or text.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--json', 'print a machine-readable summary on stdout')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .addHelpText(
      'after',
      `
Examples:
  $ teikit convert sources/ -o tei-out/        convert every .txt under sources/
  $ teikit validate tei-out/                   check grammar and house rules
  $ teikit export --format html tei-out/ -o html/
  $ teikit build sources/                      all three, as \`npm start\` does

Exit status: 0 all fine, 1 a file failed or is invalid, 2 usage error, 130 interrupted.`,
    );

  program
    .command('convert')
    .description('convert transcripts (.txt) into TEI files, one <name>.xml per <name>.txt, with a conversion report each')
    .argument('[paths...]', 'source files or folders (searched recursively for .txt and .md)')
    .option('-o, --out <dir>', 'output folder', 'tei-out')
    .option('--report-dir <dir>', 'folder for the JSON conversion reports (default: <out>/reports)')
    .option('-f, --force', 'overwrite output files even if they were edited by hand')
    .option('-j, --workers <n>', 'worker threads (default 1; "auto" for one per core)', parseWorkers, 1)
    .option('--shard <I/N>', 'convert only shard I of N (a stable split by file name, for many machines)', parseShardOption)
    .option('--files-from <list>', 'read more input paths from a file, one a line ("-" for standard input)')
    .option('--check', 'check each TEI file against the project schema before writing it (the default)')
    .option('--no-check', 'write without that check, when `teikit validate` follows')
    .addHelpText(
      'after',
      `
Examples:
  $ teikit convert sources/1949-04-13-kovalev-to-filippov-53517.txt -o /tmp/tei
  $ teikit convert --workers auto archive/ -o tei/
  $ teikit convert --shard 3/8 archive/ -o tei/     # machine 3 of 8; the 8 shards together are the whole run
  $ teikit convert --no-check archive/ -o tei/ && teikit validate tei/

A file edited by hand since it was converted is never overwritten without --force. A file the
schema check rejects is not written (rule internal/…); with --no-check it is, for validate to judge.`,
    )
    .action(async (paths: string[], opts: ConvertFlags) => {
      if (!paths.length && !opts.filesFrom) program.error('error: convert needs source files or folders, or --files-from', { exitCode: EXIT.usage });
      const { convertFiles } = await import('./convert-files.js');
      const g = program.opts<Global>();
      code = finish('convert', await convertFiles(paths, convertOptions(opts, g, true)), g);
    });

  program
    .command('validate')
    .description('validate TEI files: well-formedness, RelaxNG grammar and the rules beyond grammar')
    .argument('<paths...>', 'TEI files or folders (searched recursively for .xml)')
    .option('--schema <rng>', 'RelaxNG schema to validate against (default: the project schema)')
    .addOption(new Option('--rules <profile>', 'rules beyond grammar: tei (any TEI file), teikit (tei + house conventions), none (default: teikit for files teikit wrote, tei for others)').choices(['tei', 'teikit', 'none']))
    .option('--no-rules', 'the same as --rules none')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addHelpText('after', validateHelp())
    .action(async (paths: string[], opts: { schema?: string; rules: boolean | RulesChoice; format: string }) => {
      const { validateFiles } = await import('./commands.js');
      const g = program.opts<Global>();
      const rules: RulesChoice = opts.rules === false ? 'none' : opts.rules === true ? 'auto' : opts.rules;
      const outcomes = validateFiles(paths, { ...(opts.schema ? { schema: opts.schema } : {}), rules, ...(g.quiet ? { quiet: true } : {}) });
      if (opts.format === 'sarif') {
        const { toSarif } = await import('../validate/sarif.js');
        process.stdout.write(`${JSON.stringify(toSarif(outcomes), null, 2)}\n`);
        code = exitCode(outcomes);
      } else code = finish('validate', outcomes, { ...g, json: g.json || opts.format === 'json' });
    });

  program
    .command('export')
    .description('export TEI files as HTML pages (plus index.html), JSON (lossless tree + data view) or plain text, one file each; or the whole corpus as CSL-JSON, CMIF, GEXF or CSV')
    .argument('<paths...>', 'TEI files or folders (searched recursively for .xml)')
    .addOption(new Option('--format <format>', 'export format').choices(Object.keys(EXPORT_DIR)).makeOptionMandatory())
    .option('-o, --out <dir>', 'output folder (default: html/, json/, text/, csl/, cmif/, or network/ for gexf and csv)')
    .option('--editor <name>', 'cmif: who publishes the file (its editor and publisher)')
    .option('--publish-url <url>', 'cmif: the address the file will be published at, which correspSearch asks for')
    .option('--date <date>', 'cmif: the publication date, YYYY-MM-DD (default: the newest date the files record of their publication, else of a document)', parseDate)
    .addHelpText(
      'after',
      `
Files: html, json and text write one file per TEI file; csl writes corpus.csl.json, cmif
corpus.cmif.xml, gexf corpus.gexf, csv nodes.csv and edges.csv, each for all the files given.

Examples:
  $ teikit export --format html tei-out/ -o html/
  $ teikit export --format json tei-out/1949-04-13-kovalev-to-filippov-53517.xml -o /tmp/json
  $ teikit export --format csl tei-out/                  # csl/corpus.csl.json, for Zotero
  $ teikit export --format cmif --editor "Jane Doe" --publish-url https://example.org/cmif.xml tei-out/`,
    )
    .action(async (paths: string[], opts: { format: ExportFormat; out?: string; editor?: string; publishUrl?: string; date?: string }) => {
      const { exportFiles } = await import('./commands.js');
      const g = program.opts<Global>();
      const cmif = { ...(opts.editor ? { editor: opts.editor } : {}), ...(opts.publishUrl ? { url: opts.publishUrl } : {}), ...(opts.date ? { date: opts.date } : {}) };
      const outcomes = exportFiles(paths, { format: opts.format, outDir: opts.out ?? EXPORT_DIR[opts.format], cmif, ...(g.quiet ? { quiet: true } : {}) });
      code = finish('export', outcomes, g);
    });

  program
    .command('build')
    .description('convert sources, validate the TEI, and export HTML, JSON, CSL-JSON, CMIF, GEXF and CSV beside it (what `npm start` runs)')
    .argument('[paths...]', 'source files or folders', ['sources'])
    .option('-o, --out <dir>', 'TEI output folder', 'tei-out')
    .option('--html <dir>', 'HTML output folder', 'html')
    .option('--json-dir <dir>', 'JSON output folder', 'json')
    .option('--csl-dir <dir>', 'CSL-JSON output folder', 'csl')
    .option('--cmif-dir <dir>', 'CMIF output folder', 'cmif')
    .option('--network-dir <dir>', 'GEXF and CSV output folder', 'network')
    .option('-f, --force', 'overwrite TEI files even if they were edited by hand')
    .option('-j, --workers <n>', 'worker threads for the conversion, validation and exports (default 1; "auto" for one per core)', parseWorkers, 1)
    .option('--check', 'also check each TEI file against the project schema before writing it (off by default: the build validates every file it writes)')
    .option('--no-check', 'no schema check while converting (the default)')
    .action(async (paths: string[], opts: ConvertFlags & { html: string; jsonDir: string; cslDir: string; cmifDir: string; networkDir: string }) => {
      const { convertFiles } = await import('./convert-files.js');
      const { validateAndExport } = await import('./build.js');
      const g = program.opts<Global>();
      const converted = await convertFiles(paths, convertOptions(opts, g, false));
      const tei = converted.flatMap((o) => (o.output ? [o.output] : []));
      const corpus = { csl: opts.cslDir, cmif: opts.cmifDir, gexf: opts.networkDir, csv: opts.networkDir };
      const stages: Stage[] = [['converted', converted], ...(await validateAndExport(tei, { html: opts.html, json: opts.jsonDir, corpus }, g.quiet, opts.workers))];
      code = finish('build', stages.flatMap(([, list]) => list), g, stages);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with code 0; everything else is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw e;
  }
  return code;
}

interface ConvertFlags {
  out: string;
  force?: boolean;
  reportDir?: string;
  workers: number;
  shard?: Shard;
  filesFrom?: string;
  /** Undefined unless --check or --no-check is given: each command has its own default. */
  check?: boolean;
}

function convertOptions(opts: ConvertFlags, g: Global, checkByDefault: boolean): ConvertOptions {
  return {
    outDir: opts.out,
    workers: opts.workers,
    check: opts.check ?? checkByDefault,
    ...(opts.force ? { force: true } : {}),
    ...(opts.reportDir ? { reportDir: opts.reportDir } : {}),
    ...(opts.shard ? { shard: opts.shard } : {}),
    ...(opts.filesFrom ? { filesFrom: opts.filesFrom } : {}),
    ...(g.quiet ? { quiet: true } : {}),
    // Decisions to review stay in the reports unless the JSON summary lists them.
    ...(g.json ? {} : { withReview: false }),
  };
}

function parseWorkers(value: string): number {
  if (value === 'auto') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1, or "auto"');
  return n;
}

function parseDate(value: string): string {
  if (!isW3cDate(value)) throw new InvalidArgumentError('a date of the calendar: YYYY-MM-DD, YYYY-MM or YYYY');
  return value;
}

function parseShardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

/** Prints the outcomes and returns the exit code. */
function finish(command: string, outcomes: FileOutcome[], g: Global, stages?: Stage[]): number {
  const bad = outcomes.filter((o) => o.status === 'failed' || o.status === 'invalid');
  const messages = outcomes.flatMap((o) => o.diagnostics.filter((d) => !g.quiet || d.severity === 'error'));
  if (g.json) {
    const summary = {
      command,
      ok: bad.length === 0,
      counts: countBy(outcomes),
      files: outcomes.map((o) => ({ file: o.file, status: o.status, ...(o.output ? { output: o.output } : {}), ...(o.rules ? { rules: o.rules } : {}), diagnostics: o.diagnostics })),
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    // Conversion notes (info, review warnings) go to the reports; the terminal shows errors and summaries.
    for (const d of messages) if (d.severity === 'error' || command === 'validate') process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (!g.quiet) process.stdout.write(summaryText(command, outcomes, stages));
  }
  return exitCode(outcomes);
}

function exitCode(outcomes: FileOutcome[]): number {
  if (outcomes.some((o) => o.diagnostics.some((d) => d.rule === INTERRUPTED))) return EXIT.interrupted;
  return outcomes.some((o) => o.status === 'failed' || o.status === 'invalid') ? EXIT.failed : EXIT.ok;
}

/** The validate command's help: output, profiles and their rules, examples. */
function validateHelp(): string {
  const ids = (profile: string) => RULES.filter((r) => r.profile === profile).map((r) => r.id).join(', ');
  return `
Output: one line per problem, \`file:line:col: severity rule-id message\`; the summary says which
rules each file was checked with. --format json gives the same as JSON, --format sarif as SARIF 2.1.0.

Rules (README, "Validation", says what each checks):
  tei     ${ids('tei')}
  teikit  the tei rules and ${ids('teikit')}

Examples:
  $ teikit validate tei-out/
  $ teikit validate --schema ../shared/schemas/tei_all.rng --rules tei my-edition/
  $ teikit validate --format sarif tei-out/ > teikit.sarif`;
}

/** Which rules checked each file: a line a file for a small batch, counts for a large one. */
function rulesLines(outcomes: FileOutcome[]): string[] {
  const checked = outcomes.filter((o) => o.rules);
  if (checked.length <= 20) return checked.map((o) => `  ${o.status === 'ok' ? '✓' : '✗'} ${o.file} (rules: ${o.rules})`);
  const counts = new Map<string, number>();
  for (const o of checked) counts.set(o.rules!, (counts.get(o.rules!) ?? 0) + 1);
  return [`  rules: ${[...counts].map(([r, n]) => `${r} ${n} files`).join(', ')}`];
}

function countBy(outcomes: FileOutcome[]): Record<string, number> {
  const counts: Record<string, number> = { ok: 0, invalid: 0, failed: 0, skipped: 0 };
  for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
  return counts;
}

function summaryText(command: string, outcomes: FileOutcome[], stages?: Stage[]): string {
  const lines: string[] = [];
  if (command === 'convert' || command === 'build') {
    // One line a file fits a screen for a small batch; a large one lists only the files that failed.
    const reported = outcomes.filter((o) => o.summary);
    const shown = reported.length <= 20 ? reported : reported.filter((o) => o.status !== 'ok');
    for (const o of shown) lines.push(`  ${o.status === 'ok' ? '✓' : '✗'} ${o.file} → ${o.output ?? '(not written)'}: ${summaryLine(o.summary!)}`);
    if (shown.length < reported.length) {
      const total = (key: 'documents' | 'reviews') => reported.reduce((n, o) => n + o.summary![key], 0);
      lines.push(`  ${reported.length} sources: ${total('documents')} documents, ${total('reviews')} decisions to review (see the reports folder)`);
    }
  }
  if (command === 'validate') lines.push(...rulesLines(outcomes));
  const parts = (stages ?? [[command, outcomes]]).map(([name, list]) => {
    const c = countBy(list);
    const bad = c.failed! + c.invalid!;
    return `${name}: ${c.ok} ok${bad ? `, ${bad} failed` : ''}`;
  });
  lines.push(`teikit ${command} — ${parts.join('; ')}`);
  return `${lines.join('\n')}\n`;
}
