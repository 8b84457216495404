/** The corpus of TEI files in a folder, as the corpus exports read it. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readXml } from '../../src/tei/reader.js';
import { addFile, emptyCorpus, type Corpus } from '../../src/export/corpus.js';

export function corpusOf(dir: string): Corpus {
  const corpus = emptyCorpus();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.xml')).sort()) addFile(corpus, f, readXml(readFileSync(join(dir, f), 'utf8')), basename(f, '.xml'));
  return corpus;
}

/** A TEI file of one telegram, with what a test needs declared: persons (with idno children) and the correspondence. */
export function telegramTei(personIdnos = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t1" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Telegram from Mao to Stalin</title></titleStmt>
      <publicationStmt><publisher>teikit</publisher></publicationStmt>
      <sourceDesc><p>none</p></sourceDesc>
    </fileDesc>
    <profileDesc>
      <creation><date when="1949-05">May 1949</date></creation>
      <correspDesc>
        <correspAction type="sent"><persName ref="#mao-zedong">Mao</persName></correspAction>
        <correspAction type="received"><persName ref="#stalin">Stalin</persName></correspAction>
      </correspDesc>
      <particDesc>
        <listPerson>
          <person xml:id="mao-zedong"><persName type="standard">Mao Zedong</persName>
            ${personIdnos}
          </person>
          <person xml:id="stalin"><persName type="standard">Joseph Stalin</persName><idno type="wikidata">Q855</idno></person>
        </listPerson>
      </particDesc>
    </profileDesc>
  </teiHeader>
  <text><body><p>Text.</p></body></text>
</TEI>
`;
}
