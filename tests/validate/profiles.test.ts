/**
 * Rule profiles: `tei` for TEI made elsewhere (a play with group speakers, letters with a
 * standOff and pointers to other files), `teikit` for our own files; which one a file gets.
 * The style fixtures are our own, written in the manner of public drama and letter editions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { RelaxNgSchema } from '../../src/validate/relaxng.js';
import { checkRules, type Profile } from '../../src/validate/rules.js';
import { readXml } from '../../src/tei/reader.js';
import { locator } from '../../src/tei/positions.js';
import { CONSTRAINT_IDS } from '../../src/validate/constraints.js';
import { compareDiagnostics } from '../../src/diagnostics/diagnostic.js';

const STYLES = 'tests/fixtures/tei-styles';
const VALID = [`${STYLES}/drama-groups.xml`, `${STYLES}/letter-standoff.xml`];
const FAULTS = `${STYLES}/invalid/tei-faults.xml`;
const TEI_ALL = '../shared/schemas/tei_all.rng';
const haveJing = existsSync('/usr/bin/jing') && existsSync(TEI_ALL);

const rules = (xml: string, profile: Profile) => {
  const root = readXml(xml);
  return checkRules(root, 'x.xml', locator(xml, root), { profile, now: Date.UTC(2024, 0, 1) }).sort(compareDiagnostics).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
};
const TEI = (body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n${body}\n</body></text>\n</TEI>`;

let schema: RelaxNgSchema;
beforeAll(() => {
  schema = RelaxNgSchema.load('schemas/teikit.rng');
});

describe('TEI made elsewhere', () => {
  it.skipIf(!haveJing)('the style fixtures are valid against tei_all (jing)', () => {
    const run = spawnSync('/usr/bin/jing', [TEI_ALL, ...VALID, FAULTS], { encoding: 'utf8' });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(VALID)('%s: no tei-profile error (group speakers, standOff, pointers to other files)', (file) => {
    expect(rules(readFileSync(file, 'utf8'), 'tei')).toEqual([]);
  });

  it('the house rules would call a personGrp speaker an error; the tei profile does not', () => {
    expect(rules(readFileSync(VALID[0]!, 'utf8'), 'teikit').filter((d) => d.includes('pointer-kind'))).toEqual([
      '33:9 error pointer-kind @who="#villagers" of sp points to a personGrp, not a person',
      '34:9 error pointer-kind @who="#villagers" of sp points to a personGrp, not a person',
    ]);
  });

  it('reports each fault the tei rules find, and nothing else', () => {
    expect(rules(readFileSync(FAULTS, 'utf8'), 'tei')).toEqual([
      '9:11 error pointer-resolves @target of relatedItem points to "#reprint", which no xml:id in this file declares',
      '9:11 error tei-constraint a relatedItem points to the related item with @target or holds it as a child, one or the other [relatedItem-target-or-content]',
      '20:7 error tei-constraint @subtype refines @type, which is missing [subtype-needs-type]',
      '21:9 error pointer-kind @who="#bridge" of sp points to a place, not person, personGrp, persona, org, role, castItem or castGroup',
      '22:60 error pointer-resolves @ref of persName points to "#nobody", which no xml:id in this file declares',
      '22:100 warning tei-constraint @when gives the date; it cannot stand with @notBefore, @notAfter, @from or @to [datable-when-alone]',
    ]);
  });
});

describe('which profile a file gets', () => {
  it('teikit for a file teikit wrote, tei for any other; --rules overrides', () => {
    const ours = readFileSync('tei-out/1949-04-13-kovalev-to-filippov-53517.xml', 'utf8');
    const theirs = readFileSync(VALID[0]!, 'utf8');
    expect(validate(ours, 'a.xml', { schema }).profile).toBe('teikit');
    expect(validate(theirs, 'b.xml', { schema }).profile).toBe('tei');
    expect(validate(theirs, 'b.xml', { schema, rules: 'teikit' }).profile).toBe('teikit');
    expect(validate(ours, 'a.xml', { schema, rules: 'none' }).profile).toBeUndefined();
  });

  it('the future is a house rule: a TEI file may carry a date to come', () => {
    const xml = TEI('<p><date when="2999-01-01">then</date></p>');
    expect(rules(xml, 'tei')).toEqual([]);
    expect(rules(xml, 'teikit')).toEqual(['3:4 error date-valid @when="2999-01-01" of date lies in the future']);
  });
});

describe('tei rules on small trees', () => {
  it('checks every W3C date attribute, not the pointers of span', () => {
    expect(rules(TEI('<p><date from="1950-02-30" to="1951">x</date><span from="#a" to="#b">y</span><anchor xml:id="a"/><anchor xml:id="b"/></p>'), 'tei')).toEqual([
      '3:4 error date-valid @from="1950-02-30" of date is not a real calendar date',
    ]);
  });

  it('leaves pointers to other files, prefixed pointers and URLs alone', () => {
    expect(rules(TEI('<p><persName ref="register.xml#p1 psn:p2 https://example.org/p3">x</persName></p>'), 'tei')).toEqual([]);
  });

  it('@sameAs points to an element of its own name', () => {
    expect(rules(TEI('<p><persName xml:id="a">A</persName><placeName sameAs="#a">B</placeName></p>'), 'tei')).toEqual([
      '3:37 error pointer-kind @sameAs="#a" of placeName points to a persName, not a placeName',
    ]);
  });

  it.each([
    ['p-not-in-p', '<ab><p>x</p></ab>', '3:5 error tei-constraint a paragraph cannot stand inside a paragraph or an ab (TEI\'s abstract model) [p-not-in-p]'],
    ['l-not-in-l', '<lg><l>a <l>b</l></l></lg>', '3:10 error tei-constraint a verse line cannot contain lines or line groups (TEI\'s abstract model) [l-not-in-l]'],
    ['lg-has-lines', '<lg><head>x</head></lg>', '3:1 error tei-constraint a line group holds at least one l, lg or gap [lg-has-lines]'],
    ['link-two-targets', '<p xml:id="a">x<link target="#a"/></p>', '3:16 error tei-constraint @target needs at least two pointers [link-two-targets]'],
    ['spanTo-follows', '<p><anchor xml:id="e"/>x<addSpan spanTo="#e"/></p>', '3:25 error tei-constraint the element @spanTo points to must follow this one [spanTo-follows]'],
    ['relation-names-relation', '<p><relation active="#a" passive="#a"/><anchor xml:id="a"/></p>', '3:4 error tei-constraint a relation needs @name, @ref or @key [relation-names-relation]'],
  ])('%s', (id, body, message) => {
    expect(CONSTRAINT_IDS).toContain(id);
    expect(rules(TEI(body), 'tei')).toEqual([message]);
  });

  it('a note inside a line may hold a line', () => {
    expect(rules(TEI('<lg><l>a <note><l>b</l></note></l></lg>'), 'tei')).toEqual([]);
  });
});
