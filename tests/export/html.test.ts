import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readXml } from '../../src/tei/reader.js';
import type { XElement } from '../../src/tei/xnode.js';
import { escapeHtml, exportHtml, exportHtmlIndex, indexItem } from '../../src/export/html.js';
import { blocks, collectFootnotes, footnoteList, renderNode, type Ctx } from '../../src/export/html/elements.js';
import { nameIndex } from '../../src/export/html/names.js';
import { declaredEntities } from '../../src/export/documents.js';
import { buildCorpus } from '../../src/export/html/corpus.js';
import { corpusNetwork } from '../../src/export/corpus.js';
import { corpusOf } from '../helpers/corpus.js';
import { network } from '../../src/export/html/network.js';
import { link } from '../../src/export/html/site.js';
import { periods, timeline } from '../../src/export/html/timeline.js';

const fixture = (name: string) => readXml(readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8'));

const HEADER = `<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc><profileDesc><particDesc><listPerson>
<person xml:id="stalin"><persName type="standard">Joseph Stalin</persName><persName type="variant">Filippov</persName></person>
</listPerson></particDesc></profileDesc></teiHeader>`;

const elementsOf = (e: XElement) => e.children.filter((c): c is XElement => typeof c !== 'string');

/** A context over a small TEI whose header declares Stalin, and its body holding `body`. */
function setup(body: string): { body: XElement; ctx: Ctx } {
  const root = readXml(`<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t">${HEADER}<text><body>${body}</body></text></TEI>`);
  const text = elementsOf(root).find((c) => c.name === 'text')!;
  let n = 0;
  const ctx: Ctx = { inline: false, level: 2, entities: declaredEntities(root), footnotes: collectFootnotes(text), speakers: new Map(), uid: (p) => `${p}-${++n}` };
  return { body: elementsOf(text)[0]!, ctx };
}

/** The HTML of a phrase-level snippet, rendered as a paragraph's content. */
function inline(xml: string): string {
  const { body, ctx } = setup(`<p>${xml}</p>`);
  return elementsOf(body)[0]!.children.map((c) => renderNode(c, { ...ctx, inline: true })).join('');
}

function block(xml: string): string {
  const { body, ctx } = setup(xml);
  return blocks(body.children, ctx).join('\n');
}

describe('escapeHtml', () => {
  it('escapes the five markup characters and nothing else', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script> Ünïcode`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt; Ünïcode');
    expect(escapeHtml('plain text')).toBe('plain text');
  });
});

describe('editorial brackets', () => {
  it('supplied: identification, implied word, uncertain', () => {
    expect(inline('<supplied reason="explanation">Stalin</supplied>')).toBe('<span class="br br-supplied" data-kind="editorial identification" title="editorial identification" tabindex="0">[Stalin]</span>');
    expect(inline('<supplied reason="subaudible">the</supplied>')).toBe('<span class="br br-supplied" data-kind="implied word" title="implied word" tabindex="0">[the]</span>');
    expect(inline('<supplied reason="explanation" cert="low">former Vice President Henry</supplied>')).toBe(
      '<span class="br br-supplied" data-kind="editorial identification, uncertain" title="editorial identification, uncertain" tabindex="0">[former Vice President Henry?]</span>',
    );
    expect(inline('<supplied>x</supplied>')).toBe('<span class="br br-supplied" data-kind="supplied by the editor" title="supplied by the editor" tabindex="0">[x]</span>');
  });

  it('expan/ex: the whole word is the bracket element, the letters are bracketed', () => {
    expect(inline('<expan>Com<ex>rade</ex></expan>')).toBe('<span class="br br-expan" data-kind="expanded abbreviation" title="expanded abbreviation" tabindex="0">Com<span class="ex">[rade]</span></span>');
    expect(inline('A<ex>pollon</ex>')).toBe('A<span class="br br-expan" data-kind="expanded abbreviation" title="expanded abbreviation" tabindex="0"><span class="ex">[pollon]</span></span>');
  });

  it('gap: omission, description in square brackets or parentheses', () => {
    expect(inline('<gap reason="editorial"/>')).toBe('<span class="br br-gap" data-kind="omission" title="omission" tabindex="0">[...]</span>');
    expect(inline('<gap reason="signature"><desc>signature illegible 31/XII</desc></gap>')).toBe('<span class="br br-gap" data-kind="signature" title="signature" tabindex="0">[signature illegible 31/XII]</span>');
    expect(inline('<gap reason="signature" rend="parens"><desc>illegible signature</desc></gap>')).toBe('<span class="br br-gap" data-kind="signature" title="signature" tabindex="0">(illegible signature)</span>');
    expect(inline('<gap reason="illegible" cert="low"><desc>date</desc></gap>')).toBe('<span class="br br-gap" data-kind="illegible passage, uncertain" title="illegible passage, uncertain" tabindex="0">[date?]</span>');
  });

  it('stage: a recorder’s remark in parentheses', () => {
    expect(inline('<stage type="delivery">Joke</stage>')).toBe('<span class="br br-stage" data-kind="recorder’s remark" title="recorder’s remark" tabindex="0">(Joke)</span>');
  });

  it('a name inside a bracket keeps its link', () => {
    expect(inline('Filippov <supplied reason="explanation"><persName ref="#stalin">Stalin</persName></supplied>')).toBe(
      'Filippov <span class="br br-supplied" data-kind="editorial identification" title="editorial identification" tabindex="0">[<a class="name name-person" href="#idx-stalin" title="Joseph Stalin">Stalin</a>]</span>',
    );
  });
});

describe('names', () => {
  it('a declared ref links to the index; an unknown or missing ref is text', () => {
    expect(inline('<persName ref="#stalin">Filippov</persName>')).toBe('<a class="name name-person" href="#idx-stalin" title="Joseph Stalin">Filippov</a>');
    expect(inline('<placeName ref="#nowhere">Atlantis</placeName>')).toBe('<span class="name name-place">Atlantis</span>');
    expect(inline('<orgName>CWIHP</orgName>')).toBe('<span class="name name-org">CWIHP</span>');
  });

  it('the index lists standard names with their variants, by kind', () => {
    const { ctx } = setup('');
    expect(nameIndex(ctx.entities, 2)).toBe(
      '<section class="name-index" id="names" aria-labelledby="names-h">\n<h2 id="names-h">Index of names</h2>\n<h3>Persons</h3>\n<ul class="name-list">\n<li id="idx-stalin"><span class="standard">Joseph Stalin</span> <span class="variants">also: Filippov</span></li>\n</ul>\n</section>',
    );
    expect(nameIndex(new Map(), 2)).toBe('');
  });
});

describe('phrase-level elements', () => {
  it('dates become time elements; a day without a year drops the leading dashes', () => {
    expect(inline('<date when="1949-04-13">April 13, 1949</date>')).toBe('<time class="date" datetime="1949-04-13">April 13, 1949</time>');
    expect(inline('<date when="--12-31" cert="medium">31/XII</date>')).toBe('<time class="date" datetime="12-31" title="--12-31 (certainty: medium)">31/XII</time>');
    expect(inline('<date>spring</date>')).toBe('<span class="date">spring</span>');
  });

  it('hi, foreign, title, num, idno, pb', () => {
    expect(inline('<hi rend="italic">a</hi><hi rend="bold">b</hi><hi rend="caps">c</hi>')).toBe('<i>a</i><b>b</b><span class="hi">c</span>');
    expect(inline('<foreign xml:lang="ru-Latn">priem</foreign>')).toBe('<i class="foreign" lang="ru-Latn">priem</i>');
    expect(inline('<title>Red Wings</title>')).toBe('<cite>Red Wings</cite>');
    expect(inline('<num>53517</num>')).toBe('<span class="num">53517</span>');
    expect(inline('<idno type="archival">F. <idno type="fond">45</idno></idno>')).toBe('<span class="idno" data-type="archival">F. <span class="idno" data-type="fond" title="fond">45</span></span>');
    expect(inline('Bai<pb/> Chongxi')).toBe('Bai<span class="pb" title="page break in the source"></span> Chongxi');
  });

  it('links: web targets only; javascript: stays text', () => {
    expect(inline('<ref target="https://example.org/a?b=1&amp;c=2">here</ref>')).toBe('<a href="https://example.org/a?b=1&amp;c=2">here</a>');
    expect(inline('<ref target="javascript:alert(1)">x</ref>')).toBe('<span class="ref">x</span>');
  });

  it('a name inside a link is not a nested link', () => {
    expect(inline('<ref target="https://example.org"><persName ref="#stalin">Stalin</persName></ref>')).toBe('<a href="https://example.org"><span class="name name-person">Stalin</span></a>');
  });
});

describe('notes', () => {
  it('a noteAnchor is a superscript link; a marker without a note is a bare superscript', () => {
    expect(block('<p>Text<ref type="noteAnchor" target="#fn1">1</ref> and<ref type="noteAnchor">56*</ref>.</p><note type="footnote" xml:id="fn1" n="1">A note.</note>')).toBe(
      '<p>Text<sup class="fnref"><a href="#fn1" id="fnref-fn1" aria-label="Note 1">1</a></sup> and<sup class="fnref">56*</sup>.</p>',
    );
  });

  it('footnotes are listed after the text with a link back to the first reference', () => {
    const { body, ctx } = setup('<p>A<ref type="noteAnchor" target="#fn1">1</ref> B<ref type="noteAnchor" target="#fn1">1</ref></p><note type="footnote" xml:id="fn1" n="1">One &amp; only.</note><note type="footnote" xml:id="fn2">Unreferenced.</note>');
    expect(blocks(body.children, ctx).join('')).toBe('<p>A<sup class="fnref"><a href="#fn1" id="fnref-fn1" aria-label="Note 1">1</a></sup> B<sup class="fnref"><a href="#fn1" aria-label="Note 1">1</a></sup></p>');
    expect(footnoteList(ctx, 't-notes', 't-title')).toBe(
      '<section class="footnotes" id="t-notes" aria-labelledby="t-notes-h t-title"><h2 id="t-notes-h">Notes</h2>\n<ol class="list">\n' +
        '<li id="fn1"><span class="n">1.</span> One &amp; only. <a class="backref" href="#fnref-fn1" aria-label="Back to reference 1">↩︎</a></li>\n' +
        '<li id="fn2"><span class="n">2.</span> Unreferenced.</li>\n</ol></section>',
    );
  });

  it('a footnote standing in running text without a marker leaves a marker there', () => {
    expect(inline('Word<note type="footnote" xml:id="fn9" n="9">Inline.</note> on')).toBe('Word<sup class="fnref"><a href="#fn9" id="fnref-fn9" aria-label="Note 9">9</a></sup> on');
  });

  it('other notes are labelled blocks, or spans in running text', () => {
    expect(block('<note type="classification">Top Secret</note>')).toBe('<p class="note note-classification"><span class="note-label">Classification:</span> Top Secret</p>');
    expect(block('<note type="archival">(Last page)</note>')).toBe('<p class="note note-archival"><span class="note-label">Archival note:</span> (Last page)</p>');
    expect(inline('<note type="editorial">see above</note>')).toBe('<span class="note note-editorial"><span class="note-label">Editor’s note:</span> see above</span>');
    expect(inline('<note>plain</note>')).toBe('<span class="note note-untyped"><span class="note-label">Note:</span> plain</span>');
  });
});

describe('blocks', () => {
  it('a speaker turn: label and speech, coloured by speaker', () => {
    expect(block('<sp who="#stalin"><speaker>Comrade Stalin:</speaker><p>Yes.</p><p>No.</p></sp><sp who="#mao"><speaker>Mao:</speaker><p>Good.</p></sp><sp who="#stalin"><speaker>Stalin:</speaker><p>So.</p></sp>')).toBe(
      [
        '<div class="sp who-0" data-who="#stalin"><p class="speaker">Comrade Stalin:</p><div class="speech"><p>Yes.</p><p>No.</p></div></div>',
        '<div class="sp who-1" data-who="#mao"><p class="speaker">Mao:</p><div class="speech"><p>Good.</p></div></div>',
        '<div class="sp who-0" data-who="#stalin"><p class="speaker">Stalin:</p><div class="speech"><p>So.</p></div></div>',
      ].join('\n'),
    );
  });

  it('divisions: heading with number, number opening the first paragraph, nested heading levels', () => {
    expect(block('<div type="section" n="2"><head>Trade</head><p>x</p><div><head>Sub</head><p>y</p></div></div>')).toBe(
      '<section class="div div-section" data-n="2"><h2><span class="n">2.</span> Trade</h2>\n<p>x</p>\n<section class="div"><h3>Sub</h3>\n<p>y</p></section></section>',
    );
    expect(block('<div type="item" n="1"><p>About the credit.</p></div>')).toBe('<section class="div div-item" data-n="1"><p><span class="n">1.</span> About the credit.</p></section>');
  });

  it('commentary is an aside labelled Commentary', () => {
    expect(block('<div type="commentary"><head>Remarks</head><p>z</p></div>')).toBe(
      '<aside class="commentary" aria-labelledby="commentary-1"><h2 id="commentary-1"><span class="label">Commentary</span>: Remarks</h2><p>z</p></aside>',
    );
  });

  it('lists keep their numbers', () => {
    expect(block('<list type="ordered"><item n="7">a</item><item n="8">b</item></list>')).toBe('<ol class="list"><li class="item"><span class="n">7.</span> a</li>\n<li class="item"><span class="n">8.</span> b</li></ol>');
  });

  it('opener and closer: letter parts as paragraphs, loose phrase content gathered', () => {
    expect(block('<opener><salute>To Comrade <persName ref="#stalin">Filippov</persName></salute></opener>')).toBe(
      '<div class="opener"><p class="salute">To Comrade <a class="name name-person" href="#idx-stalin" title="Joseph Stalin">Filippov</a></p></div>',
    );
    expect(block('<closer>\n  <gap reason="editorial"/>\n  <signed>Kovalev</signed>\n  <dateline>13.4</dateline>\n  <note type="distribution">Printed 1 copy.</note>\n</closer>')).toBe(
      '<div class="closer"><p><span class="br br-gap" data-kind="omission" title="omission" tabindex="0">[...]</span></p>\n<p class="signed">Kovalev</p>\n<p class="dateline">13.4</p>\n<p class="note note-distribution"><span class="note-label">Distribution:</span> Printed 1 copy.</p></div>',
    );
  });

  it('a quoted letter is a labelled group', () => {
    expect(block('<floatingText type="letter"><body><head>Letter</head><p>Text</p></body></floatingText>')).toBe(
      '<div class="floating-text" role="group" aria-label="Quoted letter"><h2>Letter</h2>\n<p>Text</p></div>',
    );
  });
});

describe('exportHtml', () => {
  const corpus = exportHtml(fixture('corpus.xml'), 'corpus');
  const escaping = exportHtml(fixture('escaping.xml'), 'escaping');

  it('is a self-contained HTML5 page: no script, no external resource, landmarks, print styles', () => {
    expect(corpus.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(corpus).not.toMatch(/<script|<link rel="stylesheet"|@import|url\(|src="http/);
    expect(corpus).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`);
    for (const landmark of ['<header class="masthead">', '<nav class="contents"', '<main id="main">', '<footer class="page-footer">', '@media print']) expect(corpus).toContain(landmark);
  });

  it('a corpus: table of contents, one article per TEI in order, one index of names', () => {
    expect(corpus).toContain(
      '<h2 id="contents-h">Contents</h2>\n<ol>\n<li><a href="#doc-harbour-1">Ciphered Telegram No. 1201 from Roshchin</a></li>\n<li><a href="#doc-harbour-2">Record of Conversation with Zhou Enlai, 4 March 1950</a></li>\n<li><a href="#names">Index of names</a></li>\n</ol>',
    );
    const articles = [...corpus.matchAll(/<article id="([^"]+)" aria-labelledby="([^"]+)">\n<h2 id="([^"]+)">/g)].map((m) => [m[1], m[2], m[3]]);
    expect(articles).toEqual([
      ['doc-harbour-1', 'doc-harbour-1-title', 'doc-harbour-1-title'],
      ['doc-harbour-2', 'doc-harbour-2-title', 'doc-harbour-2-title'],
    ]);
    expect(corpus.match(/class="name-index"/g)).toHaveLength(1);
    expect(corpus.match(/<h1/g)).toHaveLength(1);
  });

  it('the citation card: date, type, archive with identifiers, language, credits, correspondents', () => {
    expect(corpus).toContain('<dt>Date</dt><dd><time class="date" datetime="1950-03-02">March 2, 1950</time></dd>');
    expect(corpus).toContain('<dt>Document type</dt><dd>ciphered telegram</dd>');
    expect(corpus).toContain(
      '<dt>Archive</dt><dd><span class="repository">Archive of Foreign Policy of the Russian Federation</span> (Moscow, Russia)<br><span class="idno" data-type="archival">AVPRF: fond <span class="idno" data-type="fond" title="fond">0100</span>, opis <span class="idno" data-type="opis" title="opis">43</span>, papka <span class="idno" data-type="papka" title="papka">302</span></span></dd>',
    );
    expect(corpus).toContain('<dt>Telegram number</dt><dd>1201</dd>');
    expect(corpus).toContain('<dt>Original language</dt><dd>Russian</dd>');
    expect(corpus).toContain('<dt>From</dt><dd><a class="name name-person" href="#idx-roshchin" title="Nikolai Roshchin">Nikolai Roshchin</a></dd>');
    expect(corpus).toContain('<dt>Translated by</dt><dd>Ann Example</dd>');
    expect(corpus).toContain('<dt>Participants</dt><dd><a class="name name-person" href="#idx-zhou-enlai">Zhou Enlai</a>, <a class="name name-person" href="#idx-roshchin">Nikolai Roshchin</a></dd>');
    // The second document has no archive, language or credits: those rows are left out.
    const second = corpus.slice(corpus.indexOf('<article id="doc-harbour-2"'));
    expect(second.slice(0, second.indexOf('</dl>'))).not.toMatch(/<dt>(Archive|Original language|Translated by|Date)<\/dt>/);
  });

  it('a single TEI: the h1 titles the article; the nav lists its parts', () => {
    expect(escaping).toContain('<article id="doc-escaping" aria-labelledby="page-title">');
    expect(escaping).toContain('<li><a href="#doc-escaping-about">About this document</a></li>\n<li><a href="#doc-escaping-text">Text</a></li>\n<li><a href="#names">Index of names</a></li>');
  });

  it('source text is escaped everywhere: title, card, speaker, speech, brackets, attributes', () => {
    expect(escaping).toContain('<title>Memo on &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; the &lt;b&gt;bold&lt;/b&gt; question</title>');
    expect(escaping).toContain('<p class="speaker">&lt;b&gt;Smith&lt;/b&gt; &amp; partner:</p>');
    expect(escaping).toContain('We read &lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt; as text, and A &amp; B and &lt;b&gt;not bold&lt;/b&gt; <span class="br br-supplied"');
    expect(escaping).toContain('<a class="name name-person" href="#idx-smith" title="John &lt;Smith&gt;">Smith &lt;the elder&gt;</a>');
    expect(escaping).toContain('<span class="ref">a &lt;link&gt;</span>');
    expect(escaping).toContain('<a href="https://archive.example/doc?a=1&amp;b=&quot;2&quot;">link &amp; more</a>');
    expect(escaping).not.toMatch(/<script|<b>|<i>|javascript:alert\('/);
  });

  it('is deterministic', () => {
    expect(exportHtml(fixture('corpus.xml'), 'corpus')).toBe(corpus);
  });
});

describe('the corpus view', () => {
  const files = () => [indexItem(fixture('corpus.xml'), 'corpus'), indexItem(fixture('escaping.xml'), 'a&b')];
  const pages = new Map(exportHtmlIndex(files()));
  const corpus = buildCorpus(files());
  const harbour = exportHtml(fixture('corpus.xml'), 'corpus');

  it('reads each document: link, date, type, archive, roles, turns with their anchors', () => {
    const [telegram, record] = indexItem(fixture('corpus.xml'), 'corpus').docs;
    expect(telegram).toMatchObject({
      href: 'corpus.html#doc-harbour-1',
      file: 'corpus.html',
      fileTitle: 'Two Telegrams on the Harbour Question, March 1950',
      when: '1950-03-02',
      dateText: 'March 2, 1950',
      type: 'ciphered telegram',
      archive: 'Archive of Foreign Policy of the Russian Federation',
      archivalId: 'AVPRF: fond 0100, opis 43, papka 302',
      roles: [['roshchin', ['sender']], ['zhou-enlai', ['mentioned']]],
      turns: [],
    });
    expect(record!.when).toBeUndefined();
    expect(record!.roles).toEqual([['roshchin', ['speaker', 'participant']], ['zhou-enlai', ['speaker', 'participant']]]);
    expect(record!.turns).toEqual([
      { id: 'doc-harbour-2-turn-1', who: 'zhou-enlai', n: 1, preview: 'The survey is ready1.' },
      { id: 'doc-harbour-2-turn-2', who: 'roshchin', n: 2, preview: 'We thank you. (Laughter) The cranes will follow.' },
    ]);
  });

  it('an archive without a repository is named by its identifier; a person pointed to but not declared keeps the id', () => {
    const [memo] = indexItem(
      readXml(`<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Memo</title></titleStmt><sourceDesc>
<bibl type="citation">Memo, <idno type="archival">AVPRF: fond <idno type="fond">07</idno></idno></bibl></sourceDesc></fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>`),
      'memo',
    ).docs;
    expect(memo).toMatchObject({ href: 'memo.html', archive: 'AVPRF', archivalId: 'AVPRF: fond 07' });
    expect(corpus.persons.map((p) => [p.id, p.standard])).toEqual([
      ['smith', 'John <Smith>'],
      ['roshchin', 'Nikolai Roshchin'],
      ['nobody', 'nobody'],
      ['zhou-enlai', 'Zhou Enlai'],
    ]);
  });

  it('the document pages carry the anchors the person pages link to', () => {
    expect(harbour).toContain('<div class="sp who-0" id="doc-harbour-2-turn-1" data-who="#zhou-enlai">');
    expect(harbour).toContain('<div class="sp who-1" id="doc-harbour-2-turn-2" data-who="#roshchin">');
    const ids = new Set([...harbour.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const links = [...pages.values()].flatMap((html) => [...html.matchAll(/href="(?:\.\.\/)?corpus\.html#([^"]+)"/g)].map((m) => m[1]));
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(ids, id).toContain(id);
  });

  it('the cards and notes of a corpus page are distinct landmarks: each is named with its document title', () => {
    expect(harbour).toContain('<section class="card" id="doc-harbour-1-about" aria-labelledby="doc-harbour-1-about-h doc-harbour-1-title">');
    expect(harbour).toContain('<section class="footnotes" id="doc-harbour-2-notes" aria-labelledby="doc-harbour-2-notes-h doc-harbour-2-title">');
  });

  it('documents in date order, undated last; edges for sent-to and for each reply', () => {
    expect(corpus.docs.map((d) => d.href)).toEqual(['a&b.html', 'corpus.html#doc-harbour-1', 'corpus.html#doc-harbour-2']);
    const dialogue = buildCorpus([
      indexItem(
        readXml(`<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Talk</title></titleStmt></fileDesc><profileDesc><correspDesc>
<correspAction type="sent"><persName ref="#a">A</persName></correspAction><correspAction type="received"><persName ref="#b">B</persName><persName ref="#c">C</persName></correspAction></correspDesc></profileDesc></teiHeader>
<text><body>${['a', 'b', 'a', 'a', 'c', 'b'].map((w) => `<sp who="#${w}"><p>x</p></sp>`).join('')}</body></text></TEI>`),
        'talk',
      ),
    ]);
    expect(dialogue.edges.map((e) => [e.relation, e.source, e.target, e.weight, e.documents])).toEqual([
      ['sent to', 'a', 'b', 1, ['talk.html']],
      ['sent to', 'a', 'c', 1, ['talk.html']],
      ['spoke with', 'a', 'b', 2, ['talk.html']],
      ['spoke with', 'a', 'c', 1, ['talk.html']],
      ['spoke with', 'b', 'c', 1, ['talk.html']],
    ]);
  });

  it('the timeline: a bar per year of the span, empty years included; per month under two years', () => {
    const docs = (...when: string[]) => when.map((w, i) => ({ ...corpus.docs[0]!, href: `d${i}`, when: w }));
    expect(periods(docs('1945-10-10', '1949-01-13', '1949-06-27')).map((p) => [p.key, p.count])).toEqual([
      ['1945', 1],
      ['1946', 0],
      ['1947', 0],
      ['1948', 0],
      ['1949', 2],
    ]);
    expect(periods(docs('1949-11', '1950-02-03', '1950-02-14')).map((p) => [p.long, p.count])).toEqual([
      ['November 1949', 1],
      ['December 1949', 0],
      ['January 1950', 0],
      ['February 1950', 2],
    ]);
    const svg = timeline(docs('1945-10-10', '1949-01-13', '1949-06-27'), 'tl');
    expect(svg).toContain('<svg class="chart timeline" role="img" aria-labelledby="tl-title tl-desc"');
    expect(svg).toContain('<title id="tl-title">Documents per year, 1945 to 1949</title>\n<desc id="tl-desc">3 dated documents. 1945: 1; 1946: 0; 1947: 0; 1948: 0; 1949: 2.</desc>');
    expect([...svg.matchAll(/class="count">(\d+)</g)].map((m) => m[1])).toEqual(['1', '2']);
    expect(svg).not.toMatch(/<script|<a /);
    expect(timeline([{ ...corpus.docs[0]!, when: undefined }], 'tl')).toBe('<p>No document in the corpus carries a date (1 undated document).</p>');
  });

  it('the network: persons with a connection on a circle in name order, first at the top; every connection in words', () => {
    const index = pages.get('index.html')!;
    const svg = index.slice(index.indexOf('<svg class="chart network"'), index.indexOf('</svg>', index.indexOf('<svg class="chart network"')));
    expect([...svg.matchAll(/<text x="[^"]+" y="[^"]+" text-anchor="[^"]+">([^<]+)<\/text>/g)].map((m) => m[1])).toEqual(['Nikolai Roshchin', 'Zhou Enlai']);
    expect(svg).toContain('<circle cx="290" cy="50" r="5" fill="#1b1b1b"/><text x="290" y="36" text-anchor="middle">Nikolai Roshchin</text>');
    expect(svg).toContain('<desc id="network-desc">Nikolai Roshchin spoke with Zhou Enlai: 1 reply in 1 document.</desc>');
    expect(index).toContain('<tr><td><a href="corpus/person-roshchin.html">Nikolai Roshchin</a></td><td>spoke with</td><td><a href="corpus/person-zhou-enlai.html">Zhou Enlai</a></td><td>1 reply in 1 document</td></tr>');
    expect(network(buildCorpus([indexItem(fixture('escaping.xml'), 'e')]), 'n')).toBe('<p>No document records a letter, telegram or dialogue between two persons.</p>');
  });

  it('writes the index, four grouped views and a page per person; every view links the others', () => {
    expect([...pages.keys()]).toEqual([
      'index.html',
      'corpus/by-type.html',
      'corpus/by-archive.html',
      'corpus/by-person.html',
      'corpus/by-file.html',
      'corpus/person-smith.html',
      'corpus/person-roshchin.html',
      'corpus/person-nobody.html',
      'corpus/person-zhou-enlai.html',
    ]);
    expect(pages.get('index.html')).toContain(
      '<nav class="views" aria-label="Corpus views">\n<ul>\n<li><a href="index.html" aria-current="page">By date</a></li>\n<li><a href="corpus/by-type.html">By type</a></li>',
    );
    expect(pages.get('corpus/by-type.html')).toContain('<li><a href="../index.html">By date</a></li>\n<li><a href="by-type.html" aria-current="page">By type</a></li>');
    for (const html of pages.values()) expect(html).not.toMatch(/<script|<b>|<i>/);
  });

  it('groups: sorted by name, the missing value last, each a table in date order', () => {
    const byType = pages.get('corpus/by-type.html')!;
    expect([...byType.matchAll(/<h2 id="group-\d+">([^<]+) </g)].map((m) => m[1])).toEqual(['ciphered telegram', 'No type recorded']);
    const byArchive = pages.get('corpus/by-archive.html')!;
    expect([...byArchive.matchAll(/<h2 id="group-\d+">([^<]+) </g)].map((m) => m[1])).toEqual(['Archive of Foreign Policy &lt;AVPRF&gt;', 'Archive of Foreign Policy of the Russian Federation', 'No archive recorded']);
    expect(pages.get('corpus/by-person.html')).toContain('<h2 id="group-1"><a href="person-smith.html">John &lt;Smith&gt;</a> <span class="count">(1 document)</span></h2>');
    expect(pages.get('corpus/by-file.html')).toContain('<h2 id="group-1"><a href="../a&amp;b.html">Memo on &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; the &lt;b&gt;bold&lt;/b&gt; question</a>');
  });

  it('a person page: spellings, connections, each document with the role, each turn linked to its anchor', () => {
    const zhou = pages.get('corpus/person-zhou-enlai.html')!;
    expect(zhou).toContain('<h1 id="page-title">Zhou Enlai</h1>\n<p class="lead">Also written: Chou En-lai; Chou En Lai</p>\n<p class="lead">Named in 2 documents; takes part in 1, speaking 1 turn.</p>');
    expect(zhou).toContain('<li>Spoke with <a href="person-roshchin.html">Nikolai Roshchin</a>: 1 reply in 1 document</li>');
    expect(zhou).toContain(
      '<h3 id="doc-1"><a href="../corpus.html#doc-harbour-1">Ciphered Telegram No. 1201 from Roshchin</a></h3>\n<p class="meta"><time datetime="1950-03-02">March 2, 1950</time> · ciphered telegram · mentioned</p>',
    );
    expect(zhou).toContain('<ul class="turns">\n<li><a href="../corpus.html#doc-harbour-2-turn-1">Turn 1</a> The survey is ready1.</li>\n</ul>');
  });

  it('is deterministic', () => {
    expect([...exportHtmlIndex(files())]).toEqual([...pages]);
  });
});

describe('the corpus view of tei-out', () => {
  const dir = new URL('../../tei-out/', import.meta.url);
  const items = () => readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => indexItem(readXml(readFileSync(new URL(f, dir), 'utf8')), f.slice(0, -4)));
  const pages = [...exportHtmlIndex(items())];

  it('lists every document once in date order, and gives every declared person a page', () => {
    const index = pages[0]![1];
    const table = index.slice(index.indexOf('<h2 id="documents-h">'), index.indexOf('<h2 id="network-h">'));
    expect([...table.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1])).toEqual(['1945-10-10', '1949-01-13', '1949-04-13', '1949-06-27', '1949-07-27', '1949-12-16', '1950-01-22']);
    const declared = new Set(items().flatMap((f) => f.persons.map((p) => `corpus/person-${p.id}.html`)));
    expect(pages.map(([path]) => path).filter((p) => p.includes('person-'))).toEqual(expect.arrayContaining([...declared]));
    expect(index).toContain('<desc id="network-desc">Ivan Kovalev sent to Joseph Stalin: 1 document. Mao Zedong sent to Joseph Stalin: 1 document. Mao Zedong spoke with Vyacheslav Molotov: 1 reply in 1 document. Mao Zedong spoke with Joseph Stalin: 106 replies in 2 documents.');
  });

  it('draws the network model of the GEXF and CSV exports: the same sent-to and spoke-with edges and weights', () => {
    const drawn = buildCorpus(items()).edges.map((e) => [e.id, e.weight, e.documents.length]);
    const exported = corpusNetwork(corpusOf('tei-out')).edges.filter((e) => e.relation !== 'co-mentioned').map((e) => [e.id, e.weight, e.documents.length]);
    expect(drawn).toEqual(exported);
    expect(drawn).toContainEqual(['spoke-with:mao-zedong:stalin', 106, 2]);
  });

  it('is byte-identical on a second run', () => {
    expect([...exportHtmlIndex(items())]).toEqual(pages);
  });
});

describe('links between pages', () => {
  it('are relative, one folder deep at most', () => {
    expect(link('index.html', 'corpus/by-type.html')).toBe('corpus/by-type.html');
    expect(link('corpus/by-type.html', 'index.html')).toBe('../index.html');
    expect(link('corpus/by-type.html', 'corpus/person-x.html')).toBe('person-x.html');
    expect(link('index.html', 'a.html#b')).toBe('a.html#b');
  });
});
