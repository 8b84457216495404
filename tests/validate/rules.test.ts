import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateTei } from '../../src/validate/index.js';
import { RelaxNgSchema } from '../../src/validate/relaxng.js';
import { checkRules, dateProblem, RULES } from '../../src/validate/rules.js';
import { readXml } from '../../src/tei/reader.js';
import { locator } from '../../src/tei/positions.js';

const INVALID = 'tests/fixtures/invalid';

/**
 * Each broken document: the diagnostics (`rule line:column`) it must produce, and whether the
 * grammar rejects it too. The rules beyond grammar that fire must be exactly the ones listed.
 */
const CASES: [name: string, expected: string[], grammar: boolean][] = [
  ['archival-component-partial', ['idno-components 24:117'], false],
  ['archival-component-unknown-type', ['idno-components 24:151', 'schema/invalid 24:13'], true],
  ['archival-component-untagged', ['idno-components 24:13'], false],
  ['archival-component-wrong-type', ['idno-components 24:81'], false],
  ['archival-idno-without-components', ['idno-components 24:13'], false],
  ['bad-cert-value', ['schema/invalid 56:13'], true],
  ['bad-date-format', ['date-valid 56:13', 'schema/invalid 56:13'], true],
  ['bad-date-impossible', ['date-valid 56:13', 'schema/invalid 56:13'], true],
  ['bad-xml-id', ['xml/not-well-formed 36:32'], false],
  ['bracket-in-speaker-p', ['no-bracket-text 58:9'], false],
  ['bracket-in-text', ['no-bracket-text 56:7'], false],
  ['dangling-ref', ['pointer-resolves 56:23'], false],
  ['dangling-who', ['pointer-resolves 56:7'], false],
  ['date-in-future', ['date-valid 56:13'], false],
  ['duplicate-id', ['id-unique 36:11', 'xml/not-well-formed 36:34'], false],
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
  ['two-standard-names', ['person-declared-once 32:11', 'schema/invalid 32:11'], true],
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
    const found = validateTei(readFileSync(file, 'utf8'), file, { schema });
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
    return checkRules(root, 'x.xml', locator(xml, root), now).map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`);
  };
  const TEI = (body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n${body}\n</body></text>\n</TEI>`;

  it('every rule has a unique id and a description', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULES.every((r) => r.description.length > 0)).toBe(true);
  });

  it('decides "the future" from the given now, not the clock', () => {
    const xml = TEI('<p><date when="1950-01-02">2 January 1950</date></p>');
    expect(run(xml, Date.UTC(1950, 0, 1))).toEqual(['date-valid 3:4 @when="1950-01-02" lies in the future']);
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

describe('dateProblem', () => {
  const now = Date.UTC(2024, 0, 1);
  it.each([
    ['1949', undefined],
    ['1949-04', undefined],
    ['1949-04-13', undefined],
    ['--12-31', undefined],
    ['--02-29', undefined],
    ['1951-06-13T19:55:00', undefined],
    ['1951-06-13T19:55:00+03:00', undefined],
    ['1949-13', 'is not a real calendar date'],
    ['1949-02-29', 'is not a real calendar date'],
    ['1951-06-13T24:00:00', 'has an impossible time'],
    ['2024-01-02', 'lies in the future'],
    ['13.4', 'is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD, with an optional Thh:mm:ss)'],
    ['1951-06-13T19:55', 'is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD, with an optional Thh:mm:ss)'],
  ])('%s', (when, problem) => {
    expect(dateProblem(when, now)).toBe(problem);
  });
});
