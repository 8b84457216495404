/**
 * Constraints TEI's own schema states in Schematron, which RelaxNG cannot check: a subset,
 * table in data/tei-constraints.json, each constraint one of a few kinds of test.
 */
import table from '../data/tei-constraints.json' with { type: 'json' };
import type { Severity } from '../diagnostics/diagnostic.js';
import { children, descendants, type XElement } from '../tei/xnode.js';

interface Constraint {
  id: string;
  kind: string;
  /** Element names, space-separated; `*` for any element. */
  element: string;
  attr?: string;
  others?: string[];
  except?: string[];
  min?: number;
  ancestors?: string[];
  unlessAncestor?: string[];
  unlessParent?: string[];
  /** For not-inside: the exemption counts only between the element and the forbidding ancestor. */
  between?: boolean;
  severity: string;
  message: string;
}

export interface ConstraintContext {
  elements: XElement[];
  parentOf: Map<XElement, XElement>;
  byId: Map<string, XElement>;
  report: (e: XElement, message: string, severity: Severity) => void;
}

const CONSTRAINTS = table.constraints as Constraint[];
export const CONSTRAINT_IDS = CONSTRAINTS.map((c) => c.id);

const has = (e: XElement, a: string) => e.attrs[a] !== undefined;

/** Whether a constraint is broken on an element (which its `element` names). */
const TESTS: Record<string, (c: Constraint, e: XElement, ctx: ConstraintContext) => boolean> = {
  'not-together': (c, e) => has(e, c.attr!) && c.others!.some((o) => has(e, o)),
  requires: (c, e) => has(e, c.attr!) && !c.others!.some((o) => has(e, o)),
  'one-of': (c, e) => !c.others!.some((o) => has(e, o)),
  'min-tokens': (c, e) => has(e, c.attr!) && e.attrs[c.attr!]!.trim().split(/\s+/).length < c.min!,
  'attribute-xor-children': (c, e) => has(e, c.attr!) === children(e).length > 0,
  'has-descendant': (c, e) => !descendants(e).some((d) => d !== e && c.others!.includes(d.name)),
  'type-if-inside': (_c, e, { parentOf }) => !has(e, 'type') && ancestorsOf(e, parentOf).some((a) => a.name === e.name),
  'not-inside': (c, e, { parentOf }) => {
    const parent = parentOf.get(e);
    if (parent && c.unlessParent!.includes(parent.name)) return false;
    const up = ancestorsOf(e, parentOf);
    const forbidding = up.findIndex((a) => c.ancestors!.includes(a.name));
    if (forbidding < 0) return false;
    const exempt = up.findIndex((a) => c.unlessAncestor!.includes(a.name));
    return exempt < 0 || (c.between === true && exempt > forbidding);
  },
  'points-forward': (c, e, { byId, elements }) => {
    const ptr = e.attrs[c.attr!];
    const target = ptr?.startsWith('#') ? byId.get(ptr.slice(1)) : undefined;
    return target !== undefined && elements.indexOf(target) <= elements.indexOf(e);
  },
};

function ancestorsOf(e: XElement, parentOf: Map<XElement, XElement>): XElement[] {
  const out: XElement[] = [];
  for (let p = parentOf.get(e); p; p = parentOf.get(p)) out.push(p);
  return out;
}

export function checkConstraints(ctx: ConstraintContext): void {
  // Most constraints name an element or two: each looks at those, not at every element of the file.
  const byName = new Map<string, XElement[]>();
  for (const e of ctx.elements) {
    const same = byName.get(e.name);
    if (same) same.push(e);
    else byName.set(e.name, [e]);
  }
  for (const c of CONSTRAINTS) {
    const names = c.element.split(' ');
    const test = TESTS[c.kind];
    if (!test) throw new Error(`tei-constraints.json: ${c.id} has an unknown kind "${c.kind}"`);
    for (const e of names.includes('*') ? ctx.elements : names.flatMap((n) => byName.get(n) ?? [])) {
      if (c.except?.includes(e.name)) continue;
      if (test(c, e, ctx)) ctx.report(e, `${c.message} [${c.id}]`, c.severity as Severity);
    }
  }
}
