import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schemas/teikit-export.schema.json' with { type: 'json' };
import { exportJson, jsonToTei, JSON_FORMAT, type JsonExport } from '../../src/export/json.js';
import { readXml } from '../../src/tei/reader.js';
import { serialize } from '../../src/tei/serialize.js';
import { el } from '../../src/tei/xnode.js';
import { canonicallyEqual, canonicalXml } from '../helpers/canonical.js';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const teiOut = new URL('../../tei-out/', import.meta.url);
const outputs = readdirSync(teiOut)
  .filter((f) => f.endsWith('.xml'))
  .map((f) => ({ file: f, xml: readFileSync(new URL(f, teiOut), 'utf8') }));

/** A round trip through JSON text, as another tool would see the export. */
const viaText = (x: JsonExport): JsonExport => JSON.parse(JSON.stringify(x)) as JsonExport;

// Own fixture, modelled on the outputs: a telegram-like record with a dialogue, an alternative
// archival identifier, a printed source, no-break spaces and references that must be decoded.
const FIXTURE = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="doc-fixture" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title> Ciphered Telegram No.&#160;4711 from Ivanov to Petrov </title>
        <respStmt><resp>translated by</resp><persName>Anna Smith</persName><persName>Li Wei</persName></respStmt>
      </titleStmt>
      <sourceDesc>
        <bibl type="citation">"Telegram &amp; Note", <date when="1950-03-02">2 March 1950</date>, GARF, f. 9401. <ref target="https://archive.example/doc/1">link</ref></bibl>
        <msDesc>
          <msIdentifier>
            <country>Russia</country>
            <repository>State Archive of the Russian Federation</repository>
            <idno type="archival">GARF, f.&#xA0;<idno type="fond">9401</idno>, op. <idno type="opis">2</idno></idno>
            <altIdentifier type="telegram"><idno type="telegram"> 4711 </idno></altIdentifier>
            <altIdentifier type="archival">
              <settlement>Moscow</settlement>
              <idno type="archival">RGANI, f. <idno type="fond">5</idno></idno>
            </altIdentifier>
          </msIdentifier>
        </msDesc>
        <biblStruct>
          <monogr>
            <editor>Olga Ivanova</editor>
            <title level="m">Collected Telegrams</title>
            <imprint><pubPlace>Moscow</pubPlace><date when="1999">1999</date></imprint>
            <biblScope unit="volume">3</biblScope>
            <biblScope unit="page" from="10">10</biblScope>
          </monogr>
        </biblStruct>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <creation><date when="1950-03-01" cert="medium">1 March 1950</date></creation>
      <abstract><p> Ivanov reports a talk. </p></abstract>
      <langUsage><language ident="en">English (translation)</language></langUsage>
      <textClass><keywords><term type="documentType">ciphered telegram</term><term type="classification">Secret</term></keywords></textClass>
      <correspDesc>
        <correspAction type="sent"><persName ref="#ivanov">Ivanov</persName></correspAction>
        <correspAction type="received"><persName>Someone Unlisted</persName></correspAction>
      </correspDesc>
      <particDesc>
        <listPerson type="participants"><person sameAs="#ivanov" role="participant"/><person sameAs="#petrov" role="participant"/></listPerson>
        <listPerson>
          <person xml:id="ivanov"><persName type="standard">Ivan Ivanov</persName><persName type="variant">I.&#160;Ivanov</persName></person>
          <person xml:id="petrov"><persName type="variant">Petroff</persName><persName type="standard">Petr Petrov</persName></person>
        </listPerson>
      </particDesc>
      <settingDesc><listPlace><place xml:id="moscow"><placeName>Moscow</placeName></place></listPlace></settingDesc>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <div>
        <sp who="#ivanov">
          <speaker> Ivanov: </speaker>
          <p>We agree &lt;in part&gt;.</p>
          <p>Second point.</p>
        </sp>
        <sp who="#petrov"><speaker>Petrov:</speaker><p>Noted.</p></sp>
      </div>
    </body>
  </text>
</TEI>
`;

describe('exportJson: data view', () => {
  const [doc] = exportJson(readXml(FIXTURE)).data;

  it('takes metadata from the header, the date from creation before the citation', () => {
    expect(doc).toMatchObject({
      id: 'doc-fixture',
      title: 'Ciphered Telegram No.\u00a04711 from Ivanov to Petrov',
      date: { when: '1950-03-01', text: '1 March 1950', cert: 'medium' },
      documentType: 'ciphered telegram',
      summary: 'Ivanov reports a talk.',
      languages: [{ ident: 'en', label: 'English (translation)' }],
      credits: [{ resp: 'translated by', names: ['Anna Smith', 'Li Wei'] }],
      urls: ['https://archive.example/doc/1'],
      telegramNumbers: ['4711'],
      classification: ['Secret'],
    });
    expect(doc!.citation).toBe('"Telegram & Note", 2 March 1950, GARF, f. 9401. link');
  });

  it('splits archival identifiers into fields, leaving absent fields out', () => {
    expect(doc!.identifiers).toEqual([
      {
        role: 'primary',
        repository: 'State Archive of the Russian Federation',
        country: 'Russia',
        text: 'GARF, f.\u00a09401, op. 2',
        components: [
          { type: 'fond', value: '9401' },
          { type: 'opis', value: '2' },
        ],
      },
      { role: 'alternative', settlement: 'Moscow', text: 'RGANI, f. 5', components: [{ type: 'fond', value: '5' }] },
    ]);
  });

  it('gives printed sources, correspondence, persons with variants, places and participants', () => {
    expect(doc!.printedSources).toEqual([{ title: 'Collected Telegrams', editors: ['Olga Ivanova'], volume: '3', place: 'Moscow', date: '1999', pages: { from: '10' } }]);
    expect(doc!.correspondence).toEqual([
      { type: 'sent', persons: ['ivanov'] },
      { type: 'received', persons: ['Someone Unlisted'] },
    ]);
    expect(doc!.persons).toEqual([
      { id: 'ivanov', name: 'Ivan Ivanov', variants: ['I.\u00a0Ivanov'] },
      { id: 'petrov', name: 'Petr Petrov', variants: ['Petroff'] },
    ]);
    expect(doc!.places).toEqual([{ id: 'moscow', name: 'Moscow', variants: [] }]);
    expect(doc!.organisations).toEqual([]);
    expect(doc!.participants).toEqual(['ivanov', 'petrov']);
  });

  it('gives the utterances of a dialogue: speaker id, label and text', () => {
    expect(doc!.utterances).toEqual([
      { who: 'ivanov', speaker: 'Ivanov:', text: 'We agree <in part>.\n\nSecond point.' },
      { who: 'petrov', speaker: 'Petrov:', text: 'Noted.' },
    ]);
  });

  it('falls back to the citation date and leaves out what a sparse document lacks', () => {
    const sparse = readXml(
      '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Memo</title></titleStmt>' +
        '<sourceDesc><bibl type="citation">Memo, <date when="1951">1951</date></bibl></sourceDesc></fileDesc></teiHeader>' +
        '<text><body><p>No dialogue here.</p></body></text></TEI>',
    );
    const [d] = exportJson(sparse).data;
    expect(d).toEqual({
      id: '',
      title: 'Memo',
      date: { when: '1951', text: '1951' },
      languages: [],
      credits: [],
      citation: 'Memo, 1951',
      urls: [],
      identifiers: [],
      telegramNumbers: [],
      printedSources: [],
      correspondence: [],
      classification: [],
      persons: [],
      places: [],
      organisations: [],
      participants: [],
      utterances: [],
    });
    expect(validate(exportJson(sparse))).toBe(true);
  });

  it('gives one data entry per TEI of a corpus', () => {
    const corpus = readXml(
      '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><TEI xml:id="a"><teiHeader/></TEI><TEI xml:id="b"><teiHeader/></TEI></teiCorpus>',
    );
    expect(exportJson(corpus).data.map((d) => d.id)).toEqual(['a', 'b']);
  });
});

describe('exportJson: tree', () => {
  it('keeps elements, attributes and text in order, references decoded, without the namespace declaration', () => {
    const x = exportJson(readXml('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><p n="1">a &amp; <hi rend="i">b&#x1F600;</hi>&#160;</p></TEI>'));
    expect(x.format).toBe(JSON_FORMAT);
    expect(x.tree).toEqual({
      name: 'TEI',
      attrs: { 'xml:lang': 'en' },
      children: [{ name: 'p', attrs: { n: '1' }, children: ['a & ', { name: 'hi', attrs: { rend: 'i' }, children: ['b\u{1F600}'] }, '\u00a0'] }],
    });
  });

  it('joins adjacent text and drops empty text of a tree built in memory, as a reader would', () => {
    const built = el('TEI', {}, el('p', {}, 'a', 'b', el('hi', {}, ''), 'c'));
    expect(exportJson(built).tree).toEqual({ name: 'TEI', attrs: {}, children: [{ name: 'p', attrs: {}, children: ['ab', { name: 'hi', attrs: {}, children: [] }, 'c'] }] });
    expect(canonicallyEqual(jsonToTei(exportJson(built)), serialize(built, { indent: false }))).toBe(true);
  });

  it('jsonToTei takes the export or the bare tree', () => {
    const x = exportJson(readXml(FIXTURE));
    expect(jsonToTei(x)).toBe(jsonToTei(x.tree));
  });
});

describe('TEI → JSON → TEI', () => {
  it.each(outputs)('$file is canonically equal after the round trip, and byte-equal', ({ xml }) => {
    const back = jsonToTei(viaText(exportJson(readXml(xml))));
    expect(canonicallyEqual(back, xml)).toBe(true);
    expect(back).toBe(xml);
  });

  it('round-trips the fixture, compact in places, with its character references', () => {
    expect(canonicallyEqual(jsonToTei(viaText(exportJson(readXml(FIXTURE)))), FIXTURE)).toBe(true);
  });

  it('keeps text that looks like a reference, and CR, TAB and LF in attributes', () => {
    const xml = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p a="x&#9;y&#10;z&#13;" b=\'say "hi"\'>&amp;amp; &amp;#38; &#13; ]]&gt; &lt;p&gt;</p></TEI>';
    const tree = exportJson(readXml(xml)).tree;
    expect(tree.children).toEqual([{ name: 'p', attrs: { a: 'x\ty\nz\r', b: 'say "hi"' }, children: ['&amp; &#38; \r ]]> <p>'] }]);
    const back = jsonToTei(tree);
    expect(canonicalXml(back)).toBe(canonicalXml(xml));
    expect(exportJson(readXml(back)).tree).toEqual(tree);
  });
});

describe('canonicalXml', () => {
  it('ignores attribute order, quoting, references and the declaration', () => {
    expect(canonicallyEqual('<?xml version="1.0"?><a y="1" x=\'2\'>&#65;<b/></a>', '<a x="2" y="1">A<b></b></a>')).toBe(true);
  });

  it('sees changed text, attributes, white space and order', () => {
    expect(canonicallyEqual('<a x="1">t</a>', '<a x="2">t</a>')).toBe(false);
    expect(canonicallyEqual('<a>t</a>', '<a>t </a>')).toBe(false);
    expect(canonicallyEqual('<a><b/><c/></a>', '<a><c/><b/></a>')).toBe(false);
  });
});

describe('JSON Schema', () => {
  it.each(outputs)('accepts the export of $file', ({ xml }) => {
    const ok = validate(viaText(exportJson(readXml(xml))));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  const good = (): Record<string, unknown> => viaText(exportJson(readXml(FIXTURE))) as unknown as Record<string, unknown>;
  const broken: [string, (x: ReturnType<typeof good>) => void][] = [
    ['a wrong format', (x) => (x.format = 'teikit-json/2')],
    ['a missing tree', (x) => delete x.tree],
    ['an unknown top-level key', (x) => (x.extra = 1)],
    ['a number as child', (x) => ((x.tree as { children: unknown[] }).children = [1])],
    ['an empty text child', (x) => ((x.tree as { children: unknown[] }).children = [''])],
    ['a non-string attribute value', (x) => ((x.tree as { attrs: unknown }).attrs = { n: 1 })],
    ['an element without attrs', (x) => ((x.tree as { children: unknown[] }).children = [{ name: 'p', children: [] }])],
    ['an element with a bad name', (x) => ((x.tree as { name: string }).name = '1p')],
    ['a document without utterances', (x) => delete (x.data as Record<string, unknown>[])[0]!.utterances],
    ['an identifier with an unknown role', (x) => (((x.data as Record<string, unknown>[])[0]!.identifiers as { role: string }[])[0]!.role = 'other')],
    ['a malformed date', (x) => (((x.data as Record<string, unknown>[])[0]!.date as { when: string }).when = '1 March 1950')],
    ['an utterance without who', (x) => delete ((x.data as Record<string, unknown>[])[0]!.utterances as Record<string, unknown>[])[0]!.who],
  ];

  it('accepts the fixture unchanged', () => {
    expect(validate(good())).toBe(true);
  });

  it.each(broken)('rejects %s', (_label, breakIt) => {
    const x = good();
    breakIt(x);
    expect(validate(x)).toBe(false);
  });
});
