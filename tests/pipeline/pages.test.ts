/**
 * The family of archive pages the five sources stand for: other archives, page shapes, date
 * forms, languages, credits, printed sources and missing fields, each fixture in
 * tests/fixtures/pages/ written for this test. Header facts are pinned by structural queries
 * on the TEI the converter writes; what a page does not say must be reported missing, never invented.
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
  const { text } = decode(readFileSync(`tests/fixtures/pages/${name}`), name);
  const { conversion, report } = convertText(text, name);
  return { root: readXml(writeTei(conversion)), report };
}

const H = 'teiHeader';
const title = (t: XElement) => texts(t, `${H}/fileDesc/titleStmt/title`);
const created = (t: XElement) => select(t, `${H}/profileDesc/creation/date`).map((d) => [d.attrs.when, d.attrs.cert]);
const citationDate = (t: XElement) => select(t, `${H}/fileDesc/sourceDesc/bibl[@type="citation"]/date`).map((d) => d.attrs.when);
const credits = (t: XElement) => select(t, `${H}/fileDesc/titleStmt/respStmt`).map((r) => [texts(r, 'resp')[0], texts(r, 'persName')]);
const languages = (t: XElement) => select(t, `${H}/profileDesc/langUsage/language`).map((l) => l.attrs.ident);
const docType = (t: XElement) => texts(t, `${H}/profileDesc/textClass/keywords/term[@type="documentType"]`);
const classification = (t: XElement) => texts(t, `${H}/profileDesc/textClass/keywords/term[@type="classification"]`);
const summary = (t: XElement) => texts(t, `${H}/profileDesc/abstract/p`);
const participants = (t: XElement) => select(t, `${H}/profileDesc/particDesc/listPerson[@type="participants"]/person`).map((p) => p.attrs.sameAs);
const corresp = (t: XElement) => select(t, `${H}/profileDesc/correspDesc/correspAction`).map((a) => [a.attrs.type, select(a, 'persName').map((p) => p.attrs.ref)]);
const msId = (t: XElement) => one(t, `${H}/fileDesc/sourceDesc/msDesc/msIdentifier`);
/** The archival string and its tagged components. */
const location = (idno: XElement) => ({
  text: textContent(idno),
  components: select(idno, 'idno').map((c) => [c.attrs.type, c.children.join('')]),
});
const mainLocation = (t: XElement) => location(one(msId(t), 'idno[@type="archival"]'));
const altLocations = (t: XElement) => select(msId(t), 'altIdentifier[@type="archival"]').map((a) => ({ repository: texts(a, 'repository')[0], ...location(one(a, 'idno[@type="archival"]')) }));
const place = (t: XElement) => [texts(msId(t), 'country')[0], texts(msId(t), 'settlement')[0], texts(msId(t), 'repository')[0]];
const missing = (report: ReturnType<typeof convert>['report']) => report.missing.map((m) => m.field);

describe('markdown page, RGANI record of conversation', () => {
  const { root, report } = convert('md-rgani-record.txt');
  it('reads title, date, type and languages', () => {
    expect(root.name).toBe('TEI');
    expect(title(root)).toEqual(['Record of Conversation between Soviet Ambassador Pavel Yudin and Mao Zedong']);
    expect(created(root)).toEqual([['1956-03-03', undefined]]);
    expect(citationDate(root)).toEqual(['1956-03-03']);
    expect(docType(root)).toEqual(['record of conversation']);
    expect(languages(root)).toEqual(['en', 'ru']);
    expect(summary(root)).toEqual(['Yudin and Mao talk about the coming party congress and the grain harvest.']);
  });
  it('locates the document in RGANI with its components', () => {
    expect(place(root)).toEqual(['Russia', 'Moscow', 'Russian State Archive of Contemporary History']);
    expect(mainLocation(root)).toEqual({ text: 'RGANI, f. 5, op. 30, d. 163, ll. 88-92', components: [['fond', '5'], ['opis', '30'], ['delo', '163'], ['listy', '88-92']] });
  });
  it('credits the translator and names those the title names', () => {
    expect(credits(root)).toEqual([['translated by', ['Gary Goldberg']]]);
    expect(participants(root)).toEqual(['#mao-zedong', '#yudin']);
    expect(one(root, `${H}//bibl[@type="citation"]/ref`).attrs.target).toBe('https://digitalarchive.wilsoncenter.org/document/100001');
    expect(missing(report)).toEqual([]);
  });
});

describe('plain page, GARF letter with a single leaf', () => {
  const { root, report } = convert('plain-garf-letter.txt');
  it('reads the "27 June 1949" date line and the letter’s correspondents', () => {
    expect(created(root)).toEqual([['1949-06-27', undefined]]);
    expect(docType(root)).toEqual(['letter']);
    expect(corresp(root)).toEqual([['sent', ['#molotov']], ['received', ['#vyshinsky']]]);
  });
  it('calls one leaf `list` and keeps a letter-prefixed fond', () => {
    expect(place(root)).toEqual(['Russia', 'Moscow', 'State Archive of the Russian Federation']);
    expect(mainLocation(root).components).toEqual([['fond', 'R-5446'], ['opis', '1'], ['delo', '512'], ['list', '14']]);
  });
  it('credits the contributor', () => {
    expect(credits(root)).toEqual([['contributed by', ['Olga Petrenko']]]);
    expect(missing(report)).toEqual([]);
  });
});

describe('page with other navigation chrome, TsAMO report in an unlabelled citation box', () => {
  const { root, report } = convert('chrome-tsamo-report.txt');
  it('removes every chrome line and lists each in the report', () => {
    expect(report.removed.map((r) => r.line)).toEqual([1, 3, 5, 10, 12, 16, 18, 20, 22, 24]);
    expect(report.removed.map((r) => r.text.trim())).toEqual(['Skip to main content', 'Digital Archive International History Declassified', 'Search the archive', '• Citation', 'view citation', '• Print document', '• Download PDF', 'Tags', 'Related Documents', 'English HTML']);
  });
  it('takes the title from the quoted citation and the summary from the box, saying so', () => {
    expect(title(root)).toEqual(['Report from Roshchin to the General Staff']);
    expect(summary(root)).toEqual(['Roshchin reports on the positions of the Chinese volunteer units along the Yalu.']);
    expect(report.messages.filter((m) => m.rule.startsWith('front-matter/')).map((m) => [m.rule, m.line])).toEqual([
      ['front-matter/summary', 14],
      ['front-matter/citation', 15],
    ]);
  });
  it('locates it in TsAMO at Podolsk', () => {
    expect(place(root)).toEqual(['Russia', 'Podolsk', 'Central Archive of the Ministry of Defence of the Russian Federation']);
    expect(mainLocation(root).components).toEqual([['fond', '16a'], ['opis', '3139'], ['delo', '158'], ['listy', '22-25']]);
    expect(created(root)).toEqual([['1950-11-02', undefined]]);
  });
  it('reports the original language missing instead of guessing', () => {
    expect(languages(root)).toEqual(['en']);
    expect(missing(report)).toEqual(['original language']);
  });
});

describe('other chrome lines around a markdown page with # headings', () => {
  const { root, report } = convert('chrome-other-lines.txt');
  it('removes them and keeps the document', () => {
    expect(report.removed.map((r) => r.text.trim())).toEqual(['Back to top', 'Menu', 'Email this document', 'Previous Document', 'Next Document', 'Russian PDF', 'Show more', 'Keywords', 'Related Collections']);
    expect(title(root)).toEqual(['Ciphered Telegram from Roshchin to Filippov [Stalin]']);
    expect(created(root)).toEqual([['1950-03-10', undefined]]);
  });
  it('resolves the code name of the addressee', () => {
    expect(corresp(root)).toEqual([['sent', ['#roshchin']], ['received', ['#stalin']]]);
  });
});

describe('glued Title/Author/Date/Source/Description fields with the author filled in', () => {
  const { root, report } = convert('glued-author-letter.txt');
  it('reads title, "16th December 1949", the source identifier and the description', () => {
    expect(title(root)).toEqual(['Letter from Mao Zedong to Stalin']);
    expect(created(root)).toEqual([['1949-12-16', undefined]]);
    expect(mainLocation(root)).toEqual({ text: 'APRF, f. 45, op. 1, d. 333, l. 5', components: [['fond', '45'], ['opis', '1'], ['delo', '333'], ['list', '5']] });
    expect(summary(root)).toEqual(['Mao thanks Stalin for the reception in Moscow.']);
  });
  it('takes the original language from "Translated from the Russian by"', () => {
    expect(credits(root)).toEqual([['translated by', ['Danielle Gordon']]]);
    expect(languages(root)).toEqual(['en', 'ru']);
    expect(missing(report)).toEqual([]);
  });
  it('reads the letter’s correspondents', () => {
    expect(corresp(root)).toEqual([['sent', ['#mao-zedong']], ['received', ['#stalin']]]);
  });
  // parse: the Author field is read (report.fields) but Header has no author, so titleStmt/author is never written
  it('names the author given by the Author field', () => {
    expect(texts(root, `${H}/fileDesc/titleStmt/author`)).toEqual(['Mao Zedong']);
  });
});

describe('glued fields without Original Language, Source in brackets', () => {
  const { root, report } = convert('description-no-original-language.txt');
  it('reads "7 March 1949", the AVPRF identifier with letter suffixes, and reports the language missing', () => {
    expect(title(root)).toEqual(['Conversation between Stalin and Kim Il Sung']);
    expect(created(root)).toEqual([['1949-03-07', undefined]]);
    expect(mainLocation(root).components).toEqual([['fond', '059a'], ['opis', '5a'], ['delo', '3'], ['papka', '11'], ['listy', '10-20']]);
    expect(credits(root)).toEqual([['translated by', ['Kathryn Weathersby']]]);
    expect(languages(root)).toEqual(['en']);
    expect(missing(report)).toEqual(['original language']);
  });
});

describe('page whose only title is the quoted title of the citation (RGAE)', () => {
  const { root, report } = convert('quoted-title-rgae.txt');
  it('takes the quoted title and the "22 January 1950" date of the citation', () => {
    expect(title(root)).toEqual(['Memorandum on Deliveries of Equipment to the PRC']);
    expect(created(root)).toEqual([['1950-01-22', undefined]]);
    expect(docType(root)).toEqual(['memorandum']);
  });
  it('locates it in RGAE and keeps the security marking', () => {
    expect(place(root)).toEqual(['Russia', 'Moscow', 'Russian State Archive of the Economy']);
    expect(classification(root)).toEqual(['Secret']);
    expect(missing(report)).toEqual([]);
  });
});

describe('RGVA, leaves with a verso', () => {
  const { root } = convert('rgva-leaf-ob.txt');
  it('keeps "12-13ob" as the leaf range', () => {
    expect(place(root)).toEqual(['Russia', 'Moscow', 'Russian State Military Archive']);
    expect(mainLocation(root).components).toEqual([['fond', '33987'], ['opis', '3'], ['delo', '1050'], ['listy', '12-13ob']]);
    expect(docType(root)).toEqual(['report']);
    expect(created(root)).toEqual([['1950-09-14', undefined]]);
  });
});

describe('PRC Foreign Ministry Archive, two file numbers, "Translated from Chinese by"', () => {
  const { root, report } = convert('prc-fma-files.txt');
  it('tags the first file number only, keeps its pages in the string, and gives the second file as an alternative', () => {
    expect(place(root)).toEqual(['China', 'Beijing', "Archive of the Ministry of Foreign Affairs of the People's Republic of China"]);
    expect(mainLocation(root)).toEqual({ text: 'PRC FMA 109-00022-01, 1-5', components: [['file', '109-00022-01']] });
    expect(altLocations(root)).toEqual([
      { repository: "Archive of the Ministry of Foreign Affairs of the People's Republic of China", text: 'PRC FMA 109-00022-02', components: [['file', '109-00022-02']] },
    ]);
  });
  it('takes Chinese as the original language from the credit', () => {
    expect(languages(root)).toEqual(['en', 'zh']);
    expect(credits(root)).toEqual([['translated by', ['Neil Silver']]]);
    expect(missing(report)).toEqual([]);
  });
  it('lists those "Present at the meeting were:"', () => {
    expect(participants(root)).toEqual(['#roshchin', '#shi-zhe', '#zhou-enlai']);
    expect(docType(root)).toEqual(['record of conversation']);
  });
});

describe('a closing "Translated from Chinese." line without a translator', () => {
  const { root, report } = convert('translated-from-chinese-line.txt');
  it('credits nobody and keeps the PRC file number', () => {
    expect(credits(root)).toEqual([]);
    expect(mainLocation(root)).toEqual({ text: 'PRC FMA 117-00001-03, 7-8', components: [['file', '117-00001-03']] });
  });
  // parse: the original language is read only from credits with a name (convert.ts/header.ts call findCredits), so "Translated from Chinese." gives none
  it('takes Chinese as the original language', () => {
    expect(languages(root)).toEqual(['en', 'zh']);
    expect(missing(report)).toEqual([]);
  });
});

describe('SAPMO-BArch, German original', () => {
  const { root } = convert('sapmo-german.txt');
  it('keeps the party-archive signature whole without inventing components', () => {
    expect(place(root)).toEqual(['Germany', 'Berlin', 'Foundation Archives of Parties and Mass Organisations of the GDR in the Federal Archives']);
    expect(mainLocation(root)).toEqual({ text: 'SAPMO-BArch, DY 30/IV 2/2.035/14', components: [] });
    expect(languages(root)).toEqual(['en', 'de']);
    expect(credits(root)).toEqual([['translated by', ['Bernd Schaefer']]]);
  });
});

describe('AAN, Polish original, leaves as "k."', () => {
  const { root } = convert('aan-polish.txt');
  it('tags the leaves and keeps the fond signature untyped', () => {
    expect(place(root)).toEqual(['Poland', 'Warsaw', 'Central Archives of Modern Records']);
    expect(mainLocation(root)).toEqual({ text: 'AAN, KC PZPR, XI A/10, k. 1-10', components: [['listy', '1-10']] });
    expect(languages(root)).toEqual(['en', 'pl']);
    expect(created(root)).toEqual([['1956-10-21', undefined]]);
  });
});

describe('MOL with a box ("doboz"), Hungarian original', () => {
  const { root } = convert('mol-doboz-hungarian.txt');
  it('reads the whole signature, with the country word, and tags the box', () => {
    expect(place(root)).toEqual(['Hungary', 'Budapest', 'Hungarian National Archives']);
    expect(mainLocation(root)).toEqual({ text: 'MOL, XIX-J-1-j Korea, 11. doboz, 24/b, 005470/1957', components: [['box', '11']] });
    expect(languages(root)).toEqual(['en', 'hu']);
    expect(credits(root)).toEqual([['translated by', ['Balazs Szalontai']]]);
  });
});

describe('Mongolian archives', () => {
  it('reads the Foreign Ministry archive: fond, dans, kh/n and khuudas', () => {
    const { root, report } = convert('mongolian-mfa.txt');
    expect(place(root)).toEqual(['Mongolia', 'Ulaanbaatar', 'Archive of the Ministry of Foreign Affairs of Mongolia']);
    expect(mainLocation(root)).toEqual({
      text: 'Archive of the Ministry of Foreign Affairs, Mongolia, fond 2, dans 1, kh/n 197, khuudas 12-15',
      components: [['fond', '2'], ['opis', '1'], ['delo', '197'], ['listy', '12-15']],
    });
    expect(languages(root)).toEqual(['en', 'mn']);
    expect(created(root)).toEqual([['1964-08-18', undefined]]);
    expect(missing(report)).toEqual([]);
  });
  it('reads the party archive and an "Obtained and translated by" credit', () => {
    const { root } = convert('mongolian-mprp.txt');
    expect(place(root)).toEqual(['Mongolia', 'Ulaanbaatar', "Archive of the Mongolian People's Revolutionary Party"]);
    expect(mainLocation(root).components).toEqual([['fond', '4'], ['opis', '28'], ['delo', '120']]);
    expect(credits(root)).toEqual([['obtained by', ['Sergey Radchenko']], ['translated by', ['Sergey Radchenko']]]);
    expect(docType(root)).toEqual(['memorandum']);
  });
});

describe('Korean documents', () => {
  it('reads a captured North Korean record at NARA, Korean original', () => {
    const { root } = convert('korean-nara-captured.txt');
    expect(place(root)).toEqual(['United States', 'College Park', 'National Archives and Records Administration']);
    expect(mainLocation(root).text).toBe('NARA, RG 242, SA 2009, Box 9, Item 121');
    expect(languages(root)).toEqual(['en', 'ko']);
    expect(created(root)).toEqual([['1950-06-26', undefined]]);
  });
  // parse: writer archivalIdno() places each component at the first indexOf(value), so box "9" is tagged inside "2009"
  it('tags the box where the box is', () => {
    const { root } = convert('korean-nara-captured.txt');
    const idno = one(msId(root), 'idno[@type="archival"]');
    expect(idno.children.map((c) => (typeof c === 'string' ? c : `<${c.attrs.type}>${c.children.join('')}`)).join('')).toBe('NARA, RG 242, SA 2009, Box <box>9, Item 121');
  });
  it('reads the National Institute of Korean History and the telegram’s correspondents', () => {
    const { root, report } = convert('korean-nikh.txt');
    expect(place(root)).toEqual(['South Korea', 'Gwacheon', 'National Institute of Korean History']);
    expect(mainLocation(root)).toEqual({ text: 'National Institute of Korean History, file 2-1953-04', components: [['file', '2-1953-04']] });
    expect(corresp(root)).toEqual([['sent', ['#kim-il-sung']], ['received', ['#mao-zedong']]]);
    expect(languages(root)).toEqual(['en', 'ko']);
    expect(missing(report)).toEqual([]);
  });
});

describe('an archive not in the table', () => {
  const { root, report } = convert('unknown-acronym.txt');
  it('still tags the identifier, names the repository by its acronym, and asks for review', () => {
    const ms = msId(root);
    expect(texts(ms, 'repository')).toEqual(['GAKhK']);
    expect(select(ms, 'country')).toEqual([]);
    expect(mainLocation(root).components).toEqual([['fond', 'P-35'], ['opis', '2'], ['delo', '18'], ['listy', '40-41']]);
    expect(report.messages.some((m) => m.rule === 'archival-id' && m.severity === 'warning' && m.line === 9 && m.message.includes('GAKhK is not in the table of archives'))).toBe(true);
    expect(missing(report)).toEqual([]);
  });
});

describe('three identifiers in one citation', () => {
  const { root } = convert('several-ids.txt');
  it('gives AVPRF as the location and RGASPI and GARF as alternatives', () => {
    expect(mainLocation(root)).toEqual({
      text: 'AVPRF, f. 07, op. 23a, d. 18, p. 235, ll. 30-33',
      components: [['fond', '07'], ['opis', '23a'], ['delo', '18'], ['papka', '235'], ['listy', '30-33']],
    });
    expect(altLocations(root)).toEqual([
      { repository: 'Russian State Archive of Socio-Political History', text: 'RGASPI, f. 17, op. 137, d. 221, ll. 1-4', components: [['fond', '17'], ['opis', '137'], ['delo', '221'], ['listy', '1-4']] },
      { repository: 'State Archive of the Russian Federation', text: 'GARF, f. 5446, op. 1, d. 50', components: [['fond', '5446'], ['opis', '1'], ['delo', '50']] },
    ]);
  });
});

describe('no front matter: identifier and translator standing alone at the end', () => {
  const { root, report } = convert('standalone-id-end.txt');
  it('takes title and "31st of December 1949" from the top lines, saying where the date came from', () => {
    expect(title(root)).toEqual(['Memorandum of Conversation between Stalin and Zhou Enlai']);
    expect(created(root)).toEqual([['1949-12-31', undefined]]);
    expect(report.messages.some((m) => m.rule === 'header/date' && m.line === 3)).toBe(true);
  });
  it('finds the identifier and the credit at the end', () => {
    expect(mainLocation(root)).toEqual({
      text: 'AVP RF, fond 0100, opis 43, delo 10, papka 302, list 7',
      components: [['fond', '0100'], ['opis', '43'], ['delo', '10'], ['papka', '302'], ['list', '7']],
    });
    expect(place(root)[2]).toBe('Archive of Foreign Policy of the Russian Federation');
    expect(credits(root)).toEqual([['translated by', ['Anna Kowalczyk']]]);
    expect(languages(root)).toEqual(['en', 'ru']);
  });
  it('lists those "also present" and keeps the marking', () => {
    expect(participants(root)).toEqual(['#molotov', '#stalin', '#vyshinsky', '#zhou-enlai']);
    expect(classification(root)).toEqual(['Secret']);
    expect(select(root, `${H}//bibl[@type="citation"]/*`)).toEqual([]);
  });
});

describe('credits in the body: recorded by two comrades, translation checked', () => {
  const { root } = convert('credits-recorded-checked.txt');
  it('credits translator, recorders and checker', () => {
    expect(credits(root)).toEqual([
      ['translated by', ['Danielle Gordon']],
      ['recorded by', ['Fedorenko', 'Roshchin']],
      ['checked by', ['Vladimir Petrov']],
    ]);
    expect(languages(root)).toEqual(['en', 'ru']);
  });
  it('counts the speakers as participants', () => {
    expect(participants(root)).toEqual(['#mao-zedong', '#stalin']);
  });
});

describe('printed sources', () => {
  it('reads a Chinese documentary collection with its editor in parentheses, and the CWIHP Bulletin', () => {
    const { root, report } = convert('printed-chinese-collection.txt');
    const [collection, bulletin, ...rest] = select(root, `${H}/fileDesc/sourceDesc/biblStruct`);
    expect(rest).toEqual([]);
    expect(texts(collection!, 'monogr/editor')).toEqual(['Zhonggong Zhongyang Wenxian Yanjiushi']);
    expect(texts(collection!, 'monogr/title')).toEqual(['Jianguo Yilai Mao Zedong Wengao']);
    expect(texts(collection!, 'monogr/imprint/pubPlace')).toEqual(['Beijing']);
    expect(texts(collection!, 'monogr/imprint/publisher')).toEqual(['Zhongyang Wenxian Chubanshe']);
    expect(texts(collection!, 'monogr/imprint/date')).toEqual(['1987']);
    expect(texts(collection!, 'monogr/biblScope[@unit="volume"]')).toEqual(['1']);
    expect(select(collection!, 'monogr/biblScope[@unit="page"]').map((p) => [p.attrs.from, p.attrs.to])).toEqual([['231', '232']]);
    expect(texts(bulletin!, 'monogr/title')).toEqual(['Bulletin']);
    expect(texts(bulletin!, 'monogr/imprint/publisher')).toEqual(['CWIHP']);
    expect(texts(bulletin!, 'monogr/biblScope[@unit="volume"]')).toEqual(['16']);
    expect(created(root)).toEqual([['1950-01-18', undefined]]);
    expect(languages(root)).toEqual(['en', 'zh']);
    expect(credits(root)).toEqual([['translated by', ['Li Wei']]]);
    expect(missing(report)).toEqual(['archival identifier']);
    expect(select(root, `${H}//msIdentifier`)).toEqual([]);
  });
  it('reads a reprint whose editor has initials', () => {
    const { root } = convert('printed-reprinted-edition.txt');
    const b = one(root, `${H}/fileDesc/sourceDesc/biblStruct`);
    expect(texts(b, 'monogr/editor')).toEqual(['A. M. Ledovskii']);
    expect(texts(b, 'monogr/title')).toEqual(['Sovetsko-Kitaiskie Otnosheniia']);
    expect(texts(b, 'monogr/biblScope[@unit="part"]')).toEqual(['2']);
    expect(select(b, 'monogr/biblScope[@unit="page"]').map((p) => [p.attrs.from, p.attrs.to])).toEqual([['330', '331']]);
    expect(corresp(root)).toEqual([['sent', ['#roshchin']], ['received', ['#vyshinsky']]]);
  });
});

describe('telegrams', () => {
  it('reads a relayed message: sent by its author, transmitted by the relays, received by Filippov = Stalin', () => {
    const { root } = convert('telegram-relay.txt');
    expect(corresp(root)).toEqual([
      ['sent', ['#mao-zedong']],
      ['transmitted', ['#kovalev', '#kuznetsov']],
      ['received', ['#stalin']],
    ]);
    expect(texts(msId(root), 'altIdentifier[@type="telegram"]/idno')).toEqual(['10512']);
    expect(classification(root)).toEqual(['Top Secret']);
    expect(credits(root)).toEqual([['contributed by', ['Sergey Radchenko']]]);
  });
  it('keeps a month-only citation date and reads the "13.4" dateline with the year of the document, uncertain', () => {
    const { root, report } = convert('telegram-shortdate.txt');
    expect(created(root)).toEqual([['1949-04', undefined]]);
    expect(citationDate(root)).toEqual(['1949-04']);
    expect(select(root, 'text//closer//date').map((d) => [d.attrs.when, d.attrs.cert])).toEqual([['1949-04-13', 'low']]);
    expect(corresp(root)).toEqual([['sent', ['#kovalev']], ['received', ['#stalin']]]);
    expect(missing(report)).toEqual([]);
  });
  it('reads a "Cable" as a telegram with its marking', () => {
    const { root } = convert('md-headings-hash.txt');
    expect(title(root)).toEqual(['Cable from Roshchin to Gromyko']);
    expect(created(root)).toEqual([['1949-12-22', undefined]]);
    expect(docType(root)).toEqual(['telegram']);
    expect(corresp(root)).toEqual([['sent', ['#roshchin']], ['received', ['#gromyko']]]);
    expect(classification(root)).toEqual(['Strictly Secret']);
  });
  it('reads a cover note dated "31/XII", the year from the citation', () => {
    const { root } = convert('cover-note-roman-date.txt');
    expect(created(root)).toEqual([['1949-12', undefined]]);
    expect(docType(root)).toEqual(['letter']);
    expect(corresp(root)).toEqual([['sent', ['#vyshinsky']], ['received', ['#poskrebyshev']]]);
    expect(select(root, 'text//closer//date').map((d) => [d.attrs.when, d.attrs.cert])).toEqual([['1949-12-31', 'medium']]);
    expect(credits(root)).toEqual([['translated by', ['Anna Kowalczyk']]]);
    expect(languages(root)).toEqual(['en', 'ru']);
  });
});

describe('participants "… attended."', () => {
  const { root } = convert('participants-attended.txt');
  it('lists everyone who attended and those the title names', () => {
    expect(participants(root)).toEqual(['#fedorenko', '#mao-zedong', '#mikoyan', '#molotov', '#shi-zhe', '#vyshinsky', '#wang-jiaxiang']);
    expect(mainLocation(root).components).toEqual([['fond', '0100'], ['opis', '43'], ['delo', '43'], ['papka', '302'], ['listy', '1-6']]);
  });
});

describe('missing fields are reported, never invented', () => {
  it('a bare page: no title, date, identifier or language', () => {
    const { root, report } = convert('missing-fields.txt');
    expect(missing(report)).toEqual(['title', 'date', 'archival identifier', 'original language']);
    expect(select(root, `${H}/profileDesc/creation`)).toEqual([]);
    expect(select(root, `${H}//msDesc`)).toEqual([]);
    expect(select(root, `${H}/profileDesc/abstract`)).toEqual([]);
    expect(select(root, `${H}/fileDesc/titleStmt/respStmt`)).toEqual([]);
    expect(languages(root)).toEqual(['en']);
  });
  it('an empty Date field and no citation or summary', () => {
    const { root, report } = convert('missing-summary-citation.txt');
    expect(title(root)).toEqual(['Memorandum on the Railway Talks']);
    expect(missing(report)).toEqual(['date', 'archival identifier']);
    expect(select(root, `${H}/profileDesc/creation`)).toEqual([]);
    expect(select(root, `${H}/profileDesc/abstract`)).toEqual([]);
    expect(languages(root)).toEqual(['en', 'zh']);
  });
});

describe('irregular text: CRLF line ends, no-break spaces, extra blank lines', () => {
  it('reads a CRLF page like any other', () => {
    const { root, report } = convert('crlf-telegram.txt');
    expect(title(root)).toEqual(['Ciphered Telegram No. 21211 from Krasovskii to Stalin']);
    expect(created(root)).toEqual([['1951-06-13', undefined]]);
    expect(mainLocation(root).text).toBe('APRF, f. 45, op. 1, d. 339, ll. 23-24');
    expect(summary(root)).toEqual(['Krasovskii reports a conversation with Gao Gang.']);
    expect(texts(msId(root), 'altIdentifier[@type="telegram"]/idno')).toEqual(['21211']);
    expect(missing(report)).toEqual([]);
  });
  it('reads a page full of no-break spaces and blank lines', () => {
    const { root, report } = convert('nbsp-blank-lines.txt');
    expect(title(root)).toEqual(['Record of Conversation between Roshchin and Zhou Enlai']);
    expect(created(root)).toEqual([['1949-10-01', undefined]]);
    expect(mainLocation(root).components).toEqual([['fond', '0100'], ['opis', '42'], ['delo', '7'], ['papka', '288'], ['listy', '5-9']]);
    expect(credits(root)).toEqual([['translated by', ['Pavel Orlov']]]);
    expect(summary(root)).toEqual(['Zhou Enlai hands over the note on the establishment of relations.']);
    expect(missing(report)).toEqual([]);
  });
});

describe('fields in a different order (Summary and language before the citation)', () => {
  const { root, report } = convert('reordered-fields.txt');
  // parse: splitDocuments starts a new document at "Citation:" because Summary/Original Language units count as content, so the page becomes a teiCorpus of two
  it('is one document with every field', () => {
    expect(root.name).toBe('TEI');
    expect(title(root)).toEqual(['Ciphered Telegram No. 8877 from Mao Zedong to Filippov [Stalin]']);
    expect(summary(root)).toEqual(['Mao explains why the delegation will be late.']);
    expect(created(root)).toEqual([['1949-03-10', undefined]]);
    expect(missing(report)).toEqual([]);
  });
});

describe('copies that keep the PDF cover\'s line breaks, and excerpts cut inside the blocks', () => {
  const body = (t: XElement) => select(t, 'text/body/p').map(textContent);
  it('reads a cover whose labels stand alone above their values, and keeps the document\'s first words after the kinds of contents', () => {
    const { root, report } = convert('cover-labels-own-lines.txt');
    expect(title(root)).toEqual(['Telegram from the Legation in Havana (Nowak), 14 March 1963']);
    expect(summary(root)).toEqual(['Nowak reports what the harbour officials said about the shipments and the new quotas for the coming season.']);
    expect(languages(root)).toEqual(['en', 'pl']);
    expect(texts(root, `${H}/fileDesc/titleStmt/funder`)).toEqual(['the Example Foundation']);
    expect(body(root)[0]).toBe('Ciphergram No. 3120');
    expect(report.removed.map((r) => [r.line, r.rule])).toEqual([
      [1, 'chrome/pdf-copy'], [15, 'frame/funder'], [3, 'frame/title'], [5, 'frame/citation'], [7, 'frame/citation'], [9, 'frame/summary'], [11, 'frame/summary'],
      [13, 'frame/funder'], [17, 'frame/originalLanguage'], [19, 'frame/originalLanguage'], [21, 'frame/contents'], [23, 'frame/contents'],
    ]);
    expect(report.removed.at(-1)!.text).toBe('English Translation ');
  });
  it('cuts the title and the date off a document a copy ran onto one line, and keeps the rest as its text', () => {
    const { root, report } = convert('run-on-title-date.txt');
    expect(title(root)).toEqual(['Memorandum of the Conversation of V. P. Orlov with Comrades R. Alvarez and T. Mendes on the Harbour Works']);
    expect(created(root)).toEqual([['1963-03-03', undefined]]);
    expect(body(root)[0]).toMatch(/^At the start of the conversation, which took place at the ministry,/);
    expect(report.removed.map((r) => [r.line, r.rule, r.text])).toEqual([
      [1, 'frame/title', 'Memorandum of the Conversation of V. P. Orlov with Comrades R. Alvarez and T. Mendes on the Harbour Works'],
      [1, 'frame/date', 'March 3, 1963'],
    ]);
  });
  it('a title that cannot go on into the date after it ends where a copy lost its line break, even with one blank', () => {
    const { root, report } = convert('run-on-title-single-space.txt');
    expect(title(root)).toEqual(['Report on a Working Visit of Comrade Nowak to Moscow']);
    expect(created(root)).toEqual([['1989-05-09', undefined]]);
    expect(report.removed.map((r) => [r.rule, r.text])).toEqual([['frame/title', 'Report on a Working Visit of Comrade Nowak to Moscow'], ['frame/date', '9 May 1989']]);
  });
  it('a neighbouring document\'s sentence above the date line is the site\'s, cut short or whole', () => {
    const { root, report } = convert('stray-cut-sentence.txt');
    expect(title(root)).toEqual(['Stenographic Protocol of the Meeting between Comrade Petrov and Comrade Alvarez']);
    expect(created(root)).toEqual([['1974-03-11', undefined]]);
    expect(report.removed.find((r) => r.rule === 'frame/stray')?.line).toBe(1);
  });
  it('takes the first letters of a frame line that end an excerpt ("To enq") with the blocks, and the summary above them', () => {
    const { root, report } = convert('cut-inside-blocks.txt');
    expect(summary(root)).toEqual(['The Foreign Ministry asks the embassy about the harbour works and their quotas.']);
    expect(body(root)).toEqual([
      'The Ministry asks the embassy to report on the harbour works and the new loading quotas.',
      'The Ministry wishes to know how far the harbour works have come and what the new quotas are.',
    ]);
    expect(report.removed.find((r) => r.rule === 'frame/cut')).toMatchObject({ line: 19, text: 'To enq' });
  });
});
