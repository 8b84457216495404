/**
 * A minimal XML tree: what the TEI writer builds, the reader returns, and the exporters walk.
 * Text is a string child; element order and attribute order are kept.
 */
export interface XElement {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}

export type XNode = XElement | string;

type Child = XNode | false | null | undefined | Child[];

/** `el('p', { n: '1' }, 'text', el('hi', {}, 'x'))`; falsy children are skipped, arrays flattened. */
export function el(name: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): XElement {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
  return { name, attrs: clean, children: flat(children) };
}

function flat(children: Child[]): XNode[] {
  const out: XNode[] = [];
  for (const c of children) {
    if (Array.isArray(c)) out.push(...flat(c));
    else if (typeof c === 'string') {
      if (c) out.push(c);
    } else if (c) out.push(c);
  }
  return out;
}

export function isElement(n: XNode): n is XElement {
  return typeof n !== 'string';
}

/** Child elements with a given local name. */
export function children(e: XElement, name?: string): XElement[] {
  return e.children.filter((c): c is XElement => isElement(c) && (name === undefined || c.name === name));
}

export function textContent(n: XNode): string {
  return typeof n === 'string' ? n : n.children.map(textContent).join('');
}

/** Every element below (and including) e, depth first, in document order. */
export function descendants(e: XElement): XElement[] {
  const out: XElement[] = [];
  const visit = (x: XElement) => {
    out.push(x);
    for (const c of x.children) if (typeof c !== 'string') visit(c);
  };
  visit(e);
  return out;
}
