import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { archivalIdAnnotations, findArchivalIds, lookupArchive } from '../../src/rules/archival-id.js';
import type { ArchivalIdentifier } from '../../src/model/document.js';

/** Offset of `sub` in `text` (the first one at or after `from`); fails loudly when absent. */
function at(text: string, sub: string, from = 0): number {
  const i = text.indexOf(sub, from);
  if (i < 0) throw new Error(`${sub} not in ${text}`);
  return i;
}

const summary = (text: string) =>
  findArchivalIds(text).map((m) => ({
    text: m.identifier.text,
    acronym: m.identifier.acronym,
    archive: m.identifier.archive?.acronym,
    components: m.identifier.components.map((c) => `${c.type}=${c.value}`),
    review: m.review,
  }));

/** Component offsets are pinned in their own test ('places each component'); the others compare the rest. */
function plain<T extends { identifier: ArchivalIdentifier }>(m: T): T {
  return { ...m, identifier: { ...m.identifier, components: m.identifier.components.map(({ type, value }) => ({ type, value })) } };
}

describe('findArchivalIds: Russian archives', () => {
  it('places each component at its offset in the identifier text', () => {
    const [m] = findArchivalIds('RGASPI\u00a0\u00a0F. 558. Op. 11. D.329.\u00a0 LL. 8-18.');
    expect(m!.identifier.components.map((c) => [c.value, c.offset])).toEqual([
      ['558', 11],
      ['11', 20],
      ['329', 26],
      ['8-18', 36],
    ]);
    const [box] = findArchivalIds('NARA, RG 242, SA 2009, Box 9, Item 121');
    const c = box!.identifier.components.find((x) => x.type === 'box')!;
    expect(box!.identifier.text.slice(c.offset - 4, c.offset + 1)).toBe('Box 9');
  });

  it('splits the APRF and RGASPI identifiers of one citation, stopping before ", and"', () => {
    const text =
      'History and Public Policy Program Digital Archive, APRF, F. 45, Op. 1, D. 331, Ll. 15-21, and RGASPI, f. 558, op. 11, d. 331, ll. 0015-0021. Reprinted in Andrei Ledovskii';
    const [aprf, rgaspi, ...rest] = findArchivalIds(text);
    expect(rest).toEqual([]);
    expect(plain(aprf!)).toEqual({
      start: at(text, 'APRF'),
      end: at(text, '15-21') + 5,
      identifier: {
        text: 'APRF, F. 45, Op. 1, D. 331, Ll. 15-21',
        acronym: 'APRF',
        archive: {
          acronym: 'APRF',
          name: 'Archive of the President of the Russian Federation',
          country: 'Russia',
          settlement: 'Moscow',
        },
        components: [
          { type: 'fond', value: '45' },
          { type: 'opis', value: '1' },
          { type: 'delo', value: '331' },
          { type: 'listy', value: '15-21' },
        ],
      },
      components: [
        { start: at(text, '45'), end: at(text, '45') + 2, type: 'fond', value: '45' },
        { start: at(text, 'Op. 1') + 4, end: at(text, 'Op. 1') + 5, type: 'opis', value: '1' },
        { start: at(text, '331'), end: at(text, '331') + 3, type: 'delo', value: '331' },
        { start: at(text, '15-21'), end: at(text, '15-21') + 5, type: 'listy', value: '15-21' },
      ],
    });
    expect(rgaspi!.start).toBe(at(text, 'RGASPI'));
    expect(rgaspi!.end).toBe(at(text, '0015-0021') + 9);
    expect(rgaspi!.identifier.text).toBe('RGASPI, f. 558, op. 11, d. 331, ll. 0015-0021');
    expect(rgaspi!.identifier.archive?.name).toBe('Russian State Archive of Socio-Political History');
    expect(rgaspi!.components.map((c) => c.value)).toEqual(['558', '11', '331', '0015-0021']);
    expect(rgaspi!.review).toBeUndefined();
  });

  it('reads full words fond/opis/delo/papka/listy and leaves the sentence period out', () => {
    const text = 'Wilson Center Digital Archive, AVPRF: fond 0100, opis 40, delo 7, papka 248, listy 39-44. Translated by Sergey Radchenko.';
    const [m] = findArchivalIds(text);
    expect(m!.start).toBe(31);
    expect(m!.end).toBe(at(text, '39-44') + 5);
    expect(text[m!.end]).toBe('.');
    expect(plain(m!).identifier.components).toEqual([
      { type: 'fond', value: '0100' },
      { type: 'opis', value: '40' },
      { type: 'delo', value: '7' },
      { type: 'papka', value: '248' },
      { type: 'listy', value: '39-44' },
    ]);
  });

  it('reads periods as separators and no-break spaces as spaces; the line-final period stays outside', () => {
    const text = 'RGASPI\u00a0\u00a0F. 558. Op. 11. D.329.\u00a0 LL. 8-18.';
    expect(findArchivalIds(text).map(plain)).toEqual([
      {
        start: 0,
        end: text.length - 1,
        identifier: {
          text: 'RGASPI\u00a0\u00a0F. 558. Op. 11. D.329.\u00a0 LL. 8-18',
          acronym: 'RGASPI',
          archive: lookupArchive('RGASPI'),
          components: [
            { type: 'fond', value: '558' },
            { type: 'opis', value: '11' },
            { type: 'delo', value: '329' },
            { type: 'listy', value: '8-18' },
          ],
        },
        components: [
          { start: 11, end: 14, type: 'fond', value: '558' },
          { start: 20, end: 22, type: 'opis', value: '11' },
          { start: 26, end: 29, type: 'delo', value: '329' },
          { start: 36, end: 40, type: 'listy', value: '8-18' },
        ],
      },
    ]);
  });

  it('reads a colon after the acronym inside a bracketed source line', () => {
    const text = '*[Source: APRF: F. 45, Op. 1, D. 329, Ll. 1-7. Reprinted in Andrei Ledovskii';
    expect(summary(text)).toEqual([
      { text: 'APRF: F. 45, Op. 1, D. 329, Ll. 1-7', acronym: 'APRF', archive: 'APRF', components: ['fond=45', 'opis=1', 'delo=329', 'listy=1-7'], review: undefined },
    ]);
    expect(findArchivalIds(text)[0]!.start).toBe(10);
  });

  it('takes an identifier without leaves and a second one whose leaves are a list', () => {
    const text =
      'APRF, f. 45, op. 1, d. 330. This document is also accessible in RGASPI, f. 558, op. 11, d. 330, ll. 0100, 0101-0102, and 0103. Contributed by Sergey Radchenko.';
    const [first, second] = findArchivalIds(text);
    expect(first!.identifier.text).toBe('APRF, f. 45, op. 1, d. 330');
    expect(first!.identifier.components.map((c) => c.type)).toEqual(['fond', 'opis', 'delo']);
    const leaves = second!.components[3]!;
    expect(leaves).toEqual({ start: at(text, '0100'), end: at(text, '0103') + 4, type: 'listy', value: '0100, 0101-0102, and 0103' });
    expect(second!.end).toBe(leaves.end);
  });

  it('calls one leaf `list` and a range `listy`, whichever word was used', () => {
    expect(summary('GARF, f. 5, op. 30, d. 4, l. 12.')[0]!.components).toEqual(['fond=5', 'opis=30', 'delo=4', 'list=12']);
    expect(summary('RGANI, f. 5, op. 30, d. 4, ll. 7')[0]!.components.at(-1)).toBe('list=7');
    expect(summary('RGANI, f. 5, op. 30, d. 4, l. 7–9')[0]!.components.at(-1)).toBe('listy=7–9');
    expect(summary('RGANI, f. 5, op. 30, d. 4, l. 12ob')[0]!.components.at(-1)).toBe('list=12ob');
  });

  it('keeps values as written: leading zeros, letter prefixes and suffixes, any case of the words', () => {
    expect(summary('GARF, F. R-9401, OP. 2, D. 0199, L. 1')[0]).toEqual({
      text: 'GARF, F. R-9401, OP. 2, D. 0199, L. 1',
      acronym: 'GARF',
      archive: 'GARF',
      components: ['fond=R-9401', 'opis=2', 'delo=0199', 'list=1'],
      review: undefined,
    });
    expect(summary('AVP RF, f. 07, op. 23a, p. 18, d. 235, l. 3')[0]).toMatchObject({
      acronym: 'AVP RF',
      archive: 'AVPRF',
      components: ['fond=07', 'opis=23a', 'papka=18', 'delo=235', 'list=3'],
    });
  });

  it('knows spellings with spaces and former names, and keeps the acronym as written', () => {
    expect(summary('TsAMO RF, f. 5, op. 30, d. 4')[0]).toMatchObject({ acronym: 'TsAMO RF', archive: 'TsAMO' });
    expect(findArchivalIds('TsAMO RF, f. 5, op. 30, d. 4')[0]!.identifier.archive?.settlement).toBe('Podolsk');
    expect(summary('RTsKhIDNI, f. 17, op. 162, d. 41, l. 3')[0]).toMatchObject({ acronym: 'RTsKhIDNI', archive: 'RGASPI' });
    expect(summary('AP\u00a0RF, f. 3, op. 65, d. 5')[0]).toMatchObject({ acronym: 'AP RF', archive: 'APRF', text: 'AP\u00a0RF, f. 3, op. 65, d. 5' });
  });
});

describe('findArchivalIds: other systems and unknown archives', () => {
  it('tags a Hungarian box and keeps the record-group signature untyped', () => {
    const text = 'MOL, XIX-J-1-j, 4. doboz. Translated by Balázs Szalontai.';
    const [m] = findArchivalIds(text);
    expect(plain(m!).identifier).toEqual({
      text: 'MOL, XIX-J-1-j, 4. doboz',
      acronym: 'MOL',
      archive: { acronym: 'MOL', name: 'Hungarian National Archives', country: 'Hungary', settlement: 'Budapest' },
      components: [{ type: 'box', value: '4' }],
    });
    expect(m!.components).toEqual([{ start: 16, end: 17, type: 'box', value: '4' }]);
  });

  it('tags a PRC Foreign Ministry file number under any of its spellings', () => {
    const text = 'Wilson Center Digital Archive, PRC FMA 109-00022-01. Translated by Zhang Qian.';
    expect(findArchivalIds(text).map(plain)).toEqual([
      {
        start: 31,
        end: 51,
        identifier: {
          text: 'PRC FMA 109-00022-01',
          acronym: 'PRC FMA',
          archive: lookupArchive('PRCFMA'),
          components: [{ type: 'file', value: '109-00022-01' }],
        },
        components: [{ start: 39, end: 51, type: 'file', value: '109-00022-01' }],
      },
    ]);
    expect(summary('Chinese Foreign Ministry Archive, 105-00032-03.')[0]).toMatchObject({
      text: 'Chinese Foreign Ministry Archive, 105-00032-03',
      archive: 'PRCFMA',
      components: ['file=105-00032-03'],
    });
  });

  it('reads a Hungarian fond with its country word, then the box, up to the sentence end', () => {
    expect(summary('MOL, XIX-J-1-j Korea, 11. doboz, 24/b, 005470/1957. Translated by Balazs Szalontai.')).toEqual([
      { text: 'MOL, XIX-J-1-j Korea, 11. doboz, 24/b, 005470/1957', acronym: 'MOL', archive: 'MOL', components: ['box=11'], review: undefined },
    ]);
  });

  it('tags a PRC file number once, leaves its pages untyped, and stops before the next archive', () => {
    expect(summary('PRC FMA 109-00022-01, 1-5; PRC FMA 109-00022-02. Translated from Chinese by Neil Silver.')).toEqual([
      { text: 'PRC FMA 109-00022-01, 1-5', acronym: 'PRC FMA', archive: 'PRCFMA', components: ['file=109-00022-01'], review: undefined },
      { text: 'PRC FMA 109-00022-02', acronym: 'PRC FMA', archive: 'PRCFMA', components: ['file=109-00022-02'], review: undefined },
    ]);
  });

  it('keeps a labelled number ("Item 121") in the signature, but no words without numbers', () => {
    expect(summary('NARA, RG 242, SA 2009, Box 9, Item 121. Translated by Jae Kim.')[0]).toMatchObject({ text: 'NARA, RG 242, SA 2009, Box 9, Item 121', components: ['box=9'] });
    expect(summary('NARA, RG 242, Entry Records. Translated by Jae Kim.')[0]).toMatchObject({ text: 'NARA, RG 242' });
  });

  it('reads Mongolian fond, dans, kh/n and khuudas as fond, opis, delo and leaves', () => {
    const text = 'Archive of the Ministry of Foreign Affairs, Mongolia, fond 2, dans 1, kh/n 197, khuudas 12-15. Translated by Sergey Radchenko.';
    const [m] = findArchivalIds(text);
    expect(plain(m!).identifier).toEqual({
      text: 'Archive of the Ministry of Foreign Affairs, Mongolia, fond 2, dans 1, kh/n 197, khuudas 12-15',
      acronym: 'Archive of the Ministry of Foreign Affairs, Mongolia',
      archive: { acronym: 'MFA Mongolia', name: 'Archive of the Ministry of Foreign Affairs of Mongolia', country: 'Mongolia', settlement: 'Ulaanbaatar' },
      components: [
        { type: 'fond', value: '2' },
        { type: 'opis', value: '1' },
        { type: 'delo', value: '197' },
        { type: 'listy', value: '12-15' },
      ],
    });
    expect(summary("Mongolian People's Revolutionary Party Archive, fond 4, dans 28, kh.n. 120.")[0]).toMatchObject({ archive: 'MPRP Archive', components: ['fond=4', 'opis=28', 'delo=120'] });
  });

  it('reads the Polish leaf word "k."', () => {
    expect(summary('AAN, KC PZPR, XI A/10, k. 1-10.')[0]).toMatchObject({ text: 'AAN, KC PZPR, XI A/10, k. 1-10', components: ['listy=1-10'] });
  });

  it('keeps a German party-archive signature whole without inventing components', () => {
    expect(summary('SAPMO-BArch, DY 30/IV 2/20/137. Translated by Bernd Schaefer.')).toEqual([
      { text: 'SAPMO-BArch, DY 30/IV 2/20/137', acronym: 'SAPMO-BArch', archive: 'SAPMO-BArch', components: [], review: undefined },
    ]);
    expect(summary('AAN, KC PZPR, XI A/1.')[0]!.text).toBe('AAN, KC PZPR, XI A/1');
  });

  it('matches an unknown acronym followed by worded components, with a review message', () => {
    const text = 'See XYZA, f. 5, op. 30, d. 4, l. 12.';
    const [m] = findArchivalIds(text);
    expect(m).toMatchObject({ start: 4, end: 35, review: 'XYZA is not in the table of archives' });
    expect(m!.identifier.archive).toBeUndefined();
    expect(m!.identifier.acronym).toBe('XYZA');
    expect(summary('QQRA\u00a0 F. 1. Op. 2.')[0]).toMatchObject({ text: 'QQRA\u00a0 F. 1. Op. 2', components: ['fond=1', 'opis=2'] });
  });

  it('reads components cited without an archive only when fond, opis and delo are there', () => {
    expect(findArchivalIds('ibid., f. 5, op. 30, d. 4, l. 12.')).toEqual([
      expect.objectContaining({ start: 7, end: 32, review: 'archival identifier names no archive' }),
    ]);
    expect(summary('ibid., f. 5, op. 30, d. 4, l. 12.')[0]!.acronym).toBe('');
    expect(findArchivalIds('ibid., f. 5, op. 30.')).toEqual([]);
  });

  it('does not match names, prose, or acronyms without their location', () => {
    expect(findArchivalIds('John F. Kennedy met Comrade Stalin, F. 45 later.')).toEqual([]);
    expect(findArchivalIds('These papers are held in GARF and RGASPI.')).toEqual([]);
    expect(findArchivalIds('Copies went to GARF, RGASPI, AVPRF.')).toEqual([]);
    expect(findArchivalIds('The CCP CC, D. 5 and the USSR, f. 5 agreed.')).toEqual([]);
    expect(findArchivalIds('the PLA Translated the MOL, Ministry of Labour')).toEqual([]);
  });

  it('finds exactly the identifiers of every source page and nothing in their bodies', () => {
    const ids = (name: string) => findArchivalIds(readFileSync(`sources/${name}`, 'utf8')).map((m) => m.identifier.text);
    expect(ids('1945-10-10-petrov-mao-zhou-wang.txt')).toEqual(['AVPRF: fond 0100, opis 40, delo 7, papka 248, listy 39-44']);
    expect(ids('1949-01-13-terebin-to-kuznetsov-mao-to-filippov.txt')).toEqual([
      'APRF, f. 45, op. 1, d. 330',
      'RGASPI, f. 558, op. 11, d. 330, ll. 0100, 0101-0102, and 0103',
    ]);
    expect(ids('1949-04-13-kovalev-to-filippov-53517.txt')).toEqual([
      'APRF, F. 45, Op. 1, D. 331, Ll. 15-21',
      'RGASPI, f. 558, op. 11, d. 331, ll. 0015-0021',
    ]);
    expect(ids('1949-06-27-stalin-ccp-delegation.txt')).toEqual(['APRF: F. 45, Op. 1, D. 329, Ll. 1-7']);
    expect(ids('1949-12-16-stalin-mao-two-meetings.txt')).toEqual([
      'RGASPI\u00a0\u00a0 F. 558. Op. 11. D.329.\u00a0 LL. 8-18',
      'RGASPI F. 558. Op. 11. D. 329. LL. 29-38',
    ]);
  });
});

describe('lookupArchive', () => {
  it('finds an archive by acronym, variant or name, ignoring case and spacing', () => {
    expect(lookupArchive('AP RF')).toEqual({
      acronym: 'APRF',
      name: 'Archive of the President of the Russian Federation',
      country: 'Russia',
      settlement: 'Moscow',
    });
    expect(lookupArchive('prc  fma')?.acronym).toBe('PRCFMA');
    expect(lookupArchive('MNL OL')?.acronym).toBe('MOL');
    expect(lookupArchive('Archiwum Akt Nowych')?.settlement).toBe('Warsaw');
    expect(lookupArchive('PA AA')?.country).toBe('Germany');
    expect(lookupArchive('XYZA')).toBeUndefined();
  });

  it('reads the Soviet system\'s words in English only in an archive of that system', () => {
    const [rgani] = findArchivalIds('RGANI. Collection 52. Inventory 1. File 498. Sheets 43. Typescript.');
    expect(rgani?.components.map((c) => [c.type, c.value])).toEqual([['fond', '52'], ['opis', '1'], ['delo', '498'], ['list', '43']]);
    const [nara] = findArchivalIds('NARA, Box 5, File 3');
    expect(nara?.components.map((c) => [c.type, c.value])).toEqual([['box', '5'], ['file', '3']]);
  });

  it('reads the party archive of East Germany by its English name, and mixed-case acronyms in a signature', () => {
    const [sed] = findArchivalIds('Digital Archive, SED Archives, IfGA, ZPA, J IV 2/202/130. Translated by Jane Doe.');
    expect(sed?.identifier.archive?.acronym).toBe('SAPMO-BArch');
    expect(sed?.identifier.text).toBe('SED Archives, IfGA, ZPA, J IV 2/202/130');
    expect(findArchivalIds('IPN BU 648/34')[0]?.identifier.text).toBe('IPN BU 648/34');
  });

  it('reads a Ukrainian file (sprava) as the delo of the Soviet system', () => {
    const [m] = findArchivalIds('Digital Archive, TsDAHOU, F. 1, Op. 25, Spr. 30, Ll. 203-209, original in Russian.');
    expect(m?.identifier.archive?.acronym).toBe('TsDAHOU');
    expect(m?.components.map((c) => [c.type, c.value])).toEqual([['fond', '1'], ['opis', '25'], ['delo', '30'], ['listy', '203-209']]);
  });

  it('reads a name of several words with its accents dropped', () => {
    expect(lookupArchive('Magyar Orszagos Leveltar')?.acronym).toBe('MOL');
    expect(findArchivalIds('Magyar Orszagos Leveltar, XIX-J-1-j Korea, 5. doboz')[0]?.identifier.archive?.acronym).toBe('MOL');
  });

  it('covers the archives the house rules list', () => {
    for (const a of ['APRF', 'AVPRF', 'RGASPI', 'RGANI', 'GARF', 'RGAE', 'RGVA', 'TsAMO', 'PRCFMA', 'SAPMO-BArch', 'AAN', 'MOL', 'AMVnR', 'AMZV', 'PA AA', 'ANIC', 'MFA Mongolia', 'MPRP Archive', 'MNCA', 'NIKH', 'ROK MOFA Diplomatic Archives']) {
      expect(lookupArchive(a)?.acronym).toBe(a);
    }
  });
});

describe('archivalIdAnnotations', () => {
  it('gives one archival idno over the match and one idno per component value', () => {
    const text = 'AVPRF: fond 0100, opis 40, delo 7';
    expect(archivalIdAnnotations(findArchivalIds(text)[0]!)).toEqual([
      { start: 0, end: 33, rule: 'archival-id', node: { kind: 'idno', type: 'archival' } },
      { start: 12, end: 16, rule: 'archival-id', node: { kind: 'idno', type: 'fond' } },
      { start: 23, end: 25, rule: 'archival-id', node: { kind: 'idno', type: 'opis' } },
      { start: 32, end: 33, rule: 'archival-id', node: { kind: 'idno', type: 'delo' } },
    ]);
  });

  it('carries the review message of an unknown archive', () => {
    const [archival] = archivalIdAnnotations(findArchivalIds('QQRA, f. 1, op. 2')[0]!);
    expect(archival).toEqual({
      start: 0,
      end: 17,
      rule: 'archival-id',
      node: { kind: 'idno', type: 'archival' },
      review: 'QQRA is not in the table of archives',
    });
  });
});

describe('findArchivalIds: forms of real pages', () => {
  it.each([
    // The Foreign Policy Archive's item number (por.) and a papka written without a space.
    ['AVPRF, f. 0100, op. 42, por. 19, pap.288, ll. 32-33', ['fond=0100', 'opis=42', 'por=19', 'papka=288', 'listy=32-33']],
    // A gloss in parentheses between components.
    ['AVPRF, f. 0100 (embassy secretariat), op. 41, por. 19, pap. 276, ll. 32-35', ['fond=0100', 'opis=41', 'por=19', 'papka=276', 'listy=32-35']],
    // "o." for opis, and "II." as scans read "ll.".
    ['AVPRF f. 06, o. 13a, d. 25, II. 8', ['fond=06', 'opis=13a', 'delo=25', 'list=8']],
    ['Russian Ministry of Foreign Affairs Archives, Fond 0742, Opis 6, Por 4, Papka 43', ['fond=0742', 'opis=6', 'por=4', 'papka=43']],
  ])('%s', (text, components) => {
    const [only, ...more] = summary(text);
    expect(more).toEqual([]);
    expect(only!.components).toEqual(components);
    expect(only!.archive).toBe('AVPRF');
  });
  it('keeps a signature whose parts a scan spaced out ("106-00620- 03", "004076/ 1955")', () => {
    expect(summary('PRC FMA 106-00620- 03, 28-39')[0]!.text).toBe('PRC FMA 106-00620- 03, 28-39');
    expect(summary('MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/ 1955')[0]!.text).toBe('MOL, XIX-J-1-j Korea, 4. doboz, 5/a, 004076/ 1955');
  });
});
