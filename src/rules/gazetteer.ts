/**
 * The gazetteer: persons, places and organisations of the corpus with every known spelling
 * (pinyin, Wade-Giles, Russian transliterations, code names). Data lives in entities.json;
 * this module indexes it once at load.
 */
import entitiesData from '../data/entities.json' with { type: 'json' };
import type { EntityKind } from '../model/document.js';

export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  /** The standard form. */
  name: string;
  /** Every spelling, the standard form included. */
  variants: string[];
  role?: string;
}

const KINDS: readonly string[] = ['person', 'place', 'org'] satisfies EntityKind[];

/**
 * What two spellings must share to count as the same: case, diacritics, spaces (incl.
 * no-break), hyphens, dots and apostrophes do not distinguish them
 * ("Chou En-lai" = "Chou En Lai" = "Chou Enlai", "I.V. Stalin" = "I. V. Stalin", "Yan'an" = "Yan’an").
 */
export function variantKey(name: string): string {
  return stripSeparators(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

/** Removes the characters that `variantKey` ignores, keeping case. */
export function stripSeparators(name: string): string {
  return name.replace(/[\s.'’‘ʼ`\-\u2010\u2011]/gu, '');
}

function load(): { entries: readonly GazetteerEntry[]; byId: Map<string, GazetteerEntry>; byKey: Map<string, GazetteerEntry> } {
  const entries = entitiesData as GazetteerEntry[];
  const byId = new Map<string, GazetteerEntry>();
  const byKey = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    if (!KINDS.includes(entry.kind)) throw new Error(`entities.json: ${entry.id} has unknown kind ${entry.kind}`);
    if (byId.has(entry.id)) throw new Error(`entities.json: duplicate id ${entry.id}`);
    byId.set(entry.id, entry);
    for (const variant of [entry.name, ...entry.variants]) {
      // The name rule looks for spellings only at capitalised words.
      if (variant[0] !== variant[0]?.toUpperCase()) throw new Error(`entities.json: "${variant}" starts in lower case`);
      const key = variantKey(variant);
      const owner = byKey.get(key);
      if (owner && owner !== entry) throw new Error(`entities.json: "${variant}" names both ${owner.id} and ${entry.id}`);
      byKey.set(key, entry);
    }
  }
  return { entries, byId, byKey };
}

const gazetteer = load();

/** The entity one of whose listed spellings `name` is (see `variantKey`); no guessing from surnames. */
export function lookupEntity(name: string): GazetteerEntry | undefined {
  return gazetteer.byKey.get(variantKey(name));
}

export function entityById(id: string): GazetteerEntry | undefined {
  return gazetteer.byId.get(id);
}

export function allEntities(): readonly GazetteerEntry[] {
  return gazetteer.entries;
}
