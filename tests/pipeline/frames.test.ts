/**
 * One invented document, framed as each page template and copy of the archive frames it (the
 * current page, a copy with single line breaks and dropped labels, the older page, a PDF copy's
 * run-on cover, a PDF copy that keeps its line breaks, a sharing site's transcript of the PDF). Metamorphic: every
 * framing gives the same header facts and the same body; what only one template states is pinned
 * on that template; and no line of a frame is left in the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';
import { readXml } from '../../src/tei/reader.js';
import { exportText } from '../../src/export/text.js';
import { validateTei } from '../../src/validate/index.js';
import { PROJECT_SCHEMA, RelaxNgSchema } from '../../src/validate/relaxng.js';
import { textContent, type XElement } from '../../src/tei/xnode.js';
import { select, texts } from '../helpers/query.js';

const TITLE = 'Record of Conversation between Ambassador Pavel Yudin and Chairman Mao Zedong';
const DATE = 'March 3, 1956';
const SUMMARY = 'Yudin and Mao discuss the coming party congress and the poor harvest in the northern provinces.';
const IDS = 'AVPRF, f. 0100, op. 49, por. 9, pap. 410, ll. 12-15; and RGANI, f. 5, op. 30, d. 163, ll. 88-92';
const CREDIT = 'Translated by Olga Petrenko.';
const FUNDING = 'This document was made possible with support from the Blue Lantern Foundation';
const CITATION = `"${TITLE}," ${DATE}, History and Public Policy Program Digital Archive, ${IDS}. ${CREDIT}`;
const RIGHTS = [
  'The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes. Some documents may be subject to copyright.',
  "To enquire about this document's rights status or request permission for commercial use, please contact the History and Public Policy Program.",
];
const BODY = [
  'Top Secret',
  'Mao Zedong: We are preparing the congress for September.',
  'Yudin: The Soviet comrades will send a delegation [of the CPSU CC].',
  'Mao Zedong: Good. The harvest in [the] northern provinces was poor.',
];

const FRAMES: Record<string, string> = {
  'current page': [
    'Skip to content',
    DATE,
    TITLE,
    FUNDING,
    ...BODY,
    '###',
    SUMMARY,
    'Author(s):',
    'Yudin, Pavel',
    'Associated People & Organizations',
    'Mao, Zedong, 1893-1976',
    'Communist Party of China',
    'Associated Places',
    'Beijing (China)',
    'Associated Topics',
    'Agriculture',
    'Document Information',
    'Source',
    `${IDS}. ${CREDIT}`,
    'Original Archive',
    'Archive of Foreign Policy of the Russian Federation',
    'Original Language',
    'Russian',
    'Rights',
    ...RIGHTS,
    'Original Uploaded Date',
    '2013-04-02',
    'Type',
    'Memorandum of Conversation',
    'Language',
    'English',
    'Record ID',
    '120001',
  ].join('\n\n'),
  'copy with single line breaks and dropped labels': [
    DATE,
    TITLE,
    FUNDING,
    ...BODY,
    SUMMARY,
    'Author(s):',
    'Associated Places',
    'Document Information',
    `${IDS}. ${CREDIT}`,
    ...RIGHTS,
    'Original Uploaded Date',
    '2013-04-02',
    'Memorandum of Conversation',
    'Record ID',
    '120001',
  ].join('\n'),
  'older page': [
    'Search in',
    'Digital Archive International History Declassified',
    DATE,
    FUNDING,
    '',
    '  • Citation',
    '',
    '    get citation',
    '',
    `    ${SUMMARY}`,
    `    ${CITATION}`,
    '  • share document',
    '',
    'English HTML',
    '',
    BODY.join('\n\n'),
  ].join('\n'),
  'PDF copy, run-on cover': [
    `${DATE} ${TITLE}`,
    'Total Page:4',
    'File Type:pdf, Size:210Kb',
    `Digital Archive digitalarchive.wilsoncenter.org International History Declassified ${DATE} ${TITLE} Citation: “${TITLE},” ${DATE}, History and Public Policy Program Digital Archive, ${IDS}. ${CREDIT} https://digitalarchive.wilsoncenter.org/document/120001 Summary: ${SUMMARY} Credits: ${FUNDING}. Original Language: Russian Contents: English Translation ${BODY.join(' ')}`,
  ].join('\n'),
  'PDF copy with its line breaks': [
    'You are on page 1of 4',
    'Digital Archive',
    'International History Declassified',
    DATE,
    'Record of Conversation between Ambassador Pavel Yudin and\nChairman Mao Zedong',
    'Record of Conversation between Ambassador Pavel Yudin and Chairman Mao Zedong, March 3, 1956,\nHistory and Public Policy Program Digital Archive, AVPRF, f. 0100, op. 49, por. 9, pap. 410, ll. 12-15; and\nRGANI, f. 5, op. 30, d. 163, ll. 88-92. Translated by Olga Petrenko.',
    'Yudin and Mao discuss the coming party congress and the poor harvest in the northern\nprovinces.',
    `${FUNDING}.`,
    ...BODY,
  ].join('\n\n'),
  "a sharing site's transcript of the PDF": [
    'Top Banner',
    'Upload: someone',
    'Post on 08-Jan-2022',
    '3 views',
    '0 download',
    'TRANSCRIPT',
    'Page 1: Record of Conversation between Ambassador Pavel Yudin and',
    'Digital ArchiveInternational History Declassified',
    'digitalarchive.wilsoncenter.org',
    'March 3, 1956Record of Conversation between Ambassador Pavel Yudin and',
    'Chairman Mao Zedong',
    `Citation:“${TITLE},” ${DATE}, History and Public Policy Program Digital Archive, ${IDS}. ${CREDIT}`,
    `Summary:${SUMMARY}`,
    `Credits:${FUNDING}.`,
    'Original Language:Russian',
    'Contents:English TranscriptionScan of Original Document',
    'Page 2: Record of Conversation between Ambassador Pavel Yudin and',
    ...BODY,
  ].join('\n\n'),
};

let schema: RelaxNgSchema;
beforeAll(() => {
  schema = RelaxNgSchema.load(PROJECT_SCHEMA);
});
afterAll(() => schema.dispose());
const errors = (xml: string) => validateTei(xml, 'framed.xml', { schema }).filter((d) => d.severity === 'error');

function convert(text: string) {
  const { conversion, report } = convertText(text, 'framed.txt');
  const xml = writeTei(conversion);
  return { xml, root: readXml(xml), report };
}

const H = 'teiHeader';
/** The header facts every framing states. */
function facts(root: XElement) {
  return {
    title: texts(root, `${H}/fileDesc/titleStmt/title`),
    date: select(root, `${H}/profileDesc/creation/date`).map((d) => d.attrs.when),
    summary: texts(root, `${H}/profileDesc/abstract/p`),
    archival: select(root, `${H}/fileDesc/sourceDesc/msDesc/msIdentifier//idno[@type="archival"]`).map((i) => [textContent(i), select(i, 'idno').map((c) => `${c.attrs.type}=${textContent(c)}`)]),
    credits: select(root, `${H}/fileDesc/titleStmt/respStmt`).map((r) => [texts(r, 'resp')[0], texts(r, 'persName')]),
    turns: select(root, 'text/body//sp').map((sp) => [sp.attrs.who, texts(sp, 'speaker')[0]]),
    classification: texts(root, 'text/body//note[@type="classification"]'),
  };
}
/** The reading text of the body, white space aside. */
const bodyText = (root: XElement) => exportText(root).split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim();

const EXPECTED = {
  title: [TITLE],
  date: ['1956-03-03'],
  summary: [SUMMARY],
  archival: [
    ['AVPRF, f. 0100, op. 49, por. 9, pap. 410, ll. 12-15', ['fond=0100', 'opis=49', 'por=9', 'papka=410', 'listy=12-15']],
    ['RGANI, f. 5, op. 30, d. 163, ll. 88-92', ['fond=5', 'opis=30', 'delo=163', 'listy=88-92']],
  ],
  credits: [['translated by', ['Olga Petrenko']]],
  turns: [
    ['#mao-zedong', 'Mao Zedong:'],
    ['#yudin', 'Yudin:'],
    ['#mao-zedong', 'Mao Zedong:'],
  ],
};

/**
 * A copy that runs the text together glues the first turn to the classification line ("Top Secret
 * Mao Zedong: …"): with no sentence end before it, that label is not set apart (the others are).
 */
const GLUED_FIRST_TURN = new Set(['PDF copy, run-on cover']);

describe('one document in every frame', () => {
  const reference = convert(FRAMES['current page']!);
  for (const [frame, text] of Object.entries(FRAMES)) {
    describe(frame, () => {
      const { xml, root, report } = convert(text);
      it('states the same header facts', () => {
        const expected = GLUED_FIRST_TURN.has(frame) ? { ...EXPECTED, turns: EXPECTED.turns.slice(1) } : EXPECTED;
        expect(facts(root)).toMatchObject(expected);
      });
      it('gives the same body', () => {
        expect(bodyText(root)).toBe(bodyText(reference.root));
      });
      it('names the funder and leaves no line of the frame in the text', () => {
        expect(texts(root, `${H}/fileDesc/titleStmt/funder`)).toEqual(['the Blue Lantern Foundation']);
        const body = bodyText(root);
        for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
          if (!BODY.some((b) => b.includes(line) || line.includes(b))) expect(body).not.toContain(line);
        }
      });
      it('is valid, and every line it took out is in the report', () => {
        expect(errors(xml)).toEqual([]);
        expect(report.removed.length).toBeGreaterThan(0);
        expect(report.removed.every((r) => r.rule.startsWith('chrome/') || r.rule.startsWith('frame/'))).toBe(true);
      });
    });
  }
});

describe('what only the current page states', () => {
  const { root, report } = convert(FRAMES['current page']!);
  it('author, record id, upload date, rights and original language', () => {
    expect(texts(root, `${H}/fileDesc/titleStmt/author`)).toEqual(['Yudin, Pavel']);
    expect(texts(root, `${H}/fileDesc/sourceDesc/bibl[@type="citation"]/idno[@type="record"]`)).toEqual(['120001']);
    expect(select(root, `${H}/fileDesc/sourceDesc/bibl[@type="citation"]/date[@type="uploaded"]`).map((d) => d.attrs.when)).toEqual(['2013-04-02']);
    expect(texts(root, `${H}/fileDesc/sourceDesc/bibl[@type="citation"]/availability/p`)).toEqual(RIGHTS);
    expect(select(root, `${H}/profileDesc/langUsage/language`).map((l) => l.attrs.ident)).toEqual(['en', 'ru']);
  });
  it('subject terms go to one keywords list whose taxonomy is declared', () => {
    expect(select(root, `${H}/profileDesc/textClass/keywords[@scheme="#source-subjects"]/term`).map((t) => [t.attrs.type, textContent(t)])).toEqual([
      ['person', 'Mao, Zedong, 1893-1976'],
      ['org', 'Communist Party of China'],
      ['place', 'Beijing (China)'],
      ['topic', 'Agriculture'],
    ]);
    expect(select(root, `${H}/encodingDesc/classDecl/taxonomy`).map((t) => t.attrs['xml:id'])).toEqual(['source-subjects']);
  });
  it('reports each line of the labelled blocks with its rule', () => {
    const rules = new Map(report.removed.map((r) => [r.text.trim(), r.rule]));
    expect(rules.get('Skip to content')).toBe('chrome/nav');
    expect(rules.get('Author(s):')).toBe('frame/label');
    expect(rules.get('Yudin, Pavel')).toBe('frame/author');
    expect(rules.get(SUMMARY)).toBe('frame/summary');
    expect(rules.get('120001')).toBe('frame/recordId');
    expect(rules.get(FUNDING)).toBe('frame/funder');
  });
});

describe('a value whose label the copy dropped', () => {
  it('is reported as unknown, never kept as body text', () => {
    const { report } = convert(FRAMES['copy with single line breaks and dropped labels']!);
    expect(report.removed.find((r) => r.text === 'Memorandum of Conversation')?.rule).toBe('frame/unknown');
  });
});

describe('a page cut at any character', () => {
  it('still gives a valid file and a report', () => {
    const page = FRAMES['current page']!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: page.length }), (end) => {
        const { xml, report } = convert(page.slice(0, end));
        expect(errors(xml)).toEqual([]);
        expect(report.documents.length).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});
