/**
 * Authority identifiers (Wikidata, VIAF, GeoNames) of persons and places. A TEI file gives them as
 * `idno` children of its `person` and `place` declarations; an export writes one only when the
 * gazetteer (src/data/entities.json) holds it with a note saying where it was verified, so no
 * export ever carries an identifier nobody checked.
 */
import entities from '../data/entities.json' with { type: 'json' };
import authorities from '../data/authorities.json' with { type: 'json' };
import { children, textContent, type XElement } from '../tei/xnode.js';

const SCHEMES: Record<string, string> = authorities.schemes;

interface AuthorityEntry {
  scheme: string;
  id: string;
  verified: string;
}

/** The URI of an identifier: a bare id gets its scheme's prefix; a URI must already have it. */
export function authorityUri(scheme: string, value: string): string | undefined {
  const prefix = SCHEMES[scheme];
  if (!prefix || !value) return undefined;
  if (value.startsWith(prefix)) return value;
  return /^[\w-]+$/.test(value) ? prefix + value : undefined;
}

/** URI → the gazetteer entity it identifies; a malformed entry stops the program, as a bad table should. */
function verifiedTable(): Map<string, string> {
  const out = new Map<string, string>();
  for (const entity of entities as { id: string; authority?: AuthorityEntry[] }[]) {
    for (const a of entity.authority ?? []) {
      const uri = authorityUri(a.scheme, a.id);
      if (!uri) throw new Error(`entities.json: ${entity.id} has an identifier ${a.scheme}:${a.id} of no known scheme`);
      if (!a.verified?.trim()) throw new Error(`entities.json: ${entity.id} has ${uri} without a note saying where it was verified`);
      out.set(uri, entity.id);
    }
  }
  return out;
}

export const VERIFIED = verifiedTable();

export interface Authority {
  /** Identifiers the gazetteer holds with a verification note: these are exported. */
  verified: string[];
  /** Identifiers the file gives that the gazetteer does not vouch for: reported, never exported. */
  unverified: { identifier: string; element: XElement }[];
}

/** The authority identifiers of a person or place declaration. */
export function authorityOf(declaration: XElement): Authority {
  const out: Authority = { verified: [], unverified: [] };
  for (const idno of children(declaration, 'idno')) {
    const value = textContent(idno).trim();
    const uri = authorityUri(idno.attrs.type ?? '', value);
    if (uri && VERIFIED.has(uri)) out.verified.push(uri);
    else if (idno.attrs.type && idno.attrs.type in SCHEMES) out.unverified.push({ identifier: uri ?? value, element: idno });
  }
  return out;
}
