import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateTei } from '../../src/validate/index.js';
import { RelaxNgSchema } from '../../src/validate/relaxng.js';
import { checkRules, RULES } from '../../src/validate/rules.js';
import { w3cDate } from '../../src/util/w3c-date.js';
import { readXml } from '../../src/tei/reader.js';
import { locator } from '../../src/tei/positions.js';

const INVALID = 'tests/fixtures/invalid';

/**
 * Each broken document: the diagnostics (`rule line:column`) it must produce, and whether the
 * grammar rejects it too. The rules beyond grammar that fire must be exactly the ones listed.
 */
const CASES: [name: string, expected: string[], grammar: boolean][] = [
  ['archival-component-partial', ['idno-components 24:117'], false],
  ['archival-component-unknown-type', ['idno-components 24:151', 'schema/invalid 24:151'], true],
  ['archival-component-untagged', ['idno-components 24:13'], false],
  ['archival-component-wrong-type', ['idno-components 24:81'], false],
  ['archival-idno-without-components', ['idno-components 24:13'], false],
  ['bad-cert-value', ['schema/invalid 56:13'], true],
  ['bad-date-format', ['schema/invalid 56:13'], true],
  ['bad-date-impossible', ['schema/invalid 56:13'], true],
  ['bad-xml-id', ['schema/invalid 36:11', 'schema/invalid 56:7'], true],
  ['bracket-in-speaker-p', ['no-bracket-text 58:9'], false],
  ['bracket-in-text', ['no-bracket-text 56:7'], false],
  ['dangling-ref', ['pointer-resolves 56:23'], false],
  ['dangling-who', ['pointer-resolves 56:7'], false],
  ['date-in-future', ['date-valid 56:13'], false],
  ['duplicate-id', ['schema/invalid 36:11'], true],
  ['empty-file', ['xml/empty 1:1'], false],
  ['empty-p', ['no-empty-p 56:7'], false],
  ['entity-declared-twice', ['person-declared-once 39:11'], false],
  ['gap-bad-reason', ['schema/invalid 56:18'], true],
  ['hi-bad-rend', ['schema/invalid 56:18'], true],
  ['markdown-bold', ['no-markdown 56:7'], false],
  ['markdown-italic', ['no-markdown 56:7'], false],
  ['markdown-sup', ['no-markdown 56:7'], false],
  ['no-namespace', ['schema/invalid 2:1'], true],
  ['not-well-formed-mismatched', ['xml/not-well-formed 58:43'], false],
  ['not-well-formed-unclosed', ['xml/not-well-formed 59:7'], false],
  ['note-unknown-type', ['schema/invalid 56:7'], true],
  ['noteanchor-to-person', ['pointer-kind 56:23'], false],
  ['p-after-div', ['schema/invalid 60:7'], true],
  ['persname-ref-to-place', ['pointer-kind 56:25'], false],
  ['resp-unknown-word', ['schema/invalid 8:11'], true],
  ['sp-speaker-not-first', ['schema/invalid 57:9'], true],
  ['sp-without-speaker', ['schema/invalid 57:9'], true],
  ['supplied-bad-reason', ['schema/invalid 56:18'], true],
  ['two-standard-names', ['person-declared-once 32:11', 'schema/invalid 34:13'], true],
  ['unknown-attribute', ['schema/invalid 56:7'], true],
  ['unknown-element', ['schema/invalid 56:18'], true],
  ['whitespace-only', ['xml/empty 1:1'], false],
  ['who-points-to-place', ['pointer-kind 56:7'], false],
  ['wrong-root', ['tei/root 1:1', 'schema/invalid 2:1'], true],
];

let schema: RelaxNgSchema;
beforeAll(() => {
  schema = RelaxNgSchema.load('schemas/teikit.rng');
});

describe('broken documents', () => {
  it('has a case for every fixture, and at least 30', () => {
    const files = readdirSync(INVALID).filter((f) => f.endsWith('.xml')).map((f) => f.replace(/\.xml$/, '')).sort();
    expect(CASES.map(([n]) => n).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('%s', (name, expected, grammar) => {
    const file = `${INVALID}/${name}.xml`;
    const found = validateTei(readFileSync(file, 'utf8'), file, { schema, rules: 'teikit' });
    const at = found.map((d) => `${d.rule} ${d.line}:${d.column}`);
    for (const e of expected) expect(at).toContain(e);
    const rules = (list: string[]) => [...new Set(list.map((s) => s.split(' ')[0]!).filter((r) => r !== 'schema/invalid'))].sort();
    expect(rules(at)).toEqual(rules(expected));
    expect(found.some((d) => d.rule === 'schema/invalid')).toBe(grammar);
    expect(found.every((d) => d.severity === 'error' && d.file === file)).toBe(true);
  });
});

describe('rules on a tree', () => {
  const run = (xml: string, now?: number) => {
    const root = readXml(xml);
    return checkRules(root, 'x.xml', locator(xml, root), { profile: 'teikit', ...(now !== undefined ? { now } : {}) }).map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`);
  };
  const TEI = (body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n${body}\n</body></text>\n</TEI>`;

  it('every rule has a unique id and a description', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULES.every((r) => r.description.length > 0)).toBe(true);
  });

  it('decides "the future" from the given now, not the clock', () => {
    const xml = TEI('<p><date when="1950-01-02">2 January 1950</date></p>');
    expect(run(xml, Date.UTC(1950, 0, 1))).toEqual(['date-valid 3:4 @when="1950-01-02" of date lies in the future']);
    expect(run(xml, Date.UTC(1950, 0, 2))).toEqual([]);
  });

  it('accepts hand-edited markup in another prefix and reads components of an unknown system leniently', () => {
    const xml = '<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"><tei:text><tei:body><tei:p><tei:idno type="archival">MOL, XIX-J-1-j, <tei:idno type="box">4</tei:idno>. doboz</tei:idno></tei:p></tei:body></tei:text></tei:TEI>';
    expect(run(xml)).toEqual([]);
  });

  it('does not take single asterisks of arithmetic or footnote stars for markdown', () => {
    expect(run(TEI('<p>2 * 3 = 6, and the star * alone.</p>'))).toEqual([]);
    expect(run(TEI('<p>the <hi rend="italic">priem</hi> was *warm*</p>'))).toEqual(['no-markdown 3:1 markdown left in text: "*warm*"']);
  });

  it('keeps brackets in citations, notes and speakers, not in running text', () => {
    expect(run(TEI('<note type="editorial">[sic]</note><sp who="#x"><speaker>Filippov [Stalin]:</speaker><p>Yes.</p></sp>')).filter((d) => !d.startsWith('pointer'))).toEqual([]);
    expect(run(TEI('<p>Yes [of the CC] no</p>'))).toEqual(['no-bracket-text 3:1 bracket left in text: "[of the CC]"; use supplied, expan, gap or foreign']);
    // A lone bracket the source left unbalanced (a page cut mid-bracket) is text, not an editorial insertion.
    expect(run(TEI('<p>Yes ] no [and so</p>'))).toEqual([]);
  });
});

describe('W3C dates (TEI data.temporal.w3c)', () => {
  it.each([
    ['1949', 'gYear'],
    ['-0044', 'gYear'],
    ['1949-04', 'gYearMonth'],
    ['1949-04-13', 'date'],
    ['1949-04-13+03:00', 'date'],
    ['--12-31', 'gMonthDay'],
    ['--02-29', 'gMonthDay'],
    ['--04', 'gMonth'],
    ['---13', 'gDay'],
    ['19:55:00', 'time'],
    ['1951-06-13T19:55:00', 'dateTime'],
    ['1951-06-13T19:55:00Z', 'dateTime'],
  ])('%s is a %s', (value, form) => {
    expect(w3cDate(value)).toMatchObject({ date: { form } });
  });
  it.each([
    ['1949-13', 'is not a real calendar date'],
    ['1949-02-29', 'is not a real calendar date'],
    ['1951-06-13T24:00:00', 'has an impossible time'],
    ['13.4', 'is not a W3C date: YYYY, YYYY-MM, YYYY-MM-DD, --MM, --MM-DD, ---DD, hh:mm:ss, or YYYY-MM-DDThh:mm:ss, with an optional time zone'],
    ['1951-06-13T19:55', 'is not a W3C date: YYYY, YYYY-MM, YYYY-MM-DD, --MM, --MM-DD, ---DD, hh:mm:ss, or YYYY-MM-DDThh:mm:ss, with an optional time zone'],
  ])('%s %s', (value, problem) => {
    expect(w3cDate(value)).toEqual({ problem });
  });
});
