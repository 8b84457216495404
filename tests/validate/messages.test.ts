/**
 * Grammar messages as good as jing's: one message per fault, naming the element, the
 * attribute and what is allowed, at the element's start tag; libxml2's cascades (the parent
 * blamed for "extra content", "Expecting an element …, got nothing") collapsed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateTei } from '../../src/validate/index.js';
import { RelaxNgSchema } from '../../src/validate/relaxng.js';

const INVALID = 'tests/fixtures/invalid';

/** Every grammar message (`line:column message`) of each broken document the project schema rejects. */
const MESSAGES: [name: string, messages: string[]][] = [
  ["archival-component-unknown-type", ["24:151 value \"folder\" of attribute \"type\" of element \"idno\" is invalid; must be equal to \"fond\", \"opis\", \"delo\", \"por\", \"papka\", \"list\", \"listy\", \"box\" or \"file\""]],
  ["bad-cert-value", ["56:13 value \"probable\" of attribute \"cert\" of element \"date\" is invalid; must be equal to \"low\", \"medium\" or \"high\""]],
  ["bad-date-format", ["56:13 value \"22.01.1950\" of attribute \"when\" of element \"date\" is invalid; must be an ISO date (YYYY-MM-DD), a year (YYYY), an ISO year and month (YYYY-MM), an ISO month and day (--MM-DD) or an ISO date and time (YYYY-MM-DDThh:mm:ss)"]],
  ["bad-date-impossible", ["56:13 value \"1950-02-30\" of attribute \"when\" of element \"date\" is invalid; must be an ISO date (YYYY-MM-DD), a year (YYYY), an ISO year and month (YYYY-MM), an ISO month and day (--MM-DD) or an ISO date and time (YYYY-MM-DDThh:mm:ss)"]],
  ["bad-xml-id", ["36:11 value \"2mao\" of attribute \"xml:id\" of element \"person\" is invalid; must be an XML name without colons", "56:7 value \"#2mao\" of attribute \"who\" of element \"sp\" is invalid; must be a URI matching the regular expression \"#[\\i-[:]][\\c-[:]]*\""]],
  ["duplicate-id", ["36:11 value \"stalin\" of attribute \"xml:id\" of element \"person\" is defined more than once"]],
  ["gap-bad-reason", ["56:18 value \"omitted in original\" of attribute \"reason\" of element \"gap\" is invalid; must be equal to \"editorial\", \"signature\" or \"illegible\""]],
  ["hi-bad-rend", ["56:18 value \"underline\" of attribute \"rend\" of element \"hi\" is invalid; must be equal to \"italic\" or \"bold\""]],
  ["no-namespace", ["2:1 element \"TEI\" is not in the namespace the schema expects; add xmlns=\"http://www.tei-c.org/ns/1.0\""]],
  ["note-unknown-type", ["56:7 value \"comment\" of attribute \"type\" of element \"note\" is invalid; must be equal to \"classification\", \"distribution\", \"archival\", \"footnote\", \"editorial\", \"credit\" or \"citation\""]],
  ["p-after-div", ["60:7 element \"p\" is not allowed here in \"body\"; expected the end of the element or element \"closer\", \"div\" or \"note\""]],
  ["resp-unknown-word", ["8:11 content of element \"resp\" is invalid; must be equal to \"translated by\", \"contributed by\", \"recorded by\", \"checked by\", \"transcribed by\" or \"obtained by\""]],
  ["sp-speaker-not-first", ["57:9 element \"p\" is not allowed here in \"sp\"; expected element \"speaker\""]],
  ["sp-without-speaker", ["57:9 element \"p\" is not allowed here in \"sp\"; expected element \"speaker\""]],
  ["supplied-bad-reason", ["56:18 value \"gloss\" of attribute \"reason\" of element \"supplied\" is invalid; must be equal to \"explanation\" or \"subaudible\""]],
  ["two-standard-names", ["34:13 value \"standard\" of attribute \"type\" of element \"persName\" is invalid; must be equal to \"variant\""]],
  ["unknown-attribute", ["56:7 attribute \"rend\" is not allowed on element \"p\", which takes no attributes"]],
  ["unknown-element", ["56:18 element \"emph\" is not allowed anywhere in \"p\"; expected the end of the element, text or element \"add\", \"date\", \"expan\", \"foreign\", \"gap\", \"hi\", \"idno\", \"incident\", \"note\", \"num\", \"orgName\", \"pb\", \"persName\", \"placeName\", \"ref\", \"sic\", \"space\", \"stage\", \"supplied\" or \"title\""]],
  ["wrong-root", ["2:1 element \"html\" is not allowed as the root; expected element \"TEI\" or \"teiCorpus\""]],
];

let schema: RelaxNgSchema;
beforeAll(() => {
  schema = RelaxNgSchema.load('schemas/teikit.rng');
});

const grammarMessages = (file: string) =>
  validateTei(readFileSync(file, 'utf8'), file, { schema, rules: 'none' })
    .filter((d) => d.rule === 'schema/invalid')
    .map((d) => `${d.line}:${d.column} ${d.message}`);

describe('grammar messages of the broken documents', () => {
  it.each(MESSAGES)('%s', (name, messages) => {
    expect(grammarMessages(`${INVALID}/${name}.xml`)).toEqual(messages);
  });

  it('no other broken document has a grammar message', () => {
    const others = readdirSync(INVALID).filter((f) => f.endsWith('.xml') && !MESSAGES.some(([n]) => `${n}.xml` === f));
    for (const f of others) expect(grammarMessages(`${INVALID}/${f}`), f).toEqual([]);
  });
});
