/**
 * Header facts of the five sources, each pinned by a structural query on the TEI the
 * converter writes (not by string matching).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';
import { readXml } from '../../src/tei/reader.js';
import { decode } from '../../src/ingest/decode.js';
import { textContent, type XElement } from '../../src/tei/xnode.js';
import { one, select, texts } from '../helpers/query.js';

function convert(name: string) {
  const { text } = decode(readFileSync(`sources/${name}`), name);
  const { conversion, report } = convertText(text, name);
  return { root: readXml(writeTei(conversion)), report };
}

const attr = (e: XElement, name: string) => e.attrs[name];

describe('1945-10-10 Petrov–Mao record (markdown page)', () => {
  const { root, report } = convert('1945-10-10-petrov-mao-zhou-wang.txt');
  const h = 'teiHeader';

  it('is one TEI with a stable id', () => {
    expect(root.name).toBe('TEI');
    expect(attr(root, 'xml:id')).toBe('doc-1945-10-10-petrov-mao-zhou-wang');
  });
  it('takes the title from the bold title lines, joined', () => {
    expect(texts(root, `${h}/fileDesc/titleStmt/title`)).toEqual(['Record of Conversation between Soviet Ambassador in China Apollon Petrov and Mao Zedong, Zhou Enlai and Wang Ruofei']);
  });
  it('dates the document from its date line', () => {
    expect(attr(one(root, `${h}/profileDesc/creation/date`), 'when')).toBe('1945-10-10');
    expect(attr(one(root, `${h}/fileDesc/sourceDesc/bibl[@type="citation"]/date`), 'when')).toBe('1945-10-10');
  });
  it('tags the citation parts', () => {
    const bibl = one(root, `${h}/fileDesc/sourceDesc/bibl[@type="citation"]`);
    expect(texts(bibl, 'title')).toEqual(['Record of Conversation between Soviet Ambassador in China Apollon Petrov and Mao Zedong, Zhou Enlai and Wang Ruofei']);
    expect(texts(bibl, 'orgName')).toEqual(['Wilson Center Digital Archive']);
    expect(attr(one(bibl, 'ref'), 'target')).toBe('https://digitalarchive.umd.edu/document/122809');
    expect(texts(bibl, 'persName')).toEqual(['Sergey Radchenko']);
  });
  it('splits the AVPRF identifier into fond, opis, delo, papka, listy', () => {
    const ms = one(root, `${h}/fileDesc/sourceDesc/msDesc/msIdentifier`);
    expect(texts(ms, 'country')).toEqual(['Russia']);
    expect(texts(ms, 'settlement')).toEqual(['Moscow']);
    expect(texts(ms, 'repository')).toEqual(['Archive of Foreign Policy of the Russian Federation']);
    const idno = one(ms, 'idno[@type="archival"]');
    expect(texts(ms, 'idno[@type="archival"]')).toEqual(['AVPRF: fond 0100, opis 40, delo 7, papka 248, listy 39-44']);
    expect(select(idno, 'idno').map((c) => [c.attrs.type, c.children.join('')])).toEqual([
      ['fond', '0100'],
      ['opis', '40'],
      ['delo', '7'],
      ['papka', '248'],
      ['listy', '39-44'],
    ]);
  });
  it('credits the translator', () => {
    expect(texts(root, `${h}/fileDesc/titleStmt/respStmt/resp`)).toEqual(['translated by']);
    expect(texts(root, `${h}/fileDesc/titleStmt/respStmt/persName`)).toEqual(['Sergey Radchenko']);
  });
  it('keeps the summary, the languages and the document type', () => {
    expect(texts(root, `${h}/profileDesc/abstract/p`)).toEqual(['Mao discusses negotiations with Chiang Kai-shek and the political and military position of the Chinese Nationalist Party.']);
    expect(select(root, `${h}/profileDesc/langUsage/language`).map((l) => l.attrs.ident)).toEqual(['en', 'ru']);
    expect(texts(root, `${h}/profileDesc/textClass/keywords/term[@type="documentType"]`)).toEqual(['record of conversation']);
  });
  it('lists those present at the dinner as participants', () => {
    const ids = select(root, `${h}/profileDesc/particDesc/listPerson[@type="participants"]/person`).map((p) => p.attrs.sameAs);
    expect(ids).toEqual(['#fedorenko', '#ledovskii', '#mao-zedong', '#miklashevskii', '#petrov', '#roshchin', '#wang-ruofei', '#zhou-enlai']);
  });
  it('reports the fields it found and misses none', () => {
    expect(report.missing).toEqual([]);
    expect(report.fields.map((f) => [f.field, f.line])).toEqual([
      ['date', 3],
      ['title', 5],
      ['citation', 11],
      ['summary', 15],
      ['originalLanguage', 19],
      ['contents', 23],
    ]);
  });
});

describe('1949-01-13 Terebin telegram (plain page, two identifiers)', () => {
  const { root } = convert('1949-01-13-terebin-to-kuznetsov-mao-to-filippov.txt');
  const h = 'teiHeader';

  it('reads title, date and type', () => {
    expect(texts(root, `${h}/fileDesc/titleStmt/title`)).toEqual(['Ciphered Telegrams No. 50450, 50470, and 50490, Terebin to Kuznetsov, transmitting a Message from Mao Zedong to Filippov [Stalin]']);
    expect(attr(one(root, `${h}//bibl[@type="citation"]/date`), 'when')).toBe('1949-01-13');
    expect(texts(root, `${h}//term[@type="documentType"]`)).toEqual(['ciphered telegram']);
  });
  it('gives APRF as the location and RGASPI as an alternative, with the leaf list whole', () => {
    const ms = one(root, `${h}//msIdentifier`);
    expect(texts(ms, 'idno[@type="archival"]')).toEqual(['APRF, f. 45, op. 1, d. 330']);
    expect(texts(ms, 'repository')).toEqual(['Archive of the President of the Russian Federation']);
    const alt = one(ms, 'altIdentifier[@type="archival"]');
    expect(texts(alt, 'repository')).toEqual(['Russian State Archive of Socio-Political History']);
    expect(select(one(alt, 'idno[@type="archival"]'), 'idno').map((c) => [c.attrs.type, c.children.join('')])).toEqual([
      ['fond', '558'],
      ['opis', '11'],
      ['delo', '330'],
      ['listy', '0100, 0101-0102, and 0103'],
    ]);
  });
  it('records the telegram numbers', () => {
    expect(texts(root, `${h}//msIdentifier/altIdentifier[@type="telegram"]/idno`)).toEqual(['50450', '50470', '50490']);
  });
  it('credits the contributor and keeps the URL', () => {
    expect(texts(root, `${h}/fileDesc/titleStmt/respStmt/resp`)).toEqual(['contributed by']);
    expect(texts(root, `${h}/fileDesc/titleStmt/respStmt/persName`)).toEqual(['Sergey Radchenko']);
    expect(attr(one(root, `${h}//bibl[@type="citation"]/ref`), 'target')).toBe('https://wilson-center-digital-archive.dvincitest.com/document/112663');
  });
  it('reads the correspondence: Mao’s message to Stalin, relayed from Terebin to Kuznetsov', () => {
    const actions = select(root, `${h}/profileDesc/correspDesc/correspAction`).map((a) => [a.attrs.type, select(a, 'persName').map((p) => p.attrs.ref)]);
    expect(actions).toEqual([
      ['sent', ['#mao-zedong']],
      ['transmitted', ['#terebin', '#kuznetsov']],
      ['received', ['#stalin']],
    ]);
  });
  it('declares Stalin with his code name as a variant', () => {
    const stalin = one(root, `${h}//listPerson/person[@xml:id="stalin"]`);
    expect(texts(stalin, 'persName[@type="variant"]')).toContain('Filippov');
  });
  it('gives Stalin and Mao Zedong their verified Wikidata URIs after their names, and the relays none', () => {
    const idnos = (id: string) => select(root, `${h}//listPerson/person[@xml:id="${id}"]/idno`).map((i) => [i.attrs.type, textContent(i)]);
    expect(idnos('stalin')).toEqual([['wikidata', 'http://www.wikidata.org/entity/Q855']]);
    expect(idnos('mao-zedong')).toEqual([['wikidata', 'http://www.wikidata.org/entity/Q5816']]);
    expect(idnos('terebin')).toEqual([]);
    expect(select(root, `${h}//listPerson/person[@xml:id="stalin"]/*`).map((e) => e.name).at(-1)).toBe('idno');
  });
});

describe('1949-04-13 Kovalev telegram (page with navigation chrome)', () => {
  const { root, report } = convert('1949-04-13-kovalev-to-filippov-53517.txt');
  const h = 'teiHeader';

  it('takes the title from the quoted title of the citation', () => {
    expect(texts(root, `${h}/fileDesc/titleStmt/title`)).toEqual(['Ciphered Telegram No. 53517 from Kovalev to Filippov [Stalin]']);
    expect(attr(one(root, `${h}//bibl[@type="citation"]/date`), 'when')).toBe('1949-04-13');
  });
  it('takes the unlabelled paragraph of the citation box as the summary, and says so', () => {
    expect(texts(root, `${h}/profileDesc/abstract/p`)[0]).toMatch(/^Kovalev reports to Filippov \(Stalin\) about the conversation/);
    expect(report.messages.some((m) => m.rule === 'front-matter/summary' && m.line === 12)).toBe(true);
  });
  it('names the digital archive and both identifiers', () => {
    expect(texts(root, `${h}//bibl[@type="citation"]/orgName`)).toEqual(['History and Public Policy Program Digital Archive']);
    expect(texts(root, `${h}//msIdentifier/idno[@type="archival"]`)).toEqual(['APRF, F. 45, Op. 1, D. 331, Ll. 15-21']);
    expect(texts(root, `${h}//msIdentifier/altIdentifier[@type="archival"]/idno[@type="archival"]`)).toEqual(['RGASPI, f. 558, op. 11, d. 331, ll. 0015-0021']);
  });
  it('describes the reprint as a biblStruct', () => {
    const b = one(root, `${h}//sourceDesc/biblStruct`);
    expect(texts(b, 'monogr/editor')).toEqual(['Andrei Ledovskii', 'Raisa Mirovitskaia', 'Vladimir Miasnikov']);
    expect(texts(b, 'monogr/title')).toEqual(['Sovetsko-Kitaiskie Otnosheniia']);
    expect(texts(b, 'monogr/imprint/pubPlace')).toEqual(['Moscow']);
    expect(texts(b, 'monogr/imprint/publisher')).toEqual(['Pamiatniki Istoricheskoi Mysli']);
    expect(texts(b, 'monogr/imprint/date')).toEqual(['2005']);
    expect(texts(b, 'monogr/biblScope[@unit="volume"]')).toEqual(['5']);
    expect(texts(b, 'monogr/biblScope[@unit="part"]')).toEqual(['2']);
    const pages = one(b, 'monogr/biblScope[@unit="page"]');
    expect([pages.attrs.from, pages.attrs.to]).toEqual(['116', '120']);
  });
  it('reads sender, addressee and number of the telegram', () => {
    expect(select(root, `${h}//correspAction`).map((a) => [a.attrs.type, select(a, 'persName').map((p) => p.attrs.ref)])).toEqual([
      ['sent', ['#kovalev']],
      ['received', ['#stalin']],
    ]);
    expect(texts(root, `${h}//altIdentifier[@type="telegram"]/idno`)).toEqual(['53517']);
  });
  it('removes every chrome line and lists it in the report', () => {
    expect(report.removed.map((r) => r.line)).toEqual([1, 3, 8, 10, 14, 17, 141, 143, 145]);
    expect(report.removed.map((r) => r.text.trim())).toContain('get citation');
  });
  it('reports the original language as missing rather than guessing it', () => {
    expect(report.missing.map((m) => m.field)).toEqual(['original language']);
    expect(select(root, `${h}//langUsage/language`).map((l) => l.attrs.ident)).toEqual(['en']);
  });
});

describe('1949-06-27 Stalin and the CCP delegation (glued fields, two documents)', () => {
  const { root, report } = convert('1949-06-27-stalin-ccp-delegation.txt');
  const [first, second] = select(root, 'TEI');

  it('becomes a teiCorpus of two documents with stable ids', () => {
    expect(root.name).toBe('teiCorpus');
    expect(select(root, 'TEI').map((t) => t.attrs['xml:id'])).toEqual(['doc-1949-06-27-stalin-ccp-delegation-1', 'doc-1949-06-27-stalin-ccp-delegation-2']);
  });
  it('reads the glued Title/Date/Source/Description fields of the first', () => {
    expect(texts(first!, 'teiHeader/fileDesc/titleStmt/title')).toEqual(['Memorandum of Conversation between Stalin and CCP Delegation']);
    expect(attr(one(first!, 'teiHeader/profileDesc/creation/date'), 'when')).toBe('1949-06-27');
    expect(texts(first!, 'teiHeader//msIdentifier/idno[@type="archival"]')).toEqual(['APRF: F. 45, Op. 1, D. 329, Ll. 1-7']);
    expect(texts(first!, 'teiHeader/profileDesc/abstract/p')).toEqual(['about a credit from the USSR to China, possibility of sending Soviet specialists to China, and about other questions of Soviet aid to China.']);
    expect(select(first!, 'teiHeader//langUsage/language').map((l) => l.attrs.ident)).toEqual(['en', 'ru']);
    expect(texts(first!, 'teiHeader//sourceDesc/biblStruct/monogr/biblScope[@unit="page"]')).toEqual(['148-151']);
  });
  it('credits "Translated for CWIHP from Russian by" as a translation', () => {
    expect(texts(first!, 'teiHeader/fileDesc/titleStmt/respStmt/resp')).toEqual(['translated by']);
    expect(texts(first!, 'teiHeader/fileDesc/titleStmt/respStmt/persName')).toEqual(['Sergey Radchenko']);
  });
  it('lists those present at the meeting', () => {
    const ids = select(first!, 'teiHeader//listPerson[@type="participants"]/person').map((p) => p.attrs.sameAs);
    expect(ids).toEqual(expect.arrayContaining(['#stalin', '#molotov', '#malenkov', '#mikoyan', '#liu-shaoqi', '#gao-gang', '#wang-jiaxiang', '#shi-zhe', '#kovalev']));
  });
  it('reads the second: a Chinese original, two printed sources, no archive named', () => {
    expect(texts(second!, 'teiHeader/fileDesc/titleStmt/title')).toEqual(['Memorandum of Conversation between Liu Shaoqi and Stalin']);
    expect(attr(one(second!, 'teiHeader/profileDesc/creation/date'), 'when')).toBe('1949-07-27');
    expect(select(second!, 'teiHeader//langUsage/language').map((l) => l.attrs.ident)).toEqual(['en', 'zh']);
    expect(texts(second!, 'teiHeader/fileDesc/titleStmt/respStmt/persName')).toEqual(['David Wolff']);
    expect(texts(second!, 'teiHeader//sourceDesc/biblStruct/monogr/title')).toEqual(['Jianguo Yilai Liu Shaoqi Wengao', 'Bulletin']);
    expect(select(second!, 'teiHeader//msIdentifier')).toEqual([]);
    expect(report.missing).toContainEqual({ document: 'doc-1949-06-27-stalin-ccp-delegation-2', field: 'archival identifier' });
  });
});

describe('1949-12-16 two meetings (collection without front matter)', () => {
  const { root } = convert('1949-12-16-stalin-mao-two-meetings.txt');
  const [first, second] = select(root, 'TEI');

  it('becomes a teiCorpus titled by the collection line', () => {
    expect(root.name).toBe('teiCorpus');
    expect(texts(root, 'teiHeader/fileDesc/titleStmt/title')).toEqual(['Records of the Two Meetings of I.V. Stalin and Mao Zedong in Moscow on 16th December 1949 and 22nd January 1950']);
    expect(select(root, 'TEI')).toHaveLength(2);
  });
  it('dates each record and finds its identifier at its end', () => {
    expect(attr(one(first!, 'teiHeader/profileDesc/creation/date'), 'when')).toBe('1949-12-16');
    expect(attr(one(second!, 'teiHeader/profileDesc/creation/date'), 'when')).toBe('1950-01-22');
    expect(texts(first!, 'teiHeader//msIdentifier/idno[@type="archival"]')).toEqual(['RGASPI F. 558. Op. 11. D.329. LL. 8-18']);
    expect(texts(second!, 'teiHeader//msIdentifier/idno[@type="archival"]')).toEqual(['RGASPI F. 558. Op. 11. D. 329. LL. 29-38']);
    expect(texts(second!, 'teiHeader/fileDesc/titleStmt/title')).toEqual(['Protocol of the Meeting Between I. V. Stalin and the Chairman of the Central People’s Government of the Chinese People’s Republic, Mao Zedong']);
  });
  it('credits translators and recorders of each', () => {
    const credits = (t: XElement) => select(t, 'teiHeader/fileDesc/titleStmt/respStmt').map((r) => [texts(r, 'resp')[0], texts(r, 'persName')]);
    expect(credits(first!)).toEqual(
      expect.arrayContaining([
        ['recorded by', ['Fedorenko']],
        ['translated by', ['Irina Malenko']],
      ]),
    );
    expect(credits(second!)).toEqual(
      expect.arrayContaining([
        ['recorded by', ['Fedorenko', 'Roshchin']],
        ['translated by', ['Michael Shaturin']],
      ]),
    );
  });
  it('invents no citation where the page gives none', () => {
    expect(select(first!, 'teiHeader//sourceDesc/bibl')).toEqual([]);
    expect(select(first!, 'teiHeader//sourceDesc/msDesc')).toHaveLength(1);
  });
  it('keeps the security markings as classification terms', () => {
    expect(texts(first!, 'teiHeader//term[@type="classification"]')).toEqual(['Fully Secret', 'Top secret']);
  });
  it('declares persons once, in the corpus header, with Shi Zhe’s spellings', () => {
    const shi = one(root, 'teiHeader//listPerson/person[@xml:id="shi-zhe"]');
    expect(texts(shi, 'persName')).toEqual(expect.arrayContaining(['Shi Zhe', 'Karsky', 'Karski']));
    expect(select(first!, 'teiHeader//person[@xml:id]')).toEqual([]);
  });
});
