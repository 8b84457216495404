/**
 * An XML text read once, for every stage that needs it: validation, the per-file exports and the
 * corpus exports take the same tree, and its positions are found only if a stage asks for them.
 */
import { readXml, TeiReadError } from './reader.js';
import { locator, type Locator } from './positions.js';
import type { XElement } from './xnode.js';

export type Tree = { xml: string; root: XElement; locate: Locator };
export type ReadXml = Tree | { xml: string; error: TeiReadError };

export function readOnce(xml: string): ReadXml {
  let root: XElement;
  try {
    root = readXml(xml);
  } catch (e) {
    if (e instanceof TeiReadError) return { xml, error: e };
    throw e;
  }
  let locate: Locator | undefined;
  return { xml, root, locate: (e) => (locate ??= locator(xml, root))(e) };
}
