/**
 * RelaxNG patterns as plain values, and their XML text. The element registry states each
 * element's content model with these; schemas/teikit.rng is written from them.
 */

export type Pattern =
  | 'text'
  | 'empty'
  | { ref: string }
  | { value: string }
  | { data: string; pattern?: string }
  | { attribute: string; of: Pattern[] }
  | { choice: Pattern[] }
  | { group: Pattern[] }
  | { optional: Pattern[] }
  | { zeroOrMore: Pattern[] }
  | { oneOrMore: Pattern[] }
  | { mixed: Pattern[] };

export const text: Pattern = 'text';
export const empty: Pattern = 'empty';
export const ref = (name: string): Pattern => ({ ref: name });
export const value = (v: string): Pattern => ({ value: v });
/** A closed list of values. */
export const values = (...vs: string[]): Pattern => ({ choice: vs.map(value) });
/** An XSD datatype, with a pattern facet when given. */
export const data = (type: string, pattern?: string): Pattern => (pattern === undefined ? { data: type } : { data: type, pattern });
/** An attribute; without a value pattern, any text. */
export const attribute = (name: string, ...of: Pattern[]): Pattern => ({ attribute: name, of });
export const choice = (...p: Pattern[]): Pattern => ({ choice: p });
export const group = (...p: Pattern[]): Pattern => ({ group: p });
export const optional = (...p: Pattern[]): Pattern => ({ optional: p });
export const zeroOrMore = (...p: Pattern[]): Pattern => ({ zeroOrMore: p });
export const oneOrMore = (...p: Pattern[]): Pattern => ({ oneOrMore: p });
export const mixed = (...p: Pattern[]): Pattern => ({ mixed: p });

const COMBINATORS = ['choice', 'group', 'optional', 'zeroOrMore', 'oneOrMore', 'mixed'] as const;

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Lines of RelaxNG XML for a pattern; a pattern whose parts are all leaves stays on one line when short. */
export function patternXml(p: Pattern, indent: string): string[] {
  const one = inline(p);
  if (indent.length + one.length <= 110 || typeof p === 'string' || 'ref' in p || 'value' in p || 'data' in p) return [indent + one];
  const [tag, open, parts] = 'attribute' in p ? ['attribute', `<attribute name="${escapeXml(p.attribute)}">`, p.of] : combinator(p);
  return [indent + open, ...parts.flatMap((c) => patternXml(c, `${indent}  `)), `${indent}</${tag}>`];
}

function combinator(p: Pattern): [string, string, Pattern[]] {
  for (const c of COMBINATORS) if (typeof p !== 'string' && c in p) return [c, `<${c}>`, (p as Record<string, Pattern[]>)[c]!];
  throw new Error(`not a pattern: ${JSON.stringify(p)}`);
}

/** The pattern on one line. */
function inline(p: Pattern): string {
  if (typeof p === 'string') return `<${p}/>`;
  if ('ref' in p) return `<ref name="${escapeXml(p.ref)}"/>`;
  if ('value' in p) return `<value>${escapeXml(p.value)}</value>`;
  if ('data' in p) return p.pattern === undefined ? `<data type="${p.data}"/>` : `<data type="${p.data}"><param name="pattern">${escapeXml(p.pattern)}</param></data>`;
  const [tag, open, parts] = 'attribute' in p ? ['attribute', `<attribute name="${escapeXml(p.attribute)}">`, p.of] : combinator(p);
  if (parts.length === 0) return open.replace(/>$/, '/>');
  return `${open}${parts.map(inline).join('')}</${tag}>`;
}
