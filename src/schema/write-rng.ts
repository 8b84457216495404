/**
 * schemas/teikit.rng from the element registry: a define per named pattern and per element role,
 * each role's documentation as a:documentation, its note as a comment.
 */
import { escapeXml, patternXml, type Pattern } from './pattern.js';
import { ELEMENTS, PATTERNS, START } from './registry.js';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit.rng: the TEI customisation of teikit, in RelaxNG (XML syntax).
  Generated from src/schema/registry.ts by npm run schema: do not edit.

  A strict subset of TEI P5 tei_all (4.9.0): every element and attribute here is one the TEI
  writer (src/tei/writer.ts) produces, in the places it produces it, with the value lists it
  uses. Content models are the tei_all models cut down to those elements, so that a document
  valid here is valid against tei_all too (tests/schema checks both with jing). One define per
  element role (idno.archival, idno.component…).
-->
<grammar xmlns="http://relaxng.org/ns/structure/1.0"
         xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"
         ns="http://www.tei-c.org/ns/1.0">
`;

function define(name: string, note: string | undefined, body: string[]): string[] {
  return ['', ...(note ? comment(note) : []), `  <define name="${escapeXml(name)}">`, ...body, '  </define>'];
}

/** A note as a comment, wrapped at 100 columns. */
function comment(note: string): string[] {
  const out = ['  <!--'];
  for (const word of note.replace(/--/g, '- -').split(' ')) {
    if (out.at(-1)!.length + word.length + 1 > 100) out.push('      ');
    out[out.length - 1] += ` ${word}`;
  }
  out[out.length - 1] += ' -->';
  return out;
}

const lines = (patterns: Pattern[], indent: string) => patterns.flatMap((p) => patternXml(p, indent));

export function teikitRng(): string {
  const out = [HEADER.trimEnd(), '  <start>', ...patternXml({ choice: START.map((r) => ({ ref: r })) }, '    '), '  </start>'];
  for (const p of PATTERNS) out.push(...define(p.define, p.note, lines(p.body, '    ')));
  for (const e of ELEMENTS) {
    for (const r of e.roles) {
      const body = [`    <element name="${e.name}">`, `      <a:documentation>${escapeXml(r.doc)}</a:documentation>`, ...lines(r.content, '      '), '    </element>'];
      out.push(...define(r.define, r.note, body));
    }
  }
  return `${out.join('\n')}\n</grammar>\n`;
}
