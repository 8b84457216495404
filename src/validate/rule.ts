/** The contract of a rule beyond grammar: an id, the profile it belongs to, and a check over a tree. */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { XElement } from '../tei/xnode.js';

/**
 * `tei`: what any TEI file must satisfy beyond its grammar. `teikit`: the house conventions,
 * checked on top of the `tei` rules.
 */
export type Profile = 'tei' | 'teikit';

export interface RuleContext {
  root: XElement;
  /** Every element of the tree in document order, listed once for all rules. */
  elements: XElement[];
  parentOf: Map<XElement, XElement>;
  /** The element each xml:id names (the first, where an id is used twice). */
  byId: Map<string, XElement>;
  profile: Profile;
  /** The present, in ms since the epoch: dates after it are in the future. */
  now: number;
  report: (e: XElement, message: string, severity?: Severity) => void;
}

export interface TeiRule {
  id: string;
  profile: Profile;
  description: string;
  check: (ctx: RuleContext) => void;
}
