/**
 * TEI → JSON → TEI on random TEI-like trees: mixed content, xml:id/xml:lang and other attributes,
 * text with markup characters, quotes, NBSP, astral characters, CR/TAB/LF and reference look-alikes.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schemas/teikit-export.schema.json' with { type: 'json' };
import { exportJson, jsonToTei, type JsonExport } from '../../src/export/json.js';
import { readXml } from '../../src/tei/reader.js';
import { serialize } from '../../src/tei/serialize.js';
import type { XElement, XNode } from '../../src/tei/xnode.js';
import { canonicallyEqual } from '../helpers/canonical.js';

const SEED = 20_240_611;
const RUNS = 2000;
const validate = new Ajv2020({ strict: true }).compile(schema);

/** Inline TEI names, and containers the serializer would indent when they hold only elements. */
const INLINE = ['p', 'hi', 'persName', 'placeName', 'date', 'supplied', 'foreign', 'ref', 'note', 'seg', 'speaker', 'expan', 'ex', 'gap'];
const CONTAINERS = ['div', 'sp', 'body', 'listPerson', 'person', 'msIdentifier', 'teiHeader'];

const piece = fc.constantFrom('a', 'Mao', ' ', '  ', '&', '<', '>', '"', "'", '\u00a0', '\u{1F600}', '\u4e2d', '—', '\n', '\t', '\r', '&amp;', '&#38;', '&lt;', ']]>', ';', '#x41');
const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
const ncName = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const attrs = fc.record(
  {
    'xml:id': ncName,
    'xml:lang': fc.constantFrom('en', 'ru', 'zh', 'ru-Latn', 'zh-Latn-pinyin'),
    type: text,
    ref: ncName.map((id) => `#${id}`),
    when: fc.constantFrom('1949', '1949-12', '1949-12-16'),
    n: text,
  },
  { requiredKeys: [] },
);

/** Adjacent text joined, as any XML reader gives it back. */
function joined(nodes: XNode[]): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    if (typeof n === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += n;
    else out.push(n);
  }
  return out;
}

function trees(names: string[]): fc.Arbitrary<XElement> {
  const { element } = fc.letrec<{ element: XElement; node: XNode }>((tie) => ({
    element: fc.record({
      name: fc.constantFrom(...names),
      attrs,
      children: fc.array(tie('node'), { maxLength: 5 }).map(joined),
    }),
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  }));
  return element.map((root) => uniqueIds({ ...root, name: 'TEI' }));
}

/** xml:id must be unique in a document (libxml2 refuses it otherwise): later repeats are dropped. */
function uniqueIds(root: XElement, seen = new Set<string>()): XElement {
  const { 'xml:id': id, ...rest } = root.attrs;
  const keep = id !== undefined && !seen.has(id);
  if (keep) seen.add(id);
  return { ...root, attrs: keep ? { 'xml:id': id, ...rest } : rest, children: root.children.map((c) => (typeof c === 'string' ? c : uniqueIds(c, seen))) };
}

const viaText = (x: JsonExport): JsonExport => JSON.parse(JSON.stringify(x)) as JsonExport;

describe('TEI → JSON → TEI on random trees', () => {
  it('is canonically equal, and reading the TEI gives back the same tree', () => {
    fc.assert(
      fc.property(trees([...INLINE, ...CONTAINERS]), (tree) => {
        const json = viaText(exportJson(tree));
        expect(validate(json)).toBe(true);
        const tei = jsonToTei(json);
        expect(exportJson(readXml(tei)).tree).toEqual(json.tree);
        expect(json.tree).toEqual(tree);
        return canonicallyEqual(jsonToTei(viaText(exportJson(readXml(tei)))), tei);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('keeps an indented serialization as it is, white space included', () => {
    fc.assert(
      fc.property(trees([...INLINE, ...CONTAINERS]), (tree) => {
        const tei = serialize(tree);
        const back = jsonToTei(viaText(exportJson(readXml(tei))));
        return back === tei && canonicallyEqual(back, tei);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });
});
