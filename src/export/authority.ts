/**
 * Authority identifiers (Wikidata, VIAF, GeoNames) of persons and places as a TEI file gives
 * them: `idno` children of its `person` and `place` declarations. An export writes one only when
 * the gazetteer holds it with a note saying where it was verified (tei/authority.ts), so no
 * export ever carries an identifier nobody checked.
 */
import { children, textContent, type XElement } from '../tei/xnode.js';
import { authorityUri, SCHEMES, VERIFIED } from '../tei/authority.js';

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
