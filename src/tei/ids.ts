/**
 * libxml2 checks xml:id while it parses and refuses a document with a malformed or repeated
 * one. Those are validity faults, not well-formedness ones: each becomes a grammar message,
 * and the ids are replaced by fresh ones in a copy, so the rest of the file is still validated.
 */
import type { XElement } from './xnode.js';

export const ID_ERROR = /^xml:id : attribute value (.*) is not an NCName|^ID (.*) already defined/;

export interface IdFault {
  value: string;
  /** The fault, to be said of the element that carries the id. */
  problem: string;
}

/** The copy to validate instead, and the faults of the ids replaced in it. */
export function neutraliseIds(xml: string): { xml: string; faults: IdFault[] } {
  const seen = new Set<string>();
  const faults: IdFault[] = [];
  let n = 0;
  const copy = xml.replace(/(\sxml:id\s*=\s*)(["'])(.*?)\2/g, (whole, lead: string, q: string, value: string) => {
    const malformed = !/^[\p{L}_][\p{L}\p{N}\p{M}._\-\u00B7\u203F\u2040]*$/u.test(value);
    const repeated = seen.has(value);
    seen.add(value);
    if (!malformed && !repeated) return whole;
    faults.push({ value, problem: malformed ? 'is invalid; must be an XML name without colons' : 'is defined more than once' });
    return `${lead}${q}teikit-replaced-id-${n++}${q}`;
  });
  return { xml: copy, faults };
}

/** The element an id fault is about: the last one carrying the id (a repeat), or the only one. */
export function elementWithId(elements: XElement[], value: string): XElement | undefined {
  return elements.filter((e) => e.attrs['xml:id'] === value).at(-1);
}
