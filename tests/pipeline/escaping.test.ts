/**
 * Text of a source that looks like markup stays text all the way to the page: `<script>`,
 * `&` and `<`/`>` are escaped in TEI and HTML; the web copy's own emphasis (`<b>`) becomes hi.
 */
import { describe, expect, it } from 'vitest';
import { convertText } from '../../src/parse/convert.js';
import { writeTei } from '../../src/tei/writer.js';
import { readXml } from '../../src/tei/reader.js';
import { exportHtml } from '../../src/export/html.js';
import { PROJECT_SCHEMA, RelaxNgSchema } from '../../src/validate/relaxng.js';
import { validateTei } from '../../src/validate/index.js';
import { textContent } from '../../src/tei/xnode.js';
import { select } from '../helpers/query.js';

const SOURCE = [
  'Record of Conversation with Comrade Stalin, 5 May 1950',
  '',
  'Comrade Stalin: The note said <script>alert("x")</script> & nothing <b>more</b>.',
  '',
  'Mao Zedong: AT&T and 3 < 4 > 2, as <i>Pravda</i> wrote.',
  '',
].join('\n');

describe('a source holding markup-like text', () => {
  const xml = writeTei(convertText(SOURCE, 'escaping.txt').conversion);
  const root = readXml(xml);
  const html = exportHtml(root, 'escaping');

  it('writes it as escaped text in TEI, valid with the house rules', () => {
    expect(xml).toContain('The note said &lt;script&gt;alert("x")&lt;/script&gt; &amp; nothing <hi rend="bold">more</hi>.');
    expect(xml).toContain('AT&amp;T and 3 &lt; 4 &gt; 2, as <hi rend="italic">Pravda</hi> wrote.');
    const schema = RelaxNgSchema.load(PROJECT_SCHEMA);
    expect(validateTei(xml, 'escaping.xml', { schema })).toEqual([]);
    schema.dispose();
  });
  it('reads back the same characters', () => {
    expect(select(root, '//sp/p').map(textContent)).toEqual(['The note said <script>alert("x")</script> & nothing more.', 'AT&T and 3 < 4 > 2, as Pravda wrote.']);
  });
  it('puts them on the page as text, never as markup', () => {
    expect(html).toContain('The note said &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; nothing ');
    expect(html).toContain('AT&amp;T and 3 &lt; 4 &gt; 2');
    expect(html).not.toMatch(/<script/i);
  });
});
