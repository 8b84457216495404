/**
 * Authority identifiers (Wikidata, VIAF, GeoNames) the gazetteer (src/data/entities.json) holds
 * for its persons and places, each with a note saying where it was verified. The TEI writer puts
 * them in the person and place lists; the exports write no identifier that is not here.
 */
import entities from '../data/entities.json' with { type: 'json' };
import authorities from '../data/authorities.json' with { type: 'json' };

/** Scheme → the prefix that makes an identifier its URI. */
export const SCHEMES: Record<string, string> = authorities.schemes;

export interface AuthorityId {
  scheme: string;
  uri: string;
}

interface GazetteerEntry {
  id: string;
  kind: string;
  authority?: { scheme: string; id: string; verified?: string }[];
}

/** The URI of an identifier: a bare id gets its scheme's prefix; a URI must already have it. */
export function authorityUri(scheme: string, value: string): string | undefined {
  const prefix = SCHEMES[scheme];
  if (!prefix || !value) return undefined;
  if (value.startsWith(prefix)) return value;
  return /^[\w-]+$/.test(value) ? prefix + value : undefined;
}

/** Entity id → its identifiers; a malformed entry stops the program, as a bad table should. */
function gazetteerTable(): Map<string, AuthorityId[]> {
  const out = new Map<string, AuthorityId[]>();
  for (const entity of entities as GazetteerEntry[]) {
    if (!entity.authority?.length) continue;
    if (entity.kind !== 'person' && entity.kind !== 'place') throw new Error(`entities.json: ${entity.id} is an ${entity.kind}; identifiers are kept for persons and places`);
    out.set(
      entity.id,
      entity.authority.map((a) => {
        const uri = authorityUri(a.scheme, a.id);
        if (!uri) throw new Error(`entities.json: ${entity.id} has an identifier ${a.scheme}:${a.id} of no known scheme`);
        if (!a.verified?.trim()) throw new Error(`entities.json: ${entity.id} has ${uri} without a note saying where it was verified`);
        return { scheme: a.scheme, uri };
      }),
    );
  }
  return out;
}

const BY_ENTITY = gazetteerTable();

/** Verified URI → the gazetteer entity it identifies. */
export const VERIFIED: ReadonlyMap<string, string> = new Map([...BY_ENTITY].flatMap(([id, ids]) => ids.map((a): [string, string] => [a.uri, id])));

/** The verified identifiers of a gazetteer entity, in the gazetteer's order. */
export function authoritiesOf(entityId: string): AuthorityId[] {
  return BY_ENTITY.get(entityId) ?? [];
}
