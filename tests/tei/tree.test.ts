/**
 * Reading a TEI text: libxml2 judges its form, and the tree split from the text it accepted is
 * the tree fast-xml-parser, the oracle, reads — for every XML file of the repository and for
 * random documents full of mixed content, references, comments, CDATA and line ends.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locator } from '../../src/tei/positions.js';
import { readXml } from '../../src/tei/reader.js';
import { TeiReadError } from '../../src/tei/xml-document.js';
import { children } from '../../src/tei/xnode.js';
import { readWithFastXmlParser } from '../helpers/fxp-oracle.js';

const SEED = 20_261_203;
const RUNS = 2000;

describe('the tree of a text libxml2 accepts', () => {
  it('is the oracle\'s for every XML, RelaxNG and ODD file of the repository', () => {
    const files = execFileSync('git', ['ls-files', '*.xml', '*.rng', '*.odd'], { encoding: 'utf8' }).trim().split('\n');
    expect(files.length).toBeGreaterThan(40);
    let compared = 0;
    for (const file of files) {
      const xml = readFileSync(file, 'utf8');
      const oracle = readWithFastXmlParser(xml);
      // What the oracle's own check refuses (the broken and the empty fixtures), libxml2 refuses too.
      if (!oracle) expect(() => readXml(xml), file).toThrow(TeiReadError);
      else {
        expect(readXml(xml), file).toEqual(oracle);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('is the oracle\'s for random documents', () => {
    const pieces = ['a', 'Mao ', ' ', '\n    ', '\t', '\r\n', '\r', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#38;', '&#x1F600;', '&#160;', '>', ']', '"', "'", 'é', '😀'];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    const misc = fc.constantFrom('<!-- a - b -->', '<![CDATA[a<b&c]]>', '<![CDATA[]]>', '<?pi x="1"?>');
    const space = fc.constantFrom(' ', '\n      ', '\t', '  ');
    const attr = fc.record({
      name: fc.constantFrom('n', 'type', 'tei:rend', 'xml:lang'),
      quote: fc.constantFrom('"', "'"),
      value: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }),
      before: space,
      around: fc.constantFrom('', ' '),
    });
    const attrs = fc.uniqueArray(attr, { selector: (a) => a.name, maxLength: 3 }).map((list) =>
      list.map(({ name, quote, value, before, around }) => `${before}${name}${around}=${around}${quote}${value.filter((v) => !v.includes(quote)).join('')}${quote}`).join(''),
    );
    const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, misc, tie('element')),
      element: fc
        .record({ name: fc.constantFrom('p', 'hi', 'tei:note', 'seg'), attrs, content: fc.array(tie('node'), { maxLength: 4 }), end: fc.constantFrom('', ' ', '\n') })
        .map(({ name, attrs: a, content, end }) => (content.length ? `<${name}${a}${end}>${content.join('')}</${name}${end}>` : `<${name}${a}${end}/>`)),
    }));
    const documents = fc.array(node, { maxLength: 5 }).map(
      (body) => `<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- before -->\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:tei="http://www.tei-c.org/ns/1.0">${body.join('')}</TEI>\n`,
    );
    fc.assert(
      fc.property(documents, (xml) => {
        const oracle = readWithFastXmlParser(xml);
        expect(oracle).toBeDefined();
        expect(readXml(xml)).toEqual(oracle);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('keeps a document type declaration out of the tree, "]>" in its quoted values and comments included, and places the elements after it', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE TEI [\n<!ENTITY x "]>">\n<!-- ]> -->\n]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><p n="1">&x; &amp;</p>\n<p/></TEI>\n';
    const root = readXml(xml);
    // A declared entity stays as written: only XML's own references are decoded.
    expect(root).toEqual({ name: 'TEI', attrs: { xmlns: 'http://www.tei-c.org/ns/1.0' }, children: [{ name: 'p', attrs: { n: '1' }, children: ['&x; &'] }, '\n', { name: 'p', attrs: {}, children: [] }] });
    const locate = locator(xml, root);
    expect(children(root, 'p').map(locate)).toEqual([
      { line: 6, column: 42 },
      { line: 7, column: 1 },
    ]);
  });

  it('keeps a repeated or malformed xml:id: a fault of validity, for the grammar to report, not of form', () => {
    const root = readXml('<TEI xmlns="http://www.tei-c.org/ns/1.0"><p xml:id="a"/><p xml:id="a"/><p xml:id="1b"/></TEI>');
    expect(children(root, 'p').map((p) => p.attrs['xml:id'])).toEqual(['a', 'a', '1b']);
  });
});

describe('a text that is not well-formed', () => {
  const fault = (xml: string): TeiReadError => {
    try {
      readXml(xml);
    } catch (e) {
      if (e instanceof TeiReadError) return e;
      throw e;
    }
    throw new Error('read without a fault');
  };

  it('is refused at libxml2\'s first fault, a mismatched tag at the start of the closing tag', () => {
    const e = fault('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <p>It went <hi>well.</p></hi>\n</TEI>\n');
    expect([e.line, e.column, e.message]).toEqual([2, 23, 'Opening and ending tag mismatch: hi line 2 and p']);
  });

  it('says where the text stops inside an element', () => {
    const e = fault('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>');
    expect([e.line, e.message]).toEqual([2, 'Premature end of data in tag p line 2']);
  });

  it('refuses what fast-xml-parser\'s check let through before: an undeclared entity', () => {
    expect(fault('<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>&nbsp;</p></TEI>').message).toBe("Entity 'nbsp' not defined");
  });
});
