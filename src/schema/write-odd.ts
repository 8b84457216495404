/**
 * schemas/teikit.odd from the element registry: a TEI ODD customisation of tei_all that keeps, of
 * each module, only the elements teikit writes (moduleRef include), and closes the value list of
 * every attribute whose values the registry lists. Content models are the registry's, stated in
 * schemas/teikit.rng; the ODD documents each element with its roles.
 */
import { escapeXml, type Pattern } from './pattern.js';
import { ELEMENTS, PATTERNS, START, type ElementEntry } from './registry.js';

const named = new Map(PATTERNS.map((p) => [p.define, p.body]));

/** Attribute → values listed for it anywhere in the patterns, through named non-element patterns. */
function attributeValues(patterns: Pattern[], out: Map<string, string[]>, attr?: string): void {
  for (const p of patterns) {
    if (typeof p === 'string' || 'data' in p) continue;
    if ('value' in p) {
      if (attr) out.set(attr, [...new Set([...(out.get(attr) ?? []), p.value])]);
    } else if ('ref' in p) {
      const body = named.get(p.ref);
      if (body) attributeValues(body, out, attr);
    } else if ('attribute' in p) attributeValues(p.of, out, p.attribute);
    else attributeValues(Object.values(p)[0] as Pattern[], out, attr);
  }
}

function elementSpec(e: ElementEntry): string[] {
  const values = new Map<string, string[]>();
  for (const r of e.roles) attributeValues(r.content, values);
  const closed = [...values].filter(([name]) => !name.includes(':'));
  const desc = e.roles.map((r) => r.doc).join(' ');
  const out = [`        <elementSpec ident="${e.name}" mode="change">`, `          <desc>${escapeXml(desc)}</desc>`];
  if (closed.length) {
    out.push('          <attList>');
    for (const [name, vs] of closed) {
      out.push(`            <attDef ident="${name}" mode="change">`, '              <valList type="closed" mode="replace">');
      for (const v of vs) out.push(`                <valItem ident="${escapeXml(v)}"/>`);
      out.push('              </valList>', '            </attDef>');
    }
    out.push('          </attList>');
  }
  out.push('        </elementSpec>');
  return out;
}

export function teikitOdd(): string {
  const modules = new Map<string, string[]>();
  for (const e of ELEMENTS) modules.set(e.module, [...(modules.get(e.module) ?? []), e.name]);
  const moduleRefs = [...modules].sort(([a], [b]) => a.localeCompare(b)).map(([key, names]) => `        <moduleRef key="${key}" include="${[...names].sort().join(' ')}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from src/schema/registry.ts by npm run schema: do not edit. -->
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>teikit: the TEI customisation of the files teikit writes</title>
      </titleStmt>
      <publicationStmt>
        <publisher>teikit</publisher>
      </publicationStmt>
      <sourceDesc>
        <p>Made from teikit's element registry (src/schema/registry.ts).</p>
      </sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
      <p>The elements teikit writes, a strict subset of tei_all, with the closed value lists of their attributes. The content models are those of schemas/teikit.rng, made from the same registry.</p>
      <schemaSpec ident="teikit" start="${START.join(' ')}">
        <moduleRef key="tei"/>
${moduleRefs.join('\n')}
${ELEMENTS.flatMap(elementSpec).join('\n')}
      </schemaSpec>
    </body>
  </text>
</TEI>
`;
}
