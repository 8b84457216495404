import { describe, it, expect } from 'vitest';
import { allEntities, entityById, lookupEntity, variantKey } from '../../src/rules/gazetteer.js';

describe('gazetteer data', () => {
  const entities = allEntities();

  it('has unique lowercase ASCII slug ids', () => {
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every entity a kind, a name among its variants and no empty or repeated variant', () => {
    for (const e of entities) {
      expect(['person', 'place', 'org']).toContain(e.kind);
      expect(e.variants).toContain(e.name);
      expect(e.variants.every((v) => v.trim() === v && v.length > 0)).toBe(true);
      expect(new Set(e.variants).size).toBe(e.variants.length);
    }
  });

  it('maps every variant to exactly one entity', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of entities) for (const v of e.variants) owners.set(variantKey(v), (owners.get(variantKey(v)) ?? new Set()).add(e.id));
    const shared = [...owners].filter(([, ids]) => ids.size > 1);
    expect(shared).toEqual([]);
    for (const e of entities) for (const v of e.variants) expect(lookupEntity(v)?.id).toBe(e.id);
  });

  it('lists no bare surname that several people of the corpus share', () => {
    for (const ambiguous of ['Liu', 'Li', 'Wang', 'Chen', 'Kim', 'Deng', 'Zhu', 'Peng', 'Ma', 'Dulles', 'Marshall', 'Politburo', 'CC']) {
      expect(lookupEntity(ambiguous)).toBeUndefined();
    }
  });
});

describe('lookupEntity', () => {
  it.each([
    ['Stalin', 'stalin'],
    ['filippov', 'stalin'],
    ['I. V. Stalin', 'stalin'],
    ['I.V.Stalin', 'stalin'],
    ['Chou En Lai', 'zhou-enlai'],
    ['chou en-lai', 'zhou-enlai'],
    ['Chou\u00A0En-Lai', 'zhou-enlai'],
    ['Chiang Kaishek', 'chiang-kai-shek'],
    ['Jiang Jieshi', 'chiang-kai-shek'],
    ['Kim Il-Sung', 'kim-il-sung'],
    ['Yan’an', 'yanan'],
    ['Lushun', 'port-arthur'],
    ['GuoMinDang', 'gmd'],
    ['Kuomintang', 'gmd'],
    ['U.S.A.', 'usa'],
    ['VKP/b/', 'vkpb'],
    ['Karsky', 'shi-zhe'],
  ])('%j → %s', (name, id) => {
    expect(lookupEntity(name)?.id).toBe(id);
  });

  it('knows only listed spellings', () => {
    expect(lookupEntity('Stalingrad')).toBeUndefined();
    expect(lookupEntity('Comrade Stalin')).toBeUndefined();
    expect(lookupEntity('Mao Ze')).toBeUndefined();
    expect(lookupEntity('')).toBeUndefined();
  });
});

describe('entityById', () => {
  it('returns the entry with its standard name and kind', () => {
    expect(entityById('beijing')).toMatchObject({ kind: 'place', name: 'Beijing' });
    expect(entityById('ccp')).toMatchObject({ kind: 'org', name: 'Chinese Communist Party' });
    expect(entityById('mao-zedong')).toMatchObject({ kind: 'person', name: 'Mao Zedong' });
    expect(entityById('nobody')).toBeUndefined();
  });

  it('has the entities the corpus family needs', () => {
    const required = [
      'stalin', 'mao-zedong', 'zhou-enlai', 'chiang-kai-shek', 'liu-shaoqi', 'gao-gang', 'shi-zhe', 'kovalev', 'molotov',
      'vyshinsky', 'kim-il-sung', 'khrushchev', 'beria', 'gromyko', 'peng-dehuai', 'deng-xiaoping', 'chen-yun', 'lin-biao',
      'truman', 'acheson', 'macarthur', 'john-foster-dulles', 'nehru', 'ho-chi-minh', 'kim-tu-bong', 'pak-hon-yong', 'shtykov',
      'roshchin', 'panyushkin', 'yudin', 'chervonenko', 'korea', 'pyongyang', 'seoul', 'tokyo', 'washington', 'hong-kong',
      'tibet', 'yanan', 'chongqing', 'nanjing', 'guangzhou', 'port-arthur', 'dalian', 'xinjiang', 'taiwan', 'manchuria',
      'mongolia', 'beijing', 'ccp', 'ccp-cc', 'gmd', 'vkpb', 'vkpb-cc', 'pla', 'un', 'cer',
    ];
    expect(required.filter((id) => !entityById(id))).toEqual([]);
  });
});
