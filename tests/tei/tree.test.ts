/**
 * Reading a TEI text: libxml2 judges its form (one parse, whose document the grammar is checked
 * against), and fast-xml-parser reads the tree of the text it accepted.
 */
import { describe, expect, it } from 'vitest';
import { locator } from '../../src/tei/positions.js';
import { readXml } from '../../src/tei/reader.js';
import { TeiReadError } from '../../src/tei/xml-document.js';
import { children } from '../../src/tei/xnode.js';

describe('the tree of a text libxml2 accepts', () => {
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
