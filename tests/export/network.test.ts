import { describe, expect, it } from 'vitest';
import { buildNetwork, documentLinks, LIST_SEPARATOR, type Network } from '../../src/export/network.js';
import { corpusNetwork, type CorpusPerson } from '../../src/export/corpus.js';
import { readXml } from '../../src/tei/reader.js';
import { exportGexf } from '../../src/export/gexf.js';
import { exportCsv } from '../../src/export/csv.js';
import { corpusOf } from '../helpers/corpus.js';
import { readCsv, readGexf } from '../helpers/formats.js';

const network = corpusNetwork(corpusOf('tei-out'));
const edge = (id: string) => network.edges.find((e) => e.id === id);

/** The network as graphology reads it back from GEXF, in the shape buildNetwork gives. */
function fromGexf(xml: string) {
  const g = readGexf(xml);
  const list = (v: unknown) => (v ? String(v).split(LIST_SEPARATOR) : []);
  return {
    nodes: g.mapNodes((id, a) => ({ id, name: a.label as string, variants: list(a.variants), authority: list(a.authority), documents: list(a.documents) })),
    edges: g.mapEdges((id, a, source, target, _sa, _ta, undirected) => ({ id, source, target, relation: a.relation as string, directed: !undirected, weight: a.weight as number, documents: list(a.documents) })),
  };
}

function fromCsv(tables: { nodes: string; edges: string }) {
  const list = (v: string) => (v ? v.split(LIST_SEPARATOR) : []);
  return {
    nodes: readCsv(tables.nodes).map((r) => ({ id: r.id, name: r.label, variants: list(r.variants!), authority: list(r.authority!), documents: list(r.documents!) })),
    edges: readCsv(tables.edges).map((r) => ({ id: r.id, source: r.source, target: r.target, relation: r.relation, directed: r.type === 'directed', weight: Number(r.weight), documents: list(r.documents!) })),
  };
}

describe('the corpus network of tei-out', () => {
  it('links the sender of a telegram to its addressee, with the document', () => {
    expect(edge('sent-to:mao-zedong:stalin')).toEqual({ id: 'sent-to:mao-zedong:stalin', source: 'mao-zedong', target: 'stalin', relation: 'sent to', directed: true, weight: 1, documents: ['doc-1949-01-13-terebin-to-kuznetsov-mao-to-filippov'] });
    expect(edge('sent-to:kovalev:stalin')?.documents).toEqual(['doc-1949-04-13-kovalev-to-filippov-53517']);
  });

  it('weights dialogue by the turns in which one speaker answers the other', () => {
    const spoke = edge('spoke-with:mao-zedong:stalin')!;
    expect(spoke.documents).toEqual(['doc-1949-12-16-stalin-mao-two-meetings-1', 'doc-1949-12-16-stalin-mao-two-meetings-2']);
    expect(spoke.weight).toBeGreaterThan(20);
    expect(spoke.directed).toBe(false);
  });

  it('links persons named in one document, and gives each person the variants and documents', () => {
    expect(edge('co-mentioned:kuznetsov:terebin')?.documents).toEqual(['doc-1949-01-13-terebin-to-kuznetsov-mao-to-filippov']);
    const stalin = network.nodes.find((n) => n.id === 'stalin')!;
    expect(stalin.name).toBe('Joseph Stalin');
    expect(stalin.variants).toContain('Filippov');
    // Every document but the 1945 conversation, which does not name him.
    expect(stalin.documents).toHaveLength(6);
    expect(stalin.documents).not.toContain('doc-1945-10-10-petrov-mao-zhou-wang');
  });
});

describe('the one definition of each edge', () => {
  const tei = readXml(`<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc><profileDesc><correspDesc>
<correspAction type="sent"><persName ref="#a">A</persName></correspAction>
<correspAction type="received"><persName ref="#b">B</persName><persName ref="#c #b">C</persName></correspAction></correspDesc></profileDesc></teiHeader>
<text><body>${['#a', '#b', '#a', '#a', '', '#c', '#b', '#c #a'].map((w) => (w ? `<sp who="${w}"><p>x</p></sp>` : '<sp><p>x</p></sp>')).join('')}
<p><persName ref="#d">D</persName> and <persName ref="#zz">Z</persName></p></body></text></TEI>`);
  const links = documentLinks(tei);
  const persons = new Map(['a', 'b', 'c', 'd'].map((id) => [id, { id }]));
  const net = buildNetwork([{ key: 't', links }], persons);

  it("reads senders, addressees, each turn's first speaker and every person pointed to", () => {
    expect(links).toEqual({ senders: ['a'], addressees: ['b', 'c', 'b'], speakers: ['a', 'b', 'a', 'a', '', 'c', 'b', 'c'], named: ['a', 'b', 'c', 'd', 'zz'] });
  });

  it("sent to: once per document and pair; spoke with: a reply is a turn right after the other's, and a turn naming no one breaks the exchange", () => {
    expect(net.edges.filter((e) => e.relation !== 'co-mentioned').map((e) => [e.id, e.weight, e.documents])).toEqual([
      ['sent-to:a:b', 1, ['t']],
      ['sent-to:a:c', 1, ['t']],
      ['spoke-with:a:b', 2, ['t']],
      ['spoke-with:b:c', 2, ['t']],
    ]);
  });

  it('co-mentioned: each pair of declared persons; a pointer to no declared person is left out', () => {
    expect(net.edges.filter((e) => e.relation === 'co-mentioned').map((e) => e.id)).toEqual(['co-mentioned:a:b', 'co-mentioned:a:c', 'co-mentioned:a:d', 'co-mentioned:b:c', 'co-mentioned:b:d', 'co-mentioned:c:d']);
    expect(net.nodes).toEqual(['a', 'b', 'c', 'd'].map((id) => ({ id, documents: ['t'] })));
  });
});

describe('GEXF and CSV read back', () => {
  it('carry the verified authority identifiers of the TEI person lists: Stalin and Mao Zedong on Wikidata', () => {
    const authority = (tables: { nodes: { id?: string; authority: string[] }[] }) => tables.nodes.filter((n) => n.authority.length).map((n) => [n.id, n.authority]);
    const expected = [
      ['mao-zedong', ['http://www.wikidata.org/entity/Q5816']],
      ['stalin', ['http://www.wikidata.org/entity/Q855']],
    ];
    expect(authority(fromGexf(exportGexf(network)))).toEqual(expected);
    expect(authority(fromCsv(exportCsv(network)))).toEqual(expected);
  });

  it('graphology-gexf reads the same nodes and edges', () => {
    const back = fromGexf(exportGexf(network));
    expect(back.nodes).toEqual(network.nodes.map(({ id, name, variants, authority, documents }) => ({ id, name, variants, authority, documents })));
    expect(back.edges).toEqual(network.edges);
  });

  it('csv-parse reads the same nodes and edges from RFC 4180 tables', () => {
    const back = fromCsv(exportCsv(network));
    expect(back.nodes).toEqual(network.nodes.map(({ id, name, variants, authority, documents }) => ({ id, name, variants, authority, documents })));
    expect(back.edges).toEqual(network.edges);
  });

  it('keeps quotes, commas, line breaks and ampersands in both', () => {
    const tricky: Network<CorpusPerson> = {
      nodes: [
        { id: 'a', name: 'Pak, "the elder"', variants: ['Pak\r\nHon-yong', 'A & B'], authority: ['http://www.wikidata.org/entity/Q855'], documents: ['d,1'] },
        { id: 'b', name: 'B &amp; C', variants: [], authority: [], documents: ['d,1'] },
      ],
      edges: [{ id: 'sent-to:a:b', source: 'a', target: 'b', relation: 'sent to', directed: true, weight: 2, documents: ['d,1'] }],
    };
    const tables = exportCsv(tricky);
    expect(tables.nodes).toContain('\r\na,"Pak, ""the elder""","Pak\r\nHon-yong | A & B",http://www.wikidata.org/entity/Q855,"d,1"\r\n');
    expect(fromCsv(tables)).toEqual(tricky);
    expect(fromGexf(exportGexf(tricky)).nodes.map((n) => n.name)).toEqual(['Pak, "the elder"', 'B &amp; C']);
  });
});
