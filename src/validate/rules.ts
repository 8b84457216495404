/**
 * Rules beyond grammar, each with an id, like a linter's, in two profiles: `tei` for any TEI
 * file (tei-rules.ts), `teikit` for the house conventions on top (house-rules.ts).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Locator } from '../tei/positions.js';
import { descendants, type XElement } from '../tei/xnode.js';
import { HOUSE_RULES } from './house-rules.js';
import type { Profile, RuleContext, TeiRule } from './rule.js';
import { TEI_RULES } from './tei-rules.js';

export type { Profile } from './rule.js';
export const RULES: TeiRule[] = [...TEI_RULES, ...HOUSE_RULES];

/** The rules a profile runs: `tei` its own, `teikit` the `tei` rules and the house rules. */
export const rulesOf = (profile: Profile): TeiRule[] => (profile === 'tei' ? TEI_RULES : RULES);

export interface CheckOptions {
  profile: Profile;
  /** What lies in the future (default: the clock). */
  now?: number;
}

/** Runs a profile's rules over a tree. */
export function checkRules(root: XElement, file: string, locate: Locator, options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const elements = descendants(root);
  const byId = new Map<string, XElement>();
  const parentOf = new Map<XElement, XElement>();
  for (const e of elements) {
    const id = e.attrs['xml:id'];
    if (id !== undefined && !byId.has(id)) byId.set(id, e);
    for (const c of e.children) if (typeof c !== 'string') parentOf.set(c, e);
  }
  for (const rule of rulesOf(options.profile)) {
    const ctx: RuleContext = {
      root,
      elements,
      parentOf,
      byId,
      profile: options.profile,
      now: options.now ?? Date.now(),
      report: (e, message, severity = 'error') => out.push({ file, ...locate(e), severity, rule: rule.id, message }),
    };
    rule.check(ctx);
  }
  return out;
}
