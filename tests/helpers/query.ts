/**
 * A small XPath-like selector over XNode trees, so tests read TEI structurally:
 * `select(root, '//sp[@who="#stalin"]/speaker')`, `select(root, 'teiHeader/fileDesc/titleStmt/title')`.
 * Steps: `name`, `*`, `//` (descendant-or-self), predicates `[@a]`, `[@a="v"]`, `[n]` (1-based).
 */
import { children, descendants, textContent, type XElement } from '../../src/tei/xnode.js';

interface Step {
  deep: boolean;
  name: string;
  preds: ((e: XElement, i: number) => boolean)[];
}

function parse(path: string): Step[] {
  const steps: Step[] = [];
  const re = /(\/\/|\/)?([\w*:.-]+)((?:\[[^\]]*\])*)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < path.length && (m = re.exec(path))) {
    const preds = [...m[3]!.matchAll(/\[([^\]]*)\]/g)].map(([, p]) => predicate(p!));
    steps.push({ deep: m[1] === '//', name: m[2]!, preds });
  }
  return steps;
}

function predicate(p: string): (e: XElement, i: number) => boolean {
  if (/^\d+$/.test(p)) return (_e, i) => i === Number(p) - 1;
  const m = /^@([\w:]+)(?:="([^"]*)")?$/.exec(p);
  if (!m) throw new Error(`unsupported predicate [${p}]`);
  return (e) => (m[2] === undefined ? e.attrs[m[1]!] !== undefined : e.attrs[m[1]!] === m[2]);
}

export function select(root: XElement, path: string): XElement[] {
  let current = [root];
  for (const step of parse(path)) {
    current = current.flatMap((c) => {
      const pool = step.deep ? descendants(c).filter((d) => d !== c) : children(c);
      const named = pool.filter((e) => step.name === '*' || e.name === step.name);
      return named.filter((e, i) => step.preds.every((p) => p(e, i)));
    });
  }
  return current;
}

/** The single element at path; throws when there is not exactly one. */
export function one(root: XElement, path: string): XElement {
  const found = select(root, path);
  if (found.length !== 1) throw new Error(`${path}: expected 1 element, found ${found.length}`);
  return found[0]!;
}

/** Text of the elements at path, white space collapsed. */
export function texts(root: XElement, path: string): string[] {
  return select(root, path).map((e) => textContent(e).replace(/\s+/g, ' ').trim());
}
