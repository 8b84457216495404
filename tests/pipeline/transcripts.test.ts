/**
 * The family beyond the five sources: small transcripts of our own making
 * (tests/fixtures/transcripts/*.txt), each converted to TEI and read back, with the exact
 * fragments a careful encoder expects, and each round-tripped losslessly.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';
import { readXml } from '../../src/tei/reader.js';
import { isElement, textContent, type XElement, type XNode } from '../../src/tei/xnode.js';
import { one, select, texts } from '../helpers/query.js';
import { divergence, roundTrip } from '../helpers/lossless.js';

const DIR = 'tests/fixtures/transcripts';
const read = (name: string) => readFileSync(`${DIR}/${name}.txt`, 'utf8');

function convert(name: string): { root: XElement; messages: string[] } {
  const { conversion, report } = convertText(read(name), `${name}.txt`);
  return { root: readXml(writeTei(conversion)), messages: report.messages.map((m) => `${m.rule}: ${m.message}`) };
}

/** Element-only containers, whose white space is indentation (cf. src/tei/serialize.ts). */
const STRUCTURAL = new Set(['body', 'back', 'div', 'sp', 'list', 'opener', 'closer', 'floatingText', 'listPerson', 'person', 'org', 'listOrg', 'particDesc']);

/** An element as compact XML: attributes in order, white space in text collapsed, indentation dropped. */
function xml(n: XNode): string {
  if (!isElement(n)) return n.replace(/\s+/g, ' ');
  const attrs = Object.entries(n.attrs).map(([k, v]) => ` ${k}="${v}"`).join('');
  const kids = STRUCTURAL.has(n.name) ? n.children.filter(isElement) : n.children;
  return kids.length ? `<${n.name}${attrs}>${kids.map(xml).join('')}</${n.name}>` : `<${n.name}${attrs}/>`;
}

/** The blocks of the body (or of back) as compact XML. */
const blocks = (name: string, part: 'body' | 'back' = 'body') => select(convert(name).root, `text/${part}/*`).map(xml);
const frags = (name: string, path: string) => select(convert(name).root, path).map(xml);
const persons = (name: string) => select(convert(name).root, 'teiHeader/profileDesc/particDesc/listPerson/person').map((p) => p.attrs['xml:id']);

describe('speakers', () => {
  it('all-caps labels resolve through the gazetteer (KIM IL SUNG:, STALIN:)', () => {
    expect(frags('sp-all-caps', 'text/body/sp').map((s) => s.slice(0, s.indexOf('<p>')))).toEqual([
      '<sp who="#kim-il-sung"><speaker>KIM IL SUNG:</speaker>',
      '<sp who="#stalin"><speaker>STALIN:</speaker>',
      '<sp who="#kim-il-sung"><speaker>KIM IL SUNG:</speaker>',
    ]);
    expect(frags('sp-all-caps', '//person[@xml:id="kim-il-sung"]/persName[@type="variant"]').at(-1)).toBe('<persName type="variant">KIM IL SUNG</persName>');
  });
  it('interview labels Q: and A: are turns of declared persons, reported', () => {
    const { root, messages } = convert('sp-q-a');
    expect(select(root, 'text/body/sp').map((s) => s.attrs.who)).toEqual(['#person-q', '#person-a', '#person-q', '#person-a']);
    expect(select(root, '//listPerson/person[@xml:id]').map((p) => xml(p))).toEqual([
      '<person xml:id="person-a"><persName type="standard">A</persName></person>',
      '<person xml:id="person-q"><persName type="standard">Q</persName></person>',
    ]);
    expect(messages).toContain('speaker: speaker "Q:" is not in the gazetteer; declared as person-q');
  });
  it('"Mr. Dulles:" is a turn of a declared person not in the gazetteer', () => {
    expect(blocks('sp-mr-dulles')).toEqual([
      '<sp who="#person-dulles"><speaker>Mr. Dulles:</speaker><p>The <placeName ref="#usa">United States</placeName> will not recognise the new regime.</p></sp>',
      '<sp who="#vyshinsky"><speaker>Comrade Vyshinsky:</speaker><p>That is a matter for the Chinese people.</p></sp>',
    ]);
    expect(persons('sp-mr-dulles')).toEqual(['person-dulles', 'vyshinsky', undefined, undefined]);
  });
  it('"Mr. Smith:" gets a valid @who pointing to a declared person', () => {
    const { root } = convert('sp-mr-smith');
    expect(select(root, 'text/body/sp[1]').map((s) => s.attrs.who)).toEqual(['#person-smith']);
    expect(select(root, '//person[@xml:id="person-smith"]').map(xml)).toEqual(['<person xml:id="person-smith"><persName type="standard">Smith</persName></person>']);
  });
  it('a speaker with a title: "General Ivanov:" (unknown), "Marshal Vasilevsky:" (known)', () => {
    expect(select(convert('sp-title-unknown').root, 'text/body/sp').map((s) => `${s.attrs.who} ${xml(s.children.filter(isElement)[0]!)}`)).toEqual([
      '#person-ivanov <speaker>General Ivanov:</speaker>',
      '#vasilevskii <speaker>Marshal Vasilevsky:</speaker>',
      '#person-ivanov <speaker>General Ivanov:</speaker>',
    ]);
  });
  it('irregular spacing: space before the colon, none after it, no-break spaces, indentation', () => {
    expect(blocks('sp-irregular-spacing')).toEqual([
      '<sp who="#stalin"><speaker>Comrade Stalin :</speaker><p>What is the size of the army?</p></sp>',
      '<sp who="#mao-zedong"><speaker>Mao Zedong:</speaker><p>It has five million men.</p></sp>',
      '<sp who="#stalin"><speaker>Comrade Stalin:</speaker><p>That is a big army.</p></sp>',
      '<sp who="#mao-zedong"><speaker>Mao Zedong:</speaker><p>We will reduce it.</p></sp>',
    ]);
  });
  it('consecutive turns by one speaker stay two turns', () => {
    expect(frags('sp-consecutive', 'text/body/sp').map((s) => s.replace(/<speaker>.*<\/speaker>/, ''))).toEqual([
      '<sp who="#stalin"><p>We must discuss the treaty.</p></sp>',
      '<sp who="#stalin"><p>And the question of the railroad.</p></sp>',
      '<sp who="#mao-zedong"><p>Agreed.</p></sp>',
    ]);
  });
  it('a turn continues on the next line and over the next paragraph', () => {
    expect(blocks('sp-continued')[0]).toBe(
      '<sp who="#mao-zedong"><speaker>Comrade Mao Zedong:</speaker><p>The harvest was poor this year because of the floods in the north.</p><p>The government has sent grain to the provinces.</p><p>The grain arrived in May.</p></sp>',
    );
  });
  it('labels that are not speakers ("Present at the meeting were:", "Note:", "Subject:") end or stay outside turns', () => {
    expect(blocks('sp-labels-not-speakers')).toEqual([
      '<p>Present at the meeting were: <persName ref="#molotov">Molotov</persName>, <persName ref="#malenkov">Malenkov</persName>, <persName ref="#zhou-enlai">Zhou Enlai</persName>.</p>',
      '<sp who="#stalin"><speaker>Comrade Stalin:</speaker><p>Let us begin.</p></sp>',
      '<p>Note: the record was not checked by the speakers.</p>',
      '<p>Subject: the treaty of friendship.</p>',
    ]);
  });
  it('narrative before, between and after the dialogue stays prose', () => {
    expect(blocks('sp-narrative-around').map((b) => b.replace(/^<sp who="([^"]+)">.*$/, 'sp $1'))).toEqual([
      '<p>After an exchange of greetings the conversation turned to the treaty.</p>',
      'sp #stalin',
      'sp #mao-zedong',
      '<p>The conversation lasted for 2 hours.</p>',
      'sp #stalin',
      'sp #mao-zedong',
      '<p>Recorded by Comrade <persName ref="#fedorenko">Fedorenko</persName>.</p>',
    ]);
  });
  it('bold labels lose their markup', () => {
    expect(frags('sp-bold-labels', 'text/body/sp/speaker')).toEqual(['<speaker>Stalin:</speaker>', '<speaker>Mao Zedong:</speaker>']);
  });
  it('Chou En Lai: and Zhou Enlai: are one person', () => {
    expect(select(convert('sp-chou-en-lai').root, 'text/body/sp').map((s) => s.attrs.who)).toEqual(['#zhou-enlai', '#zhou-enlai', '#molotov']);
  });
  it('reported speech and sentences with a colon are not turns', () => {
    expect(blocks('sp-reported-speech')).toEqual([
      '<p><persName ref="#mao-zedong">Mao Zedong</persName> said that the army was ready to cross the river.</p>',
      '<p>We said: the question must be studied.</p>',
      '<p>To sum up, Comrade <persName ref="#stalin">Stalin</persName> answered: agreed.</p>',
    ]);
  });
  it('a remark inside the label stays in the speaker', () => {
    expect(frags('sp-stage-label', 'text/body/sp[1]/speaker')).toEqual(['<speaker>Comrade Stalin (smiling):</speaker>']);
  });
  it('"(Joke)" and "(laughter)" inside a turn are stage directions', () => {
    expect(frags('sp-joke', 'text/body/sp/p')).toEqual([
      '<p>Then we shall send you specialists. <stage type="delivery">Joke</stage></p>',
      '<p>We accept them all. <stage type="delivery">laughter</stage></p>',
    ]);
  });
  it('a role label ("The Chairman:") that the document gives to no one stays text, never a guessed person', () => {
    const { root, messages } = convert('sp-role');
    expect(select(root, 'text/body/sp').map((s) => s.attrs.who)).toEqual(['#gromyko']);
    expect(blocks('sp-role')[0]).toBe('<p>The Chairman: The session is open.</p>');
    expect(messages).toContain('speaker: role label "The Chairman:": the document gives that role to no single person; left as text');
  });
  it('a recurring role label no one holds labels turns that name no one', () => {
    const { root, messages } = convert('sp-role-recurring');
    expect(select(root, 'text/body/sp').map((s) => [s.attrs.who, textContent(select(s, 'speaker')[0]!)])).toEqual([
      [undefined, 'Chairman:'],
      ['#person-novak', 'Comrade Novak:'],
      [undefined, 'Chairman:'],
    ]);
    expect(messages).toContain('speaker: role label "Chairman:": the document gives that role to no single person; the turn names no one');
  });
  it('a side of the talks with its speaker in brackets ("North (PAK):") is that speaker', () => {
    expect(select(convert('sp-side-labels').root, 'text/body/sp').map((s) => [s.attrs.who, textContent(select(s, 'speaker')[0]!)])).toEqual([
      ['#person-pak', 'North (PAK):'],
      ['#person-choi', 'South (CHOI):'],
      ['#person-pak', 'North (PAK):'],
    ]);
  });
  it('a role label ("Chairman:") is the one person the title gives that role', () => {
    const { root, messages } = convert('sp-role-resolved');
    expect(select(root, 'text/body/sp').map((s) => [s.attrs.who, textContent(select(s, 'speaker')[0]!)])).toEqual([
      ['#kim-il-sung', 'Chairman:'],
      ['#gromyko', 'Comrade Gromyko:'],
      ['#kim-il-sung', 'Chairman:'],
    ]);
    expect(messages).toContain('speaker: role label "Chairman:" stands for Kim Il Sung, the one person the document gives that role');
  });
});

describe('speaker turns of real pages', () => {
  const turns = (name: string) => select(convert(name).root, 'text/body//sp').map((sp) => [sp.attrs.who, textContent(select(sp, 'speaker')[0]!)]);
  it('a short name a label declares stands for that person in later labels, and joins its spellings', () => {
    expect(turns('sp-alias')).toEqual([
      ['#kim-il-sung', 'Chairman Kim Il Sung (hereafter shortened to Kim):'],
      ['#person-ivanov', 'Comrade Ivanov:'],
      ['#kim-il-sung', 'Kim:'],
      ['#sihanouk', 'Prince Norodom Sihanouk [henceforth referred to as Sihanouk]:'],
      ['#sihanouk', 'Sihanouk:'],
    ]);
    expect(texts(one(convert('sp-alias').root, 'teiHeader//person[@xml:id="kim-il-sung"]'), 'persName[@type="variant"]')).toContain('Kim');
  });
  it('a short name declared in the period form opens later turns in the period form ("Kim. …")', () => {
    expect(turns('sp-alias-period')).toEqual([
      ['#kim-il-sung', 'Premier Kim Il Sung [henceforth referred to as Kim].'],
      ['#zhou-enlai', 'Comrade Zhou Enlai:'],
      ['#kim-il-sung', 'Kim.'],
      ['#zhou-enlai', 'Comrade Zhou Enlai:'],
    ]);
  });
  it('a one-word label that is part of exactly one fuller speaker name is that speaker ("Pak:" after "Pak Geum-cheol:")', () => {
    expect(turns('sp-surname')).toEqual([
      ['#person-pak-geum-cheol', 'Pak Geum-cheol:'],
      ['#zhou-enlai', 'Premier Zhou Enlai:'],
      ['#person-pak-geum-cheol', 'Pak:'],
      ['#zhou-enlai', 'Zhou:'],
    ]);
  });
  it('field labels are never speakers and end a turn; one unknown name the preamble introduces speaks', () => {
    expect(turns('sp-field-labels')).toEqual([
      ['#mao-zedong', 'Mao Zedong:'],
      ['#person-tsevegmid', 'Tsevegmid:'],
      ['#mao-zedong', 'Mao Zedong:'],
    ]);
    expect(blocks('sp-field-labels').slice(1, 5)).toEqual([
      '<p>Time: 10 a.m., <date when="1962-05-03">3 May 1962</date></p>',
      '<p>Venue: Zhongnanhai</p>',
      '<p>Interpreter: Li Yueran</p>',
      '<p>Present: <persName ref="#chen-yi">Chen Yi</persName>, Tsevegmid.</p>',
    ]);
    expect(blocks('sp-field-labels').slice(7, 9)).toEqual(['<p>Archival Signature: DY 30, 3456</p>', '<p>Notetaker: Wang Li</p>']);
  });
  it('the period form of minutes ("N.S. KHRUSHCHEV. …"), but not a classification line', () => {
    expect(turns('sp-period-form')).toEqual([
      ['#khrushchev', 'N.S. KHRUSHCHEV.'],
      ['#ulbricht', 'W. ULBRICHT.'],
      ['#khrushchev', 'N.S. KHRUSHCHEV.'],
      ['#ulbricht', 'W. ULBRICHT.'],
    ]);
    expect(frags('sp-period-form', 'text/body/sp[4]/p')).toEqual(['<p>Agreed.</p>', '<p>TOP SECRET. Two copies printed.</p>']);
  });
  it('turns a copy ran together on one line are set apart after the narrative that opens them', () => {
    expect(blocks('sp-inline')[1]).toBe('<p>The guests were received at noon in the Great Hall of the People, and the conversation began after the greetings.</p>');
    expect(turns('sp-inline')).toEqual([
      ['#pham-van-dong', 'Pham Van Dong:'],
      ['#mao-zedong', 'Mao Zedong:'],
      ['#pham-van-dong', 'Pham Van Dong:'],
      ['#mao-zedong', 'Mao Zedong:'],
    ]);
    expect(convert('sp-inline').messages).toContain('speaker: 4 turns written inline in one line were set apart');
  });
  it('field labels in words of the language are no speakers; initials the editor supplied, a shortened surname, a name the list of those present gives', () => {
    expect(blocks('sp-field-words').slice(1, 3)).toEqual(['<p>Issuing Authority: Foreign Affairs Office</p>', '<p>Carbon Copying Authority: General Office</p>']);
    expect(turns('sp-field-words')).toEqual([
      ['#person-t-v-soong', '[T.V.] Soong:'],
      ['#person-geng', 'Geng:'],
      ['#person-t-v-soong', 'Soong:'],
      ['#person-khrush', 'Khrush.:'],
    ]);
  });
  it('an institution\'s letters ("KGB:") and a field label with a word the editor supplied ("[Additional] Participants:") are no speakers', () => {
    expect(blocks('sp-institution-labels').slice(2, 5)).toEqual([
      '<p><orgName ref="#kgb">KGB</orgName>: Comrade <persName>Orlov</persName>, Deputy Chairman</p>',
      '<p><orgName ref="#mfs">MfS</orgName>: Comrade <persName>Weber</persName>, Minister</p>',
      '<p><supplied reason="explanation">Additional</supplied> Participants: Comrade <persName>Klein</persName></p>',
    ]);
    expect(turns('sp-institution-labels')).toEqual([
      ['#person-weber', 'Comrade Weber:'],
      ['#person-orlov', 'Comrade Orlov:'],
    ]);
  });
  it('the period form inside a run-on line: initials and a name in capitals that the title names', () => {
    expect(turns('sp-inline-period')).toEqual([
      ['#dorticos', 'O. DORTICOS.'],
      ['#person-v-p-orlov', 'V.P. ORLOV.'],
      ['#dorticos', 'O. DORTICOS.'],
    ]);
  });
});

describe('editorial brackets', () => {
  it('the kinds real pages add: sic, a correction, words added by hand, a query, a space left blank, a translator\'s note, a bracket holding brackets, an incident', () => {
    expect(blocks('br-real-pages')).toEqual([
      '<p>The committee <sic>recieved</sic> the report on <date when="--05-03">3 May</date>.</p>',
      '<p>The draft was approved <add rend="handwritten">agreed, with changes</add> by the Secretariat.</p>',
      '<p>The telegram was signed by <persName ref="#kuznetsov">Kuznetsov</persName> <note type="editorial">?</note> and sent at once on <space><desc>date left blank</desc></space>.</p>',
      '<p>The term <note type="editorial">Translator’s note: literally "the rear"</note> was used twice.</p>',
      '<p><add rend="handwritten">Outgoing <supplied reason="subaudible">number</supplied> 0303, <date when="--05-02">2 May</date></add></p>',
      '<sp who="#zhou-enlai"><speaker>Zhou Enlai:</speaker><p>The delegation will arrive on Tuesday <note type="editorial">sic; Wednesday</note>.</p></sp>',
      '<sp who="#mao-zedong"><speaker>Mao Zedong:</speaker><p>Then we shall meet them at the station. <incident><desc>Everyone laughs</desc></incident></p></sp>',
    ]);
    expect(convert('br-real-pages').messages).toContain("bracket: a correction after [sic]: kept as the editor's remark");
  });
  it('stamps and marks the editor describes are remarks; unmarked romanised words; a supplied century', () => {
    expect(blocks('br-stamps')).toEqual([
      '<p><note type="editorial">Ministry stamp: Incoming No. 2214 dated <date when="1962-03-07">7 March 1962</date></note></p>',
      '<p><note type="editorial">stamp: Secret</note> <note type="editorial">faded stamp: General Department, <date when="1962-05-09">9 MAY 1962</date></note></p>',
      '<p>The old plan had fallen away <supplied reason="explanation"><foreign xml:lang="ru-Latn">otpala</foreign></supplied>, he said, and the work was exaggerated <supplied reason="explanation"><foreign xml:lang="ru-Latn">prikrasheno</foreign></supplied>.</p>',
      '<p><note type="editorial">handwritten</note> To the archive.</p>',
      '<p>I first went to <placeName ref="#moscow">Moscow</placeName> in <expan><ex>19</ex>34</expan>.</p>',
    ]);
  });
  it('identifications: Filippov [Stalin], [Nikolai] Roshchin', () => {
    expect(blocks('br-explanation')).toEqual([
      '<p>The telegram to <persName ref="#stalin">Filippov</persName> <supplied reason="explanation"><persName ref="#stalin">Stalin</persName></supplied> was sent by <supplied reason="explanation">Nikolai</supplied> <persName ref="#roshchin">Roshchin</persName> on the same day.</p>',
    ]);
  });
  it('implied words: [the], [to deal with], [I am]', () => {
    expect(frags('br-subaudible', '//supplied')).toEqual([
      '<supplied reason="subaudible">the</supplied>',
      '<supplied reason="subaudible">to deal with</supplied>',
      '<supplied reason="subaudible">I am</supplied>',
    ]);
  });
  it('expansions: Com[rade], A[pollon], comr[ade].', () => {
    expect(frags('br-expan', '//expan')).toEqual(['<expan>Com<ex>rade</ex></expan>', '<expan>A<ex>pollon</ex></expan>', '<expan>comr<ex>ade</ex></expan>']);
  });
  it('original-language terms take the original language: [*priem*] (Russian)', () => {
    expect(frags('br-foreign-ru', '//supplied')).toEqual(['<supplied reason="explanation"><foreign xml:lang="ru-Latn">priem</foreign></supplied>']);
  });
  it('original-language terms take the original language: [shangle hendade dang] (Chinese)', () => {
    expect(frags('br-foreign-zh', '//supplied')).toEqual(['<supplied reason="explanation"><foreign xml:lang="zh-Latn">shangle hendade dang</foreign></supplied>']);
  });
  it('omissions of any length, inline and alone on a line', () => {
    expect(blocks('br-omission')).toEqual([
      '<p>The first point <gap reason="editorial"/> was agreed.</p>',
      '<p><gap reason="editorial"/></p>',
      '<p>The second point <gap reason="editorial"/> was postponed.</p>',
    ]);
  });
  it('signatures: [signature], [signature illegible 31/XII], (illegible signature)', () => {
    expect(blocks('br-signature')).toEqual([
      '<p>The report is attached. <gap reason="signature"><desc>signature</desc></gap></p>',
      '<p>The copy was checked. <gap reason="signature"><desc>signature illegible 31/XII</desc></gap></p>',
      '<closer><signed><gap reason="signature" rend="parens"><desc>illegible signature</desc></gap></signed></closer>',
    ]);
  });
  it('illegible passages: (date illegible), [two words illegible]', () => {
    expect(frags('br-illegible', '//gap')).toEqual([
      '<gap reason="illegible" rend="parens"><desc>date illegible</desc></gap>',
      '<gap reason="illegible"><desc>two words illegible</desc></gap>',
    ]);
  });
  it('uncertainty: the "?" becomes cert="low"', () => {
    expect(frags('br-uncertain', '//supplied')).toEqual([
      '<supplied reason="explanation" cert="low">former Vice President Henry</supplied>',
      '<supplied reason="explanation" cert="low"><placeName ref="#beijing">Beijing</placeName></supplied>',
    ]);
  });
  it('nested brackets: the inner gloss is read, and the outer pair around it (never left as text)', () => {
    expect(blocks('br-nested')).toEqual([
      '<p>The delegates <supplied reason="subaudible">of the <orgName ref="#ccp">CCP</orgName> <supplied reason="explanation"><orgName ref="#ccp">Chinese Communist Party</orgName></supplied> CC</supplied> arrived.</p>',
    ]);
  });
  it('a stray bracket on a later line of a joined paragraph is reported at its own line and column', () => {
    const { report } = convertText(readFileSync(`${DIR}/br-unbalanced-lines.txt`, 'utf8'), 'br-unbalanced-lines.txt');
    expect(report.messages.filter((m) => m.rule === 'bracket').map((m) => [m.line, m.column, m.message])).toEqual([
      [2, 35, 'unbalanced "]": left as text'],
      [5, 38, 'unbalanced "]": left as text'],
    ]);
  });
  it('unbalanced brackets stay text', () => {
    expect(blocks('br-unbalanced')).toEqual(['<p>The text breaks off [unclosed here.</p>', '<p>And a bracket closed] without an opening.</p>']);
  });
  it('brackets at line ends: the paragraph is rejoined; a line break inside a bracket is a wrap, read whole', () => {
    expect(blocks('br-line-end')).toEqual([
      '<p>The telegram of the Politburo was addressed to <persName ref="#stalin">Filippov</persName> <supplied reason="explanation"><persName ref="#stalin">Stalin</persName></supplied><pb/> and sent from <placeName ref="#beijing">Beiping</placeName> <supplied reason="explanation"><placeName ref="#beijing">Beijing</placeName></supplied> on the same day.</p>',
      '<p>The question of the <orgName ref="#cer">KChZhD</orgName> <supplied reason="explanation"><orgName ref="#cer">Chinese Changchun Railroad</orgName></supplied> was postponed until the next meeting.</p>',
    ]);
  });
  it('brackets inside URLs and markdown links are neither editorial nor footnote markers', () => {
    expect(blocks('br-url')).toEqual([
      '<p>See https://digitalarchive.example.org/document/item[2]/text for the original.</p>',
      '<p>The record is in [the collection](https://example.org/coll[1]) of the archive.</p>',
    ]);
  });
  it('a translated title in a book citation is an explanation', () => {
    expect(frags('br-citation', '//supplied')).toEqual(['<supplied reason="explanation">Soviet-Chinese Relations</supplied>']);
  });
  it('glosses of organisations hold the organisation', () => {
    expect(frags('br-gloss-org', '//supplied')).toEqual([
      '<supplied reason="explanation"><orgName ref="#ccp-cc">Central Committee of the Communist Party of China</orgName></supplied>',
      '<supplied reason="explanation"><orgName ref="#gmd">Guomindang</orgName></supplied>',
    ]);
  });
  it('a gloss of a pronoun is an explanation, for review', () => {
    const { root, messages } = convert('br-gloss-pronoun');
    expect(select(root, '//supplied').map(xml)).toEqual(['<supplied reason="explanation">in <placeName ref="#china">China</placeName></supplied>']);
    expect(messages).toEqual(['bracket: gloss of a pronoun or implied words?']);
  });
  it('"(Last page)" is an archival note', () => {
    expect(blocks('br-last-page').at(-1)).toBe('<closer><note type="archival">(Last page)</note></closer>');
  });
});

describe('names', () => {
  const refs = (name: string, path: string) => select(convert(name).root, path).map((e) => `${xml(e).replace(/<[^>]+>/g, '')}=${e.attrs.ref}`);
  it.each([
    ['names-zhou', '//text//persName', ['Zhou Enlai=#zhou-enlai', 'Chou En Lai=#zhou-enlai', 'Chou En-lai=#zhou-enlai']],
    ['names-vyshinsky', '//text//persName', ['Vyshinsky=#vyshinsky', 'Vishinskii=#vyshinsky', 'Vishinski=#vyshinsky', 'Vyshinskii=#vyshinsky']],
    ['names-shi-zhe', '//text//persName', ['Karskii=#shi-zhe', 'Shi Zhe=#shi-zhe', 'Karsky=#shi-zhe', 'Karski=#shi-zhe']],
    ['names-wang-jiaxiang', '//text//persName', ['Van Tsya Syan=#wang-jiaxiang', 'Wang Jiaxiang=#wang-jiaxiang']],
    ['names-beijing', '//text//placeName', ['Beiping=#beijing', 'Beijing=#beijing', 'Peiping=#beijing', 'Beijing=#beijing']],
    ['names-dalian', '//text//placeName', ['Dalny=#dalian', 'Dairen=#dalian', 'Dalian=#dalian']],
    ['names-xinjiang', '//text//placeName', ['Sinkiang=#xinjiang', 'Xinjiang=#xinjiang', 'Soviet Union=#ussr']],
    ['names-taiwan', '//text//placeName', ['Formosa=#taiwan', 'Taiwan=#taiwan', 'Taiwan=#taiwan']],
    ['names-gmd', '//text//orgName', ['Guomindang=#gmd', 'Guomintang=#gmd', 'Kuomintang=#gmd', 'GMD=#gmd']],
    ['names-nbsp', '//text//persName', ['Mao Zedong=#mao-zedong', 'Chiang Kai-shek=#chiang-kai-shek']],
  ])('%s', (name, path, expected) => {
    expect(refs(name, path as string)).toEqual(expected);
  });
  it('declares each variant seen under one entity', () => {
    expect(frags('names-zhou', '//person[@xml:id="zhou-enlai"]/persName[@type="standard"]')).toEqual(['<persName type="standard">Zhou Enlai</persName>']);
    expect(select(convert('names-gmd').root, '//org[@xml:id="gmd"]/orgName').map((o) => xml(o).replace(/<[^>]+>/g, ''))).toEqual(
      expect.arrayContaining(['Guomindang', 'Guomintang', 'Kuomintang', 'GMD']),
    );
  });
  it('unknown persons after a title are tagged without @ref and reported', () => {
    const { root, messages } = convert('names-unknown-titled');
    expect(select(root, 'text/body/*').map(xml)).toEqual([
      '<p>Comrade <persName>Ivanov</persName> met General <persName>Li Mi</persName>\'s envoy and comrades <persName>Sidorov</persName> and <persName>Petrenko</persName> in <placeName ref="#shanghai">Shanghai</placeName>.</p>',
    ]);
    expect(messages).toEqual([
      'name: unknown person "Ivanov" after "Comrade": not in the gazetteer',
      'name: unknown person "Li Mi" after "General": not in the gazetteer',
      'name: unknown person "Sidorov" after "comrades": not in the gazetteer',
      'name: unknown person "Petrenko" after "comrades": not in the gazetteer',
    ]);
  });
});

describe('dates', () => {
  it('dates with a year, in three styles', () => {
    expect(frags('dates-with-year', '//text//date')).toEqual([
      '<date when="1950-02-14">February 14, 1950</date>',
      '<date when="1950-09-30">30 September 1950</date>',
      '<date when="1949-12-16">16th December 1949</date>',
    ]);
  });
  it('dates without a year take the document’s year, marked as inferred', () => {
    expect(frags('dates-without-year', '//text//date')).toEqual([
      '<date when="1950-05-05">5 May 1950</date>',
      '<date when="1950-04-09" cert="medium">9 April</date>',
      '<date when="1950-04-12" cert="medium">12 April</date>',
    ]);
  });
  it('a record’s title dated "5 May 1950" is the head (May is the month, not a verb)', () => {
    expect(blocks('dates-without-year')[0]).toBe('<head>Record of Conversation with Comrade <persName ref="#mao-zedong">Mao Zedong</persName>, <date when="1950-05-05">5 May 1950</date></head>');
  });
});

describe('letter parts', () => {
  it('opener/salute and closer/signed', () => {
    const b = blocks('letter-salute');
    expect([b[0], b.at(-1)]).toEqual([
      '<opener><salute>To Comrade <persName ref="#stalin">Filippov</persName> <supplied reason="explanation"><persName ref="#stalin">Stalin</persName></supplied></salute></opener>',
      '<closer><signed><persName ref="#mao-zedong">Mao Zedong</persName></signed></closer>',
    ]);
  });
  it('closer/signed in a letter of three lines', () => {
    expect(blocks('letter-short').at(-1)).toBe('<closer><signed><persName ref="#mao-zedong">Mao Zedong</persName></signed></closer>');
  });
  it('"No. 318 – Kovalev, 13.4": dateline, signed, dateline', () => {
    expect(blocks('letter-no-318').at(-1)).toBe(
      '<closer><dateline>No. 318 –</dateline><signed><persName ref="#kovalev">Kovalev</persName>,</signed><dateline><date when="--04-13" cert="low">13.4</date></dateline></closer>',
    );
  });
  it('"Kovalev [signature] Printed 1 copy.": signed with a signature gap, then a distribution note', () => {
    const b = blocks('letter-signature-printed');
    expect([b[0], b.at(-1)]).toEqual([
      '<opener><salute>To Cde. <persName ref="#molotov">V. M. Molotov</persName> personally.</salute></opener>',
      '<closer><signed><persName ref="#kovalev">Kovalev</persName> <gap reason="signature"><desc>signature</desc></gap></signed><note type="distribution">Printed 1 copy.</note></closer>',
    ]);
  });
  it('a letter quoted in a telegram is a floatingText with its own opener and closer', () => {
    expect(blocks('letter-in-telegram')).toEqual([
      '<p><persName ref="#terebin">Terebin</persName> reports that <persName ref="#mao-zedong">Mao Zedong</persName> asked to transmit the following letter:</p>',
      '<floatingText type="letter"><body><opener><salute>"Comrade <persName ref="#stalin">Filippov</persName>,</salute></opener><p>We thank you for your advice.</p><closer><signed><persName ref="#mao-zedong">Mao Zedong</persName></signed><dateline><date when="1949-01-12">12 January 1949</date>"</dateline></closer></body></floatingText>',
      '<p><persName ref="#terebin">Terebin</persName> asks for a reply.</p>',
    ]);
  });
  it('classification, salute, signature with initial and a day without year', () => {
    const b = blocks('letter-classification');
    expect([b[0], b[1], b.at(-1)!.replace(/^<closer>.*?(<signed>)/, '$1')]).toEqual([
      '<note type="classification">Top Secret</note>',
      '<opener><salute>To Comrade <persName ref="#stalin">Stalin</persName></salute></opener>',
      '<signed><persName ref="#kovalev">I. Kovalev</persName></signed><dateline><date when="--12-31">31/XII</date></dateline></closer>',
    ]);
  });
  it('"With communist greetings," is the closer’s salute', () => {
    expect(frags('letter-classification', 'text/body/closer/salute')).toEqual(['<salute>With communist greetings,</salute>']);
  });
});

describe('lists, sections, remarks', () => {
  it('numbered topics one after another are a list', () => {
    expect(blocks('list-topics')).toEqual([
      '<p>During the conversation the following questions were raised:</p>',
      '<list type="ordered"><item n="1">On the loan.</item><item n="2">On the railroad.</item><item n="3">About the city of <placeName ref="#shanghai">Shanghai</placeName>.</item></list>',
      '<p>The loan was discussed first.</p>',
    ]);
  });
  it('topic headings open sections', () => {
    expect(blocks('sections-headings')).toEqual([
      '<p>The conversation began at noon.</p>',
      '<div type="section"><head>On the loan.</head><p>The loan will be given in five years.</p></div>',
      '<div type="section"><head>On the military situation in the north.</head><p>The army is advancing.</p></div>',
    ]);
  });
  it('Roman-numbered remarks are divs with @n', () => {
    expect(blocks('roman-remarks')).toEqual([
      '<p>The conversation covered three questions.</p>',
      '<div type="remark" n="I"><p>On the situation in the party.</p><p>The party is united.</p></div>',
      '<div type="remark" n="II"><p>On the army.</p><p>The army is ready.</p></div>',
    ]);
  });
  it('numbered points with text between them are sections', () => {
    expect(blocks('numbered-sections').slice(1)).toEqual([
      '<div type="item" n="1"><p>The economy.</p><p>The economy is recovering after the war.</p></div>',
      '<div type="item" n="2"><p>The army.</p><p>The army is being reduced.</p></div>',
    ]);
  });
});

describe('footnotes, emphasis, page breaks, commentary', () => {
  it('<sup>n</sup> markers point to their notes', () => {
    expect(blocks('footnote-sup')).toEqual([
      '<p>The plenum<ref type="noteAnchor" target="#doc-footnote-sup-fn-1">1</ref> approved the decisions of the Politburo<ref type="noteAnchor" target="#doc-footnote-sup-fn-2">2</ref>.</p>',
      '<note type="footnote" xml:id="doc-footnote-sup-fn-1" n="1">The second plenum of the <orgName ref="#ccp-cc">CCP CC</orgName>, <date when="1949-03">March 1949</date>.</note>',
      '<note type="footnote" xml:id="doc-footnote-sup-fn-2" n="2">Of the <orgName ref="#ccp-cc">CCP CC</orgName>.</note>',
    ]);
  });
  it('56\\* without a note is a bare marker, reported', () => {
    const { root, messages } = convert('footnote-star');
    expect(select(root, '//ref').map(xml)).toEqual(['<ref type="noteAnchor">*</ref>']);
    expect(messages).toEqual(['footnote: footnote marker * has no note in the source']);
  });
  it('*italic*, **bold**, ***both***', () => {
    expect(blocks('emphasis')).toEqual(['<p>The <hi rend="italic">Pravda</hi> article was <hi rend="bold">very</hi> important, and <hi rend="italic"><hi rend="bold">urgent</hi></hi>.</p>']);
  });
  it('"Bai" / "Chongxi" split by a page break is one name with a pb inside', () => {
    expect(blocks('page-break-name')).toEqual(['<p>The troops of <persName ref="#bai-chongxi">Bai<pb/> Chongxi</persName> retreated to the south after the battle.</p>']);
  });
  it('a sentence split by a page break is one paragraph', () => {
    expect(blocks('page-break-sentence')).toEqual([
      '<p>On <date when="--04-09">9 April</date> the committee decided that a telegram was to be<pb/> sent to the commanders of the armies in the south immediately.</p>',
    ]);
  });
  it('#### Remarks after the document go to back as commentary', () => {
    expect(blocks('back-remarks', 'back')).toEqual([
      '<div type="commentary"><head>Remarks</head><p>This record was published in the collection of documents.</p><p>It differs from the Chinese record.</p></div>',
    ]);
    expect(blocks('back-remarks')).toHaveLength(1);
  });
  it('a book citation in commentary is a bibl with title and citedRange', () => {
    expect(frags('back-commentary-bibl', 'text/back/div/bibl')).toEqual([
      '<bibl><title><persName ref="#ledovskii">Ledovskii</persName>, Sovetsko-Kitaiskie Otnosheniia</title>, <citedRange>vol. 5</citedRange></bibl>',
    ]);
  });
});

describe('lossless: every fixture round-trips', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const { actual, expected } = roundTrip(readFileSync(`${DIR}/${file}`, 'utf8'), file);
      if (actual !== expected) expect(divergence(actual, expected).actual).toBe(divergence(actual, expected).expected);
      expect(actual).toBe(expected);
    });
  }
  it('has at least 60 fixtures', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(60);
  });
});
