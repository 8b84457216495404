import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { findPrintedSources } from '../../src/rules/printed-source.js';

function at(text: string, sub: string, from = 0): number {
  const i = text.indexOf(sub, from);
  if (i < 0) throw new Error(`${sub} not in ${text}`);
  return i;
}

const sources = (text: string) => findPrintedSources(text).map((m) => m.source);

const LEDOVSKII_EDITORS = ['Andrei Ledovskii', 'Raisa Mirovitskaia', 'Vladimir Miasnikov'];
const LEDOVSKII = {
  editors: LEDOVSKII_EDITORS,
  title: 'Sovetsko-Kitaiskie Otnosheniia',
  volume: '5',
  part: '2',
  place: 'Moscow',
  publisher: 'Pamiatniki Istoricheskoi Mysli',
  date: '2005',
  note: '1946-February 1950',
};
const JIANGUO_NOTE =
  "This selection was co-edited by the Chinese Communist Party Central Committee's Document Research Unit and the Central Archives";

describe('findPrintedSources: the sources', () => {
  it('parses the Ledovskii collection of a citation line and only that part', () => {
    const text =
      '"Ciphered Telegram No. 53517 from Kovalev to Filippov [Stalin]," April 13, 1949, History and Public Policy Program Digital Archive, APRF, F. 45, Op. 1, D. 331, Ll. 15-21, and RGASPI, f. 558, op. 11, d. 331, ll. 0015-0021. Reprinted in Andrei Ledovskii, Raisa Mirovitskaia and Vladimir Miasnikov, Sovetsko-Kitaiskie Otnosheniia, Vol. 5, Book 2, 1946-February 1950 (Moscow: Pamiatniki Istoricheskoi Mysli, 2005), pp. 116-120. Translated by Sergey Radchenko.';
    const start = at(text, 'Andrei');
    const end = at(text, '116-120') + 7;
    expect(findPrintedSources(text)).toEqual([
      {
        start,
        end,
        source: { ...LEDOVSKII, text: text.slice(start, end), pages: { from: '116', to: '120' } },
      },
    ]);
    expect(text.slice(start, end)).toMatch(/^Andrei Ledovskii, .*pp\. 116-120$/);
  });

  it('skips "Source:" before an archival identifier in the raw markdown line and reads the reprint', () => {
    const line = readFileSync('sources/1949-06-27-stalin-ccp-delegation.txt', 'utf8').split('\n')[3]!;
    const [m, ...rest] = findPrintedSources(line);
    expect(rest).toEqual([]);
    expect(m!.source).toEqual({ ...LEDOVSKII, text: m!.source.text, pages: { from: '148', to: '151' } });
    expect(m!.start).toBe(at(line, 'Andrei'));
    expect(line.slice(m!.end, m!.end + 14)).toBe('. Translated f');
  });

  it('reads the Chinese collection and the Bulletin of the raw markdown line', () => {
    const line = readFileSync('sources/1949-06-27-stalin-ccp-delegation.txt', 'utf8').split('\n')[85]!;
    const [jianguo, bulletin, ...rest] = findPrintedSources(line);
    expect(rest).toEqual([]);
    expect(jianguo!.source).toEqual({
      text: line.slice(at(line, 'Jianguo'), at(line, '40-41') + 5),
      editors: [],
      title: 'Jianguo Yilai Liu Shaoqi Wengao',
      volume: '1',
      place: 'Beijing',
      date: '2005',
      pages: { from: '40', to: '41' },
      note: JIANGUO_NOTE,
    });
    expect(bulletin).toEqual({
      start: at(line, 'Bulletin #16'),
      end: at(line, 'CWIHP**') + 5,
      source: { text: 'Bulletin #16 by CWIHP', editors: [], title: 'Bulletin', volume: '16', publisher: 'CWIHP' },
    });
  });

  it('reads the same line without markdown, "Source:" included', () => {
    const text = `Source: Jianguo Yilai Liu Shaoqi Wengao (${JIANGUO_NOTE}) Vol. 1, (Beijing, 2005), pp. 40-41. Translated from Chinese by David Wolff. Published in Bulletin #16 by CWIHP`;
    const found = findPrintedSources(text);
    expect(found.map((m) => [m.start, m.end])).toEqual([
      [8, at(text, '40-41') + 5],
      [at(text, 'Bulletin'), text.length],
    ]);
    expect(found.map((m) => m.source.title)).toEqual(['Jianguo Yilai Liu Shaoqi Wengao', 'Bulletin']);
    expect(found.every((m) => m.review === undefined)).toBe(true);
  });
});

describe('findPrintedSources: variants', () => {
  it('reads "Published in:" with "eds." and a single page', () => {
    const text = 'Published in: Andrei Ledovskii and Raisa Mirovitskaia, eds., Russko-kitaiskie otnosheniia, Vol. 4, p. 7.';
    expect(findPrintedSources(text)).toEqual([
      {
        start: 14,
        end: text.length - 1,
        source: {
          text: text.slice(14, -1),
          editors: ['Andrei Ledovskii', 'Raisa Mirovitskaia'],
          title: 'Russko-kitaiskie otnosheniia',
          volume: '4',
          pages: { from: '7' },
        },
      },
    ]);
  });

  it('reads editors named in parentheses after the title, and keeps other parentheses as notes', () => {
    expect(sources('Source: Jianguo Yilai Mao Zedong Wengao (Zhonggong Zhongyang Wenxian Yanjiushi, ed.) Vol. 1 (Beijing: Zhongyang Wenxian Chubanshe, 1987), pp. 231-232.')).toEqual([
      {
        text: 'Jianguo Yilai Mao Zedong Wengao (Zhonggong Zhongyang Wenxian Yanjiushi, ed.) Vol. 1 (Beijing: Zhongyang Wenxian Chubanshe, 1987), pp. 231-232',
        editors: ['Zhonggong Zhongyang Wenxian Yanjiushi'],
        title: 'Jianguo Yilai Mao Zedong Wengao',
        volume: '1',
        place: 'Beijing',
        publisher: 'Zhongyang Wenxian Chubanshe',
        date: '1987',
        pages: { from: '231', to: '232' },
      },
    ]);
    expect(sources('Reprinted in Documents on Korea (eds. Jae Kim and Olga Petrenko) (Seoul, 2001), p. 7.')[0]).toMatchObject({ editors: ['Jae Kim', 'Olga Petrenko'], title: 'Documents on Korea' });
    expect(sources('Reprinted in Documents on Korea (second edition, revised) (Seoul, 2001), p. 7.')[0]).toMatchObject({ editors: [], note: 'second edition, revised' });
  });

  it('reads "(ed.)" after initials, an en-dash page range and an imprint without publisher', () => {
    expect(sources('Reprinted in A. B. Smith (ed.), Documents on China (London, 1990), pp. 12–15.')).toEqual([
      {
        text: 'A. B. Smith (ed.), Documents on China (London, 1990), pp. 12–15',
        editors: ['A. B. Smith'],
        title: 'Documents on China',
        place: 'London',
        date: '1990',
        pages: { from: '12', to: '15' },
      },
    ]);
  });

  it('reads a Part and a full imprint after two editors with initials', () => {
    expect(sources('Reprinted in A. B. Smith and C. D. Jones, Documents, Part 3 (Moscow: Nauka, 1999), p. 17.')[0]).toEqual({
      text: 'A. B. Smith and C. D. Jones, Documents, Part 3 (Moscow: Nauka, 1999), p. 17',
      editors: ['A. B. Smith', 'C. D. Jones'],
      title: 'Documents',
      part: '3',
      place: 'Moscow',
      publisher: 'Nauka',
      date: '1999',
      pages: { from: '17' },
    });
  });

  it('does not take words of a title with commas for editors', () => {
    expect(sources('Reprinted in Mao, Stalin and the Korean War, Vol. 2, p. 5. Translated by Ann Li.')).toEqual([
      { text: 'Mao, Stalin and the Korean War, Vol. 2, p. 5', editors: [], title: 'Mao, Stalin and the Korean War', volume: '2', pages: { from: '5' } },
    ]);
  });

  it('reads a lower-case volume and a publisher in the imprint, without trailing period', () => {
    expect(sources('Printed in Zhou Enlai Nianpu, vol. 1 (Beijing: Zhongyang Wenxian Chubanshe, 1997), p. 12')).toEqual([
      {
        text: 'Zhou Enlai Nianpu, vol. 1 (Beijing: Zhongyang Wenxian Chubanshe, 1997), p. 12',
        editors: [],
        title: 'Zhou Enlai Nianpu',
        volume: '1',
        place: 'Beijing',
        publisher: 'Zhongyang Wenxian Chubanshe',
        date: '1997',
        pages: { from: '12' },
      },
    ]);
  });

  it('keeps an issue range and a season that is not an imprint as note', () => {
    expect(sources('First published in Cold War International History Project Bulletin, No. 6-7 (Winter 1995/1996), pp. 5-9.')).toEqual([
      {
        text: 'Cold War International History Project Bulletin, No. 6-7 (Winter 1995/1996), pp. 5-9',
        editors: [],
        title: 'Cold War International History Project Bulletin',
        volume: '6-7',
        pages: { from: '5', to: '9' },
        note: 'Winter 1995/1996',
      },
    ]);
  });

  it('reads a year-only imprint as the date', () => {
    expect(sources('Reprinted in Some Collection (2005), p. 3.')).toEqual([
      { text: 'Some Collection (2005), p. 3', editors: [], title: 'Some Collection', date: '2005', pages: { from: '3' } },
    ]);
  });

  it('finds two printed sources in one line, the second with "No." as its number', () => {
    const text = 'Reprinted in Some Collection, Vol. 2, pp. 3-4. Published in Bulletin No. 5 by CWIHP.';
    expect(findPrintedSources(text).map((m) => [m.start, m.end, m.source.title, m.source.volume, m.source.publisher])).toEqual([
      [13, 45, 'Some Collection', '2', undefined],
      [60, 83, 'Bulletin', '5', 'CWIHP'],
    ]);
  });

  it('keeps what it cannot read in the title and asks for review', () => {
    expect(findPrintedSources('Reprinted in Pravda, 12 March 1950.')).toEqual([
      {
        start: 13,
        end: 34,
        source: { text: 'Pravda, 12 March 1950', editors: [], title: 'Pravda, 12 March 1950' },
        review: 'printed source without volume, imprint or pages: check the reading',
      },
    ]);
  });

  it('reads a publication after no-break spaces and stops at the end of the line', () => {
    const text = 'Reprinted in\u00a0Some Collection,\u00a0Vol.\u00a03,\u00a0pp.\u00a01-2\nTranslated by Ann Li';
    expect(findPrintedSources(text)).toEqual([
      {
        start: 13,
        end: at(text, '1-2') + 3,
        source: { text: 'Some Collection,\u00a0Vol.\u00a03,\u00a0pp.\u00a01-2', editors: [], title: 'Some Collection', volume: '3', pages: { from: '1', to: '2' } },
      },
    ]);
  });
});

describe('findPrintedSources: what is not a printed source', () => {
  it('ignores "Source:" before an archival identifier or a digital archive', () => {
    expect(findPrintedSources('Source: APRF, f. 3, op. 65, d. 5, ll. 1-3.')).toEqual([]);
    expect(findPrintedSources('Source: Wilson Center Digital Archive.')).toEqual([]);
  });

  it('ignores "published in" inside prose', () => {
    expect(findPrintedSources('Mao said the works were published in various local publishing houses (1949), pp. 3.')).toEqual([]);
  });

  it('finds nothing in citation lines without a printed source', () => {
    for (const name of ['1945-10-10-petrov-mao-zhou-wang.txt', '1949-01-13-terebin-to-kuznetsov-mao-to-filippov.txt', '1949-12-16-stalin-mao-two-meetings.txt']) {
      expect(findPrintedSources(readFileSync(`sources/${name}`, 'utf8'))).toEqual([]);
    }
  });
});
