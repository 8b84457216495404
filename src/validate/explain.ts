/**
 * One message per grammar fault, naming the element, the attribute and what is allowed, in
 * place of libxml2's cascade (the parent blamed for "extra content", "Expecting an element …,
 * got nothing", then the real fault). libxml2 decides whether a file is valid and which
 * elements failed; this walks those elements against the grammar's patterns (Brzozowski
 * derivatives over their children) to say why.
 */
import { describeValue, orList, valueOk } from './datatypes.js';
import { matches, PATTERNS, type Grammar, type Pattern } from './grammar.js';
import { children, type XElement } from '../tei/xnode.js';

type ElementPattern = Extract<Pattern, { t: 'element' }>;
const { EMPTY, NOT_ALLOWED } = PATTERNS;

export interface Fault {
  /** Where the fault is: the element it names, or whose content holds the stray text. */
  at: XElement;
  message: string;
}

const choice = (a: Pattern, b: Pattern): Pattern => (a.t === 'notAllowed' ? b : b.t === 'notAllowed' || a === b ? a : { t: 'choice', a, b });
const group = (a: Pattern, b: Pattern): Pattern => (a.t === 'notAllowed' || b.t === 'notAllowed' ? NOT_ALLOWED : a.t === 'empty' ? b : b.t === 'empty' ? a : { t: 'group', a, b });
const interleave = (a: Pattern, b: Pattern): Pattern => (a.t === 'notAllowed' || b.t === 'notAllowed' ? NOT_ALLOWED : a.t === 'empty' ? b : b.t === 'empty' ? a : { t: 'interleave', a, b });

type Item = { element: XElement } | { text: string };
/** A value any attribute pattern accepts: asks whether an absent attribute is the one missing. */
const ANY_VALUE = '\u0000any';

export class Explainer {
  constructor(
    private readonly g: Grammar,
    /** The schema's namespace (its grammar's @ns), for a root in another one. */
    private readonly ns: string | undefined,
  ) {}

  private nullable(p: Pattern): boolean {
    switch (p.t) {
      case 'empty':
      case 'text':
        return true;
      case 'choice':
        return this.nullable(p.a) || this.nullable(p.b);
      case 'group':
      case 'interleave':
        return this.nullable(p.a) && this.nullable(p.b);
      case 'oneOrMore':
        return this.nullable(p.p);
      case 'ref':
        return this.nullable(this.g.resolve(p.name));
      case 'attribute':
        return false;
      default:
        return false;
    }
  }

  /** Attributes settled: each attribute pattern is empty where the element has it with a value it accepts. */
  private withAttributes(p: Pattern, e: XElement, depth = 0): Pattern {
    if (depth > 60) return p;
    switch (p.t) {
      case 'attribute':
        return Object.entries(e.attrs).some(([k, v]) => !k.startsWith('xmlns') && matches(p.names, k) && (v === ANY_VALUE || valueOk(this.g.expand(p.value), v))) ? EMPTY : NOT_ALLOWED;
      case 'choice':
        return choice(this.withAttributes(p.a, e, depth + 1), this.withAttributes(p.b, e, depth + 1));
      case 'group':
        return group(this.withAttributes(p.a, e, depth + 1), this.withAttributes(p.b, e, depth + 1));
      case 'interleave':
        return interleave(this.withAttributes(p.a, e, depth + 1), this.withAttributes(p.b, e, depth + 1));
      case 'oneOrMore': {
        const inner = this.withAttributes(p.p, e, depth + 1);
        return inner.t === 'notAllowed' ? NOT_ALLOWED : inner === p.p ? p : { t: 'oneOrMore', p: inner };
      }
      case 'ref': {
        const r = this.g.resolve(p.name);
        return this.hasAttributes(r) ? this.withAttributes(r, e, depth + 1) : p;
      }
      default:
        return p;
    }
  }

  private hasAttributes(p: Pattern, depth = 0): boolean {
    if (depth > 40) return false;
    switch (p.t) {
      case 'attribute':
        return true;
      case 'choice':
      case 'group':
      case 'interleave':
        return this.hasAttributes(p.a, depth + 1) || this.hasAttributes(p.b, depth + 1);
      case 'oneOrMore':
        return this.hasAttributes(p.p, depth + 1);
      case 'ref':
        return this.hasAttributes(this.g.resolve(p.name), depth + 1);
      default:
        return false;
    }
  }

  private deriv(p: Pattern, item: Item): Pattern {
    switch (p.t) {
      case 'element':
        return 'element' in item && matches(p.names, item.element.name) && this.attributesFit(p, item.element) ? EMPTY : NOT_ALLOWED;
      case 'text':
        return 'text' in item ? p : NOT_ALLOWED;
      case 'data':
      case 'value':
      case 'list':
        return 'text' in item && valueOk(this.g.expand(p), item.text) ? EMPTY : NOT_ALLOWED;
      case 'choice':
        return choice(this.deriv(p.a, item), this.deriv(p.b, item));
      case 'group': {
        const first = group(this.deriv(p.a, item), p.b);
        return this.nullable(p.a) ? choice(first, this.deriv(p.b, item)) : first;
      }
      case 'interleave':
        return choice(interleave(this.deriv(p.a, item), p.b), interleave(p.a, this.deriv(p.b, item)));
      case 'oneOrMore':
        return group(this.deriv(p.p, item), choice(p, EMPTY));
      case 'ref':
        return this.deriv(this.g.resolve(p.name), item);
      default:
        return NOT_ALLOWED;
    }
  }

  /** Element names that may come next, and whether text may. */
  private expected(p: Pattern, out = { names: new Set<string>(), text: false }, depth = 0): { names: Set<string>; text: boolean } {
    if (depth > 80) return out;
    switch (p.t) {
      case 'element':
        for (const n of 'names' in p.names ? p.names.names : ['any element']) out.names.add(n);
        break;
      case 'text':
      case 'data':
      case 'value':
      case 'list':
        out.text = true;
        break;
      case 'choice':
      case 'interleave':
        this.expected(p.a, out, depth + 1);
        this.expected(p.b, out, depth + 1);
        break;
      case 'group':
        this.expected(p.a, out, depth + 1);
        if (this.nullable(p.a)) this.expected(p.b, out, depth + 1);
        break;
      case 'oneOrMore':
        this.expected(p.p, out, depth + 1);
        break;
      case 'ref':
        this.expected(this.g.resolve(p.name), out, depth + 1);
        break;
      default:
    }
    return out;
  }

  /** Whether the grammar has a pattern for elements of this name. */
  knows(name: string): boolean {
    return this.candidates(name).length > 0;
  }

  private candidates(name: string): ElementPattern[] {
    return [...(this.g.elements.get(name) ?? []), ...(this.g.elements.get('*') ?? []).filter((p) => matches(p.names, name))];
  }

  /** Attribute patterns of an element's content, outside its child elements. */
  private attributePatterns(p: Pattern, out: Extract<Pattern, { t: 'attribute' }>[] = [], seen = new Set<string>()): Extract<Pattern, { t: 'attribute' }>[] {
    switch (p.t) {
      case 'attribute':
        out.push(p);
        break;
      case 'choice':
      case 'group':
      case 'interleave':
        this.attributePatterns(p.a, out, seen);
        this.attributePatterns(p.b, out, seen);
        break;
      case 'oneOrMore':
        this.attributePatterns(p.p, out, seen);
        break;
      case 'ref':
        if (!seen.has(p.name)) {
          seen.add(p.name);
          this.attributePatterns(this.g.resolve(p.name), out, seen);
        }
        break;
      default:
    }
    return out;
  }

  /** Whether an element's attributes fit an element pattern (its content aside). */
  private attributesFit(p: ElementPattern, e: XElement): boolean {
    return this.attributeFaults([p], e).length === 0;
  }

  /** The attribute faults of an element against the patterns it may match: unknown, bad value, missing. */
  attributeFaults(patterns: ElementPattern[], e: XElement): string[] {
    const declared = patterns.map((p) => this.attributePatterns(this.g.content(p)));
    const all = declared.flat();
    const faults: string[] = [];
    for (const [k, v] of Object.entries(e.attrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      const leaves = all.filter((a) => matches(a.names, k));
      if (!leaves.length) {
        const names = [...new Set(all.flatMap((a) => ('names' in a.names ? a.names.names : [])))].sort();
        faults.push(names.length ? `attribute "${k}" is not allowed on element "${e.name}"; allowed: ${names.map((n) => `"${n}"`).join(', ')}` : `attribute "${k}" is not allowed on element "${e.name}", which takes no attributes`);
      } else if (!leaves.some((a) => valueOk(this.g.expand(a.value), v))) {
        faults.push(`value "${v}" of attribute "${k}" of element "${e.name}" is invalid; must be ${describeValue(this.g.expand(choiceOf(leaves.map((a) => a.value))))}`);
      }
    }
    if (faults.length) return faults;
    // Every attribute is known and fits some pattern: the element still fails where one is missing.
    const settled = patterns.map((p) => this.withAttributes(this.attributeSkeleton(this.g.content(p)), e));
    if (settled.some((s) => this.nullable(s))) return [];
    const missing = [...new Set(all.flatMap((a) => ('names' in a.names ? a.names.names : [])))].filter((n) => e.attrs[n] === undefined);
    const needed = missing.filter((n) => patterns.some((p) => this.nullable(this.withAttributes(this.attributeSkeleton(this.g.content(p)), { ...e, attrs: { ...e.attrs, [n]: ANY_VALUE } }))));
    // A value another attribute allows only with a different one (co-occurrence) stays libxml2's to say.
    return needed.length ? [`element "${e.name}" is missing required attribute ${orList(needed.map((n) => `"${n}"`))}`] : [];
  }

  /** A pattern's attribute structure only: elements and text count as present. */
  private attributeSkeleton(p: Pattern, depth = 0): Pattern {
    if (depth > 60) return EMPTY;
    switch (p.t) {
      case 'attribute':
        return p;
      case 'choice':
        return choice(this.attributeSkeleton(p.a, depth + 1), this.attributeSkeleton(p.b, depth + 1));
      case 'group':
      case 'interleave':
        return group(this.attributeSkeleton(p.a, depth + 1), this.attributeSkeleton(p.b, depth + 1));
      case 'oneOrMore':
        return this.attributeSkeleton(p.p, depth + 1);
      case 'ref': {
        const r = this.g.resolve(p.name);
        return this.hasAttributes(r) ? this.attributeSkeleton(r, depth + 1) : EMPTY;
      }
      case 'notAllowed':
        return NOT_ALLOWED;
      default:
        return EMPTY;
    }
  }

  /** The first fault in an element's content against one of its patterns, with how far the content matched. */
  private contentFault(p: ElementPattern, e: XElement): { fault?: Fault; reached: number } {
    const withAttrs = this.withAttributes(this.g.content(p), e);
    let state = withAttrs.t === 'notAllowed' ? this.withAttributes(this.g.content(p), { ...e, attrs: {} }) : withAttrs;
    const elementChildren = children(e);
    const items: Item[] = elementChildren.length
      ? e.children.flatMap((c): Item[] => (typeof c === 'string' ? (c.trim() ? [{ text: c }] : []) : [{ element: c }]))
      : [{ text: e.children.join('') }];
    for (const [i, item] of items.entries()) {
      const next = this.deriv(state, item);
      if (next.t === 'notAllowed') {
        if ('text' in item && !item.text.trim() && this.nullable(state)) return { reached: Infinity };
        return { fault: this.stray(state, e, item), reached: i };
      }
      state = next;
    }
    if (this.nullable(state)) return { reached: Infinity };
    const exp = this.expected(state);
    return { fault: { at: e, message: `element "${e.name}" is incomplete; expected ${expectedText(exp, false)}` }, reached: items.length };
  }

  private stray(state: Pattern, parent: XElement, item: Item): Fault {
    const exp = this.expected(state);
    const end = this.nullable(state);
    if ('text' in item) {
      if (exp.text && !exp.names.size) return { at: parent, message: `content of element "${parent.name}" is invalid; must be ${describeValue(this.g.expand(valuePart(state)))}` };
      return { at: parent, message: `text is not allowed in element "${parent.name}" here; expected ${expectedText(exp, end)}` };
    }
    const child = item.element;
    if (exp.names.has(child.name)) {
      // The name is expected here: its attributes are what does not fit.
      const fits = this.expectedPatterns(state).filter((x) => matches(x.names, child.name));
      const faults = this.attributeFaults(fits, child);
      if (faults.length) return { at: child, message: faults[0]! };
    }
    const known = this.candidates(child.name).length > 0;
    return { at: child, message: `element "${child.name}" is not allowed ${known ? 'here' : 'anywhere'} in "${parent.name}"; expected ${expectedText(exp, end)}` };
  }

  private expectedPatterns(p: Pattern, out: ElementPattern[] = [], depth = 0): ElementPattern[] {
    if (depth > 80) return out;
    if (p.t === 'element') out.push(p);
    else if (p.t === 'choice' || p.t === 'interleave') {
      this.expectedPatterns(p.a, out, depth + 1);
      this.expectedPatterns(p.b, out, depth + 1);
    } else if (p.t === 'group') {
      this.expectedPatterns(p.a, out, depth + 1);
      if (this.nullable(p.a)) this.expectedPatterns(p.b, out, depth + 1);
    } else if (p.t === 'oneOrMore') this.expectedPatterns(p.p, out, depth + 1);
    else if (p.t === 'ref') this.expectedPatterns(this.g.resolve(p.name), out, depth + 1);
    return out;
  }

  /** The faults of an element libxml2 flagged: its attributes, then its content; none where it fits a pattern. */
  faultsOf(e: XElement, parent: XElement | undefined): Fault[] {
    if (!parent) {
      const root = this.rootFault(e);
      if (root) return [root];
    }
    const patterns = this.candidates(e.name);
    if (!patterns.length) return [];
    const attributeFaults = this.attributeFaults(patterns, e);
    if (attributeFaults.length && !patterns.some((p) => this.attributesFit(p, e))) return attributeFaults.map((message) => ({ at: e, message }));
    const tries = patterns.filter((p) => this.attributesFit(p, e)).map((p) => this.contentFault(p, e));
    if (!tries.length || tries.some((t) => !t.fault)) return [];
    const furthest = tries.reduce((a, b) => (b.reached > a.reached ? b : a));
    return [furthest.fault!];
  }

  private rootFault(root: XElement): Fault | undefined {
    const declared = Object.entries(root.attrs).filter(([k]) => k === 'xmlns' || k.startsWith('xmlns:')).map(([, v]) => v);
    if (this.ns && !declared.includes(this.ns)) return { at: root, message: `element "${root.name}" is not in the namespace the schema expects; add xmlns="${this.ns}"` };
    const state = this.g.start;
    if (this.deriv(state, { element: root }).t !== 'notAllowed') return undefined;
    const named = this.expectedPatterns(state).filter((p) => matches(p.names, root.name));
    const faults = named.length ? this.attributeFaults(named, root) : [];
    return { at: root, message: faults[0] ?? `element "${root.name}" is not allowed as the root; expected ${expectedText(this.expected(state), false)}` };
  }
}


function choiceOf(ps: Pattern[]): Pattern {
  return ps.reduce((a, b) => choice(a, b), NOT_ALLOWED);
}

/** The value patterns of a content that holds only a value (resp words, …). */
function valuePart(p: Pattern): Pattern {
  if (p.t === 'choice' || p.t === 'group' || p.t === 'interleave') return choice(valuePart(p.a), valuePart(p.b));
  if (p.t === 'oneOrMore') return valuePart(p.p);
  return p.t === 'data' || p.t === 'value' || p.t === 'list' || p.t === 'ref' ? p : NOT_ALLOWED;
}

function expectedText(exp: { names: Set<string>; text: boolean }, end: boolean): string {
  const names = [...exp.names].sort();
  const parts = [...(end ? ['the end of the element'] : []), ...(exp.text ? ['text'] : []), ...(names.length ? [`element ${orList(names.map((n) => `"${n}"`))}`] : [])];
  return parts.length ? orList(parts) : 'nothing';
}
