/**
 * The direct serializer against xmlbuilder2, the oracle: the same bytes for the TEI of every
 * source, for every file of tei-out/ read back, and for random trees full of awkward text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode } from '../../src/ingest/decode.js';
import { convertText } from '../../src/parse/convert.js';
import { teiTree } from '../../src/tei/writer.js';
import { stampChecksum } from '../../src/tei/checksum.js';
import { readXml } from '../../src/tei/reader.js';
import { serialize, SerializeError, STRUCTURAL } from '../../src/tei/serialize.js';
import { el, type XElement, type XNode } from '../../src/tei/xnode.js';
import { serializeWithXmlbuilder2 } from '../helpers/xmlbuilder-oracle.js';

const SEED = 20_261_202;
const RUNS = 2000;
const sources = readdirSync('sources').filter((f) => f.endsWith('.txt')).sort();

describe('the TEI of every source', () => {
  for (const name of sources) {
    const committed = readFileSync(`tei-out/${name.replace(/\.txt$/, '.xml')}`, 'utf8');

    it(`${name}: the writer's tree serializes to xmlbuilder2's bytes and, stamped, to tei-out/`, () => {
      const tree = teiTree(convertText(decode(readFileSync(`sources/${name}`), name).text, name).conversion);
      const xml = serialize(tree);
      expect(xml).toBe(serializeWithXmlbuilder2(tree));
      expect(stampChecksum(xml)).toBe(committed);
    });

    it(`${name}: tei-out/ read back serializes, unindented, to its own bytes`, () => {
      const read = readXml(committed);
      expect(serialize(read, { indent: false })).toBe(committed);
      expect(serialize(read, { indent: false })).toBe(serializeWithXmlbuilder2(read, { indent: false }));
      // Indenting a read tree adds nothing: its element-only containers already hold their white space.
      expect(serialize(read)).toBe(serializeWithXmlbuilder2(read));
    });
  }
});

/** Text that needs escaping, or looks as if it did: markup, quotes, references, CR/TAB/LF, astral and lone surrogates. */
const piece = fc.constantFrom(
  'a',
  'Mao',
  ' ',
  '   ',
  '\n    ',
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '<![CDATA[',
  '&amp;',
  '&#38;',
  '&#x26;',
  '&lt',
  '&nbsp;',
  '\u00a0',
  '\u{1F600}',
  '\u{20000}',
  '\ud800',
  '\udc00',
  '\u4e2d',
  '—',
  '\n',
  '\t',
  '\r',
  '\r\n',
  '\u0085',
  '\u2028',
  '\u0001',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 6 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', ' ', '\n', '\t \n'),
);
const ncName = fc.stringMatching(/^[A-Za-z_\u00c0-\u00d6][\w.\-\u00b7]{0,6}$/);
const attrs = fc.dictionary(
  fc.oneof(ncName, fc.constantFrom('xml:id', 'xml:lang', 'xml:space', 'xml:base', 'xlink:href', 'xsi:schemaLocation', 'xmlns', 'type', 'n')),
  text,
  { maxKeys: 4 },
);
const names = [...STRUCTURAL, 'p', 'hi', 'persName', 'placeName', 'date', 'supplied', 'note', 'seg', 'speaker', 'gap', 'pb', 'lb', 'idno', 'title'];

const trees: fc.Arbitrary<XElement> = fc.letrec<{ element: XElement; node: XNode }>((tie) => ({
  element: fc.record({ name: fc.oneof(fc.constantFrom(...names), ncName), attrs, children: fc.array(tie('node'), { maxLength: 5 }) }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
})).element;

describe('random trees', () => {
  it('indented: the same bytes as xmlbuilder2', () => {
    fc.assert(
      fc.property(trees, (tree) => serialize(tree) === serializeWithXmlbuilder2(tree)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('as they are (indent off): the same bytes as xmlbuilder2', () => {
    fc.assert(
      fc.property(trees, (tree) => serialize(tree, { indent: false }) === serializeWithXmlbuilder2(tree, { indent: false })),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it('read back, give the same tree (text and attributes exactly, white space included)', () => {
    // Only XML's characters: a reader refuses lone surrogates and C0 controls.
    const xmlText = text.filter((t) => /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u.test(t));
    const plainAttrs = fc.dictionary(ncName.filter((k) => k !== 'xmlns'), xmlText, { maxKeys: 3 });
    const tree = fc.record({ name: fc.constantFrom(...names), attrs: plainAttrs, children: fc.array(xmlText, { maxLength: 3 }) });
    fc.assert(
      fc.property(tree, ({ name, attrs: a, children }) => {
        const text = children.join('');
        const built = el('TEI', a, el(name, a, text));
        const back = readXml(serialize(built, { indent: false }));
        // One text node, CR/TAB/LF included: they were written as references.
        expect(back).toEqual({ name: 'TEI', attrs: { xmlns: 'http://www.tei-c.org/ns/1.0', ...a }, children: [{ name, attrs: a, children: text ? [text] : [] }] });
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });
});

describe('what cannot be written', () => {
  const cases: [string, XElement][] = [
    ['an element name with a space', el('TEI', {}, el('p q'))],
    ['an element name starting with a digit', el('TEI', {}, el('1p'))],
    ['an empty element name', el('')],
    ['an element name with a prefix (the reader gives local names)', el('TEI', {}, el('tei:p'))],
    ['an attribute name with a space', el('TEI', { 'a b': '1' })],
    ['an attribute name with two colons', el('TEI', { 'a:b:c': '1' })],
    ['an attribute name with a quote', el('TEI', { 'a"': '1' })],
  ];
  for (const [what, tree] of cases) {
    it(`${what}: SerializeError naming it`, () => {
      expect(() => serialize(tree)).toThrow(SerializeError);
      expect(() => serialize(tree)).toThrow(/name/);
    });
  }

  it('xmlbuilder2 refuses the same names, bar two it writes wrongly: a prefixed element unprefixed, an empty name as "<"', () => {
    for (const [what, tree] of cases) {
      if (what.includes('prefix')) expect(serializeWithXmlbuilder2(tree)).toContain('<p/>');
      else if (what.includes('empty')) expect(serializeWithXmlbuilder2(tree)).toContain('< xmlns=');
      else expect(() => serializeWithXmlbuilder2(tree), what).toThrow();
    }
  });
});

describe('namespace declarations a read tree carries', () => {
  it('are written as given (xmlbuilder2 would rebind the TEI namespace to the prefix), and read back the same', () => {
    const tree = readXml('<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"><p xmlns:xi="http://www.w3.org/2001/XInclude" tei:n="1"/></TEI>');
    const xml = serialize(tree, { indent: false });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"><p xmlns:xi="http://www.w3.org/2001/XInclude" tei:n="1"/></TEI>\n',
    );
    expect(readXml(xml)).toEqual(tree);
    expect(serializeWithXmlbuilder2(tree, { indent: false })).toContain('<tei:TEI');
  });
});
