/**
 * src/data/pointer-kinds.json with its `teikit` part made from the registry's pointer rules; the
 * `tei` part (what TEI's own definitions allow) is kept as it is.
 */
import { ELEMENTS } from './registry.js';

interface PointerKinds {
  $comment: string;
  pointerAttributes: string[];
  tei: object[];
  teikit: object[];
}

export function housePointerKinds(): object[] {
  return ELEMENTS.flatMap((e) =>
    e.roles.flatMap((r) => (r.pointers ?? []).map((p) => ({ element: e.name, ...(p.type && { type: p.type }), attr: p.attr, targets: p.targets, why: p.why }))),
  );
}

/** The file's text, one entry a line, as written by hand before it was generated. */
export function pointerKindsJson(current: string): string {
  const kinds = JSON.parse(current) as PointerKinds;
  const flat = (v: unknown) => JSON.stringify(v).replace(/","/g, '", "');
  const entry = (o: object) => `    { ${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}: ${flat(v)}`).join(', ')} }`;
  const list = (name: string, items: object[]) => `  ${JSON.stringify(name)}: [\n${items.map(entry).join(',\n')}\n  ]`;
  return `{\n  "$comment": ${JSON.stringify(kinds.$comment)},\n  "pointerAttributes": ${flat(kinds.pointerAttributes)},\n${list('tei', kinds.tei)},\n${list('teikit', housePointerKinds())}\n}\n`;
}
