#!/usr/bin/env node
// Entry point of the `teikit` command; the compiled code lives in dist/ (built by `npm ci`).
import { main } from '../dist/cli/main.js';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`teikit: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
}
