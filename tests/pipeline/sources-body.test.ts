/**
 * Body facts of the five sources: speaker turns, editorial brackets, names, dates and letter
 * parts, read structurally from the TEI the converter writes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';
import { readXml } from '../../src/tei/reader.js';
import { decode } from '../../src/ingest/decode.js';
import { textContent, type XElement } from '../../src/tei/xnode.js';
import { one, select, texts } from '../helpers/query.js';

function tei(name: string): XElement {
  const { text } = decode(readFileSync(`sources/${name}`), name);
  return readXml(writeTei(convertText(text, name).conversion));
}

/** Counts of @who over the turns of a document. */
function turns(doc: XElement): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sp of select(doc, '//sp')) counts[sp.attrs.who!] = (counts[sp.attrs.who!] ?? 0) + 1;
  return counts;
}

const brackets = (doc: XElement) =>
  select(doc, 'text//*')
    .filter((e) => ['supplied', 'gap', 'expan', 'stage'].includes(e.name))
    .map((e) => `${e.name}${e.attrs.reason ? `:${e.attrs.reason}` : ''}${e.attrs.cert ? `:${e.attrs.cert}` : ''}=${textContent(e).replace(/\s+/g, ' ')}`);

describe('speaker turns', () => {
  const meetings = tei('1949-12-16-stalin-mao-two-meetings.txt');
  const [first, second] = select(meetings, 'TEI');

  it('finds every turn of the December record, each pointing to a declared person', () => {
    expect(turns(first!)).toEqual({ '#stalin': 27, '#mao-zedong': 25 });
  });
  it('finds every turn of the January protocol, with Chou En Lai resolved to Zhou Enlai', () => {
    expect(turns(second!)).toEqual({ '#stalin': 32, '#mao-zedong': 29, '#molotov': 2, '#zhou-enlai': 3 });
  });
  it('keeps the label as written and the speech after it, even without a space', () => {
    const sp = select(first!, '//sp').find((s) => textContent(s).includes('It should be established'))!;
    expect(texts(sp, 'speaker')).toEqual(['Comrade Stalin:']);
    expect(texts(sp, 'p')).toEqual(['It should be established.']);
  });
  it('continues a turn over the next line and the next paragraph', () => {
    const sp = select(first!, '//sp')[1]!;
    expect(texts(sp, 'p').map((p) => p.slice(0, 30))).toEqual(['In China a war for peace, it s', 'Peace will depend on our mutua']);
  });
  it('ends the dialogue at "Also present at the meeting were:"', () => {
    const div = one(first!, 'text/body/div');
    const last = div.children.filter((c): c is XElement => typeof c !== 'string').slice(-2);
    expect(last.map((e) => [e.name, textContent(e).slice(0, 20)])).toEqual([
      ['p', 'Also present at the '],
      ['p', 'Recorded by Comrade '],
    ]);
  });
  it('finds no turns in reported speech ("We said: …")', () => {
    expect(select(tei('1949-06-27-stalin-ccp-delegation.txt'), '//sp')).toEqual([]);
  });
});

describe('editorial brackets', () => {
  it('reads every bracket of the Petrov record', () => {
    expect(brackets(tei('1945-10-10-petrov-mao-zhou-wang.txt'))).toEqual([
      'supplied:explanation=Nikolai',
      'supplied:explanation=Nikolai',
      'supplied:explanation=Andrei',
      'supplied:explanation=Jiang Jieshi',
      'supplied:subaudible=foreign',
      'supplied:explanation=Patrick',
      'supplied:subaudible=them',
      'supplied:subaudible=to deal with',
      'supplied:subaudible=""',
      'supplied:subaudible=to take',
      'supplied:explanation=Kuomintang',
      'expan=Comrade',
      'supplied:explanation=Patrick',
      'gap:signature=signature',
      'expan=Apollon',
      'gap:editorial=',
    ]);
  });
  it('reads uncertainty, implied words and glosses in the Kovalev telegram', () => {
    const doc = tei('1949-04-13-kovalev-to-filippov-53517.txt');
    const all = brackets(doc);
    expect(all).toContain('supplied:explanation:low=former Vice President Henry');
    expect(all).toContain('supplied:subaudible=I am');
    expect(all.filter((b) => b === 'supplied:explanation=Beijing')).toHaveLength(3);
    expect(all).toContain('supplied:explanation=GMD General');
  });
  it('tags original-language terms with the language of the original', () => {
    const delegation = tei('1949-06-27-stalin-ccp-delegation.txt');
    const foreign = select(delegation, '//supplied/foreign').map((f) => [f.attrs['xml:lang'], textContent(f)]);
    expect(foreign).toEqual([
      ['ru-Latn', 'priem'],
      ['ru-Latn', "vsem'ie ne bez uroda"],
      ['ru-Latn', 'zrelishchnye'],
      ['zh-Latn', 'shangle hendade dang'],
      ['zh-Latn', 'guanbuzhao'],
    ]);
  });
  it('reads signatures, omissions and archival notes of the December record', () => {
    const [first] = select(tei('1949-12-16-stalin-mao-two-meetings.txt'), 'TEI');
    const gaps = select(first!, '//gap').map((g) => [g.attrs.reason, g.attrs.rend ?? '', texts(g, 'desc')[0] ?? '']);
    expect(gaps).toEqual([
      ['signature', 'parens', 'illegible signature'],
      ['signature', '', 'signature illegible 31/XII'],
      ['illegible', 'parens', 'date illegible'],
    ]);
    expect(select(first!, '//supplied').map((s) => textContent(s))).toEqual(['Central Committee of the Communist Party of China', 'Chinese Changchun Railroad, which traverses Manchuria', "Mongolian People's Republic", 'PLA']);
    expect(select(first!, '//expan').map(textContent)).toEqual(['comrade']);
  });
  it('reads "(Joke)" inside a turn as a stage direction', () => {
    const [, second] = select(tei('1949-12-16-stalin-mao-two-meetings.txt'), 'TEI');
    expect(select(second!, '//sp/p/stage').map(textContent)).toEqual(['Joke']);
  });
});

describe('names and dates', () => {
  const kovalev = tei('1949-04-13-kovalev-to-filippov-53517.txt');
  it('resolves code names and spellings to one person', () => {
    expect(select(kovalev, '//opener/salute//persName').map((p) => [textContent(p), p.attrs.ref])).toEqual([
      ['Filippov', '#stalin'],
      ['Stalin', '#stalin'],
    ]);
  });
  it('rejoins "Bai" / "Chongxi" split by a page break, leaving a trace', () => {
    const bai = select(kovalev, '//persName[@ref="#bai-chongxi"]').find((p) => select(p, 'pb').length === 1);
    expect(bai && textContent(bai)).toBe('Bai Chongxi');
  });
  it('dates "On 9 April" with the year of the document, marked as inferred', () => {
    const d = select(kovalev, 'text//date')[0]!;
    expect([textContent(d), d.attrs.when, d.attrs.cert]).toEqual(['9 April', '1949-04-09', 'medium']);
  });
  it('resolves place variants: Beiping to Beijing, Dairen to Dalian, Sinkiang to Xinjiang, Formosa to Taiwan', () => {
    const delegation = tei('1949-06-27-stalin-ccp-delegation.txt');
    const meetings = tei('1949-12-16-stalin-mao-two-meetings.txt');
    const ref = (root: XElement, name: string) => select(root, '//text//placeName').find((p) => textContent(p) === name)?.attrs.ref;
    expect(ref(kovalev, 'Beiping')).toBe('#beijing');
    expect(ref(delegation, 'Dairen')).toBe('#dalian');
    expect(ref(meetings, 'Dalny')).toBe('#dalian');
    expect(ref(meetings, 'Sinkiang')).toBe('#xinjiang');
    expect(ref(meetings, 'Formosa')).toBe('#taiwan');
  });
  it('resolves Vishinskii, Vishinski and Van Tsya Syan', () => {
    const [, second] = select(tei('1949-12-16-stalin-mao-two-meetings.txt'), 'TEI');
    const ref = (name: string) => select(second!, 'text//persName').find((p) => textContent(p) === name)?.attrs.ref;
    expect([ref('Vishinskii'), ref('Vishinski'), ref('Van Tsya Syan'), ref('Shi Zhe')]).toEqual(['#vyshinsky', '#vyshinsky', '#wang-jiaxiang', '#shi-zhe']);
  });
  it('resolves every spelling of the Guomindang to one organisation', () => {
    const petrov = tei('1945-10-10-petrov-mao-zhou-wang.txt');
    const spellings = new Set(select(petrov, '//orgName[@ref="#gmd"]').map(textContent));
    expect([...spellings].sort()).toEqual(['GMD', 'Guomindang', 'Guomintang', 'Kuomintang']);
  });
});

describe('letter parts, sections and notes', () => {
  it('encodes the letter Mao’s telegram carries as a floatingText', () => {
    const doc = tei('1949-01-13-terebin-to-kuznetsov-mao-to-filippov.txt');
    const letter = one(doc, 'text/body/floatingText[@type="letter"]/body');
    expect(texts(letter, 'opener/salute')).toEqual(['"Comrade Filippov,']);
    expect(texts(letter, 'closer/signed')).toEqual(['Mao Zedong']);
    expect(attr(one(letter, 'closer/dateline/date'), 'when')).toBe('1949-01-12');
    expect(select(letter, 'div').map((d) => d.attrs.n)).toEqual(['1', '2', '3', '4']);
  });
  it('splits the Kovalev closer into number, signature and date', () => {
    const closer = one(tei('1949-04-13-kovalev-to-filippov-53517.txt'), 'text/body/closer');
    expect(closer.children.filter((c): c is XElement => typeof c !== 'string').map((c) => [c.name, textContent(c)])).toEqual([
      ['dateline', 'No. 318 –'],
      ['signed', 'Kovalev,'],
      ['dateline', '13.4'],
    ]);
  });
  it('makes the topic list a list and the headings sections', () => {
    const doc = tei('1949-04-13-kovalev-to-filippov-53517.txt');
    expect(select(doc, 'text/body/list/item').map((i) => i.attrs.n)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(texts(doc, 'text/body/div[@type="section"]/head')).toEqual([
      'On the loan.',
      'On the military situation in China and the prospects of war against the Guomindang forces.',
      'On the city of Shanghai and its specifics',
      'On the course of peace negotiations with the Guomindang government.',
    ]);
    expect(select(doc, 'text/body/div[@type="remark"]').map((d) => d.attrs.n)).toEqual(['I', 'II', 'III']);
  });
  it('puts the delegation record’s numbered points in sections and the remarks in back', () => {
    const [first, second] = select(tei('1949-06-27-stalin-ccp-delegation.txt'), 'TEI');
    expect(select(first!, 'text/body/div').map((d) => d.attrs.n)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(texts(first!, 'text/body/opener/salute')).toEqual(['To Cde. V. M. Molotov personally.']);
    expect(texts(first!, 'text/body/closer/signed/persName')).toEqual(['Kovalev']);
    expect(texts(first!, 'text/body/closer/signed/gap[@reason="signature"]/desc')).toEqual(['signature']);
    expect(texts(first!, 'text/body/closer/note[@type="distribution"]')).toEqual(['Printed 1 copy.']);
    expect(texts(first!, 'text/back/div[@type="commentary"]/head')).toEqual(['Remarks']);
    expect(select(second!, 'text/back/div[@type="commentary"]/p').length).toBeGreaterThan(3);
  });
  it('links the footnote marker to its note and keeps the unmatched one as a bare marker', () => {
    const [, second] = select(tei('1949-06-27-stalin-ccp-delegation.txt'), 'TEI');
    const refs = select(second!, 'text//ref[@type="noteAnchor"]').map((r) => [textContent(r), r.attrs.target ?? '']);
    expect(refs).toEqual([
      ['2', '#doc-1949-06-27-stalin-ccp-delegation-2-fn-2'],
      ['56*', ''],
      ['*', ''],
    ]);
    expect(select(second!, 'text/body/note[@type="footnote"]').map((n) => [n.attrs['xml:id'], n.attrs.n])).toEqual([
      ['doc-1949-06-27-stalin-ccp-delegation-2-fn-1', '1'],
      ['doc-1949-06-27-stalin-ccp-delegation-2-fn-2', '2'],
    ]);
  });
});

const attr = (e: XElement, name: string) => e.attrs[name];
