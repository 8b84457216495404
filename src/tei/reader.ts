/**
 * TEI text → XNode tree, for a caller with a text alone (the schema tools, tests): read as every
 * batch command reads (read-once.ts), libxml2 judging its form. Exporters and rules read TEI
 * this way, so hand-corrected files and TEI made elsewhere work the same as our own output.
 */
import { withRead } from './read-once.js';
import type { XElement } from './xnode.js';

/** Parses XML text; throws TeiReadError with the line and column of the first well-formedness error. */
export function readXml(xml: string): XElement {
  return withRead(xml, (read) => {
    if ('error' in read) throw read.error;
    return read.root;
  });
}
