/**
 * A RelaxNG grammar (XML syntax) as patterns, to say what a content model or an attribute
 * allows where libxml2 only says that something failed. Names are matched by local name, as the
 * reader gives them; datatypes are described, and checked only for the forms the explainer
 * knows (datatypes.ts).
 */
import { readXml } from '../tei/reader.js';
import { children, textContent, type XElement } from '../tei/xnode.js';

export type NameClass = { any: true; except?: NameClass } | { names: string[] };

export type Pattern =
  | { t: 'empty' | 'notAllowed' | 'text' }
  | { t: 'element'; names: NameClass; body: XElement }
  | { t: 'attribute'; names: NameClass; value: Pattern }
  | { t: 'choice' | 'group' | 'interleave'; a: Pattern; b: Pattern }
  | { t: 'oneOrMore'; p: Pattern }
  | { t: 'data'; type: string; pattern?: string; except?: Pattern }
  | { t: 'value'; value: string }
  | { t: 'list'; p: Pattern }
  | { t: 'ref'; name: string };

const EMPTY: Pattern = { t: 'empty' };
const NOT_ALLOWED: Pattern = { t: 'notAllowed' };
export const PATTERNS = { EMPTY, NOT_ALLOWED, TEXT: { t: 'text' } as Pattern };

export class Grammar {
  private readonly defines = new Map<string, XElement[]>();
  private readonly compiled = new Map<XElement, Pattern>();
  private readonly resolved = new Map<string, Pattern>();
  readonly start: Pattern;
  /** Every element pattern of the grammar, by the names it matches (`*` for any name). */
  readonly elements = new Map<string, Extract<Pattern, { t: 'element' }>[]>();

  constructor(rng: string) {
    const grammar = readXml(rng);
    for (const d of children(grammar, 'define')) this.defines.set(d.attrs.name!, [...(this.defines.get(d.attrs.name!) ?? []), d]);
    this.start = this.group(children(grammar, 'start')[0] ?? grammar);
    for (const bodies of this.defines.values()) for (const d of bodies) this.indexElements(d);
  }

  /** The pattern a define names (its bodies grouped; choice where the grammar combines them). */
  resolve(name: string): Pattern {
    const known = this.resolved.get(name);
    if (known) return known;
    const bodies = this.defines.get(name) ?? [];
    const parts = bodies.map((d) => this.group(d));
    const combine = bodies.find((d) => d.attrs.combine)?.attrs.combine;
    const p = parts.reduce((a, b) => ({ t: combine === 'interleave' ? 'interleave' : 'choice', a, b }), parts.shift() ?? NOT_ALLOWED);
    this.resolved.set(name, p);
    return p;
  }

  /** A value pattern with its refs replaced by what they name (value patterns do not recurse). */
  expand(p: Pattern, depth = 0): Pattern {
    if (depth > 30) return p;
    switch (p.t) {
      case 'ref':
        return this.expand(this.resolve(p.name), depth + 1);
      case 'choice':
      case 'group':
      case 'interleave':
        return { t: p.t, a: this.expand(p.a, depth + 1), b: this.expand(p.b, depth + 1) };
      case 'oneOrMore':
      case 'list':
        return { t: p.t, p: this.expand(p.p, depth + 1) };
      default:
        return p;
    }
  }

  /** The content of an element pattern: its children after the name class. */
  content(e: Extract<Pattern, { t: 'element' }>): Pattern {
    return this.group(e.body, e.body.attrs.name === undefined ? 1 : 0);
  }

  private indexElements(x: XElement): void {
    if (x.name === 'element') {
      const p = this.pattern(x) as Extract<Pattern, { t: 'element' }>;
      for (const n of 'names' in p.names ? p.names.names : ['*']) this.elements.set(n, [...(this.elements.get(n) ?? []), p]);
    }
    for (const c of children(x)) this.indexElements(c);
  }

  private group(x: XElement, skip = 0): Pattern {
    const parts = children(x).filter((c) => c.name !== 'documentation').slice(skip).map((c) => this.pattern(c));
    return parts.reduce((a, b) => ({ t: 'group', a, b }), parts.shift() ?? EMPTY);
  }

  private pattern(x: XElement): Pattern {
    const known = this.compiled.get(x);
    if (known) return known;
    const p = this.build(x);
    this.compiled.set(x, p);
    return p;
  }

  private build(x: XElement): Pattern {
    const fold = (t: 'choice' | 'group' | 'interleave') => {
      const parts = children(x).filter((c) => c.name !== 'documentation').map((c) => this.pattern(c));
      return parts.reduce((a, b) => ({ t, a, b }), parts.shift() ?? EMPTY);
    };
    switch (x.name) {
      case 'element':
        return { t: 'element', names: nameClass(x), body: x };
      case 'attribute': {
        const parts = children(x).filter((c) => c.name !== 'documentation').slice(x.attrs.name === undefined ? 1 : 0);
        return { t: 'attribute', names: nameClass(x, false), value: parts[0] ? this.pattern(parts[0]) : { t: 'text' } };
      }
      case 'choice':
      case 'group':
      case 'interleave':
        return fold(x.name);
      case 'optional':
        return { t: 'choice', a: fold('group'), b: EMPTY };
      case 'zeroOrMore':
        return { t: 'choice', a: { t: 'oneOrMore', p: fold('group') }, b: EMPTY };
      case 'oneOrMore':
        return { t: 'oneOrMore', p: fold('group') };
      case 'mixed':
        return { t: 'interleave', a: fold('group'), b: { t: 'oneOrMore', p: { t: 'text' } } };
      case 'ref':
      case 'parentRef':
        return { t: 'ref', name: x.attrs.name! };
      case 'empty':
        return EMPTY;
      case 'notAllowed':
        return NOT_ALLOWED;
      case 'text':
        return { t: 'text' };
      case 'value':
        return { t: 'value', value: textContent(x) };
      case 'list':
        return { t: 'list', p: fold('group') };
      case 'data': {
        const pattern = children(x, 'param').find((p) => p.attrs.name === 'pattern');
        const except = children(x, 'except')[0];
        return { t: 'data', type: x.attrs.type!, ...(pattern ? { pattern: textContent(pattern) } : {}), ...(except ? { except: this.group(except) } : {}) };
      }
      default:
        return EMPTY;
    }
  }
}

/** Element names are local names, as the reader gives them; attribute names keep their prefix (xml:id). */
function nameClass(x: XElement, local = true): NameClass {
  if (x.attrs.name !== undefined) return { names: [local ? localName(x.attrs.name) : x.attrs.name] };
  return classOf(children(x).find((c) => ['name', 'anyName', 'nsName', 'choice'].includes(c.name))!);
}

function classOf(x: XElement): NameClass {
  if (x.name === 'name') return { names: [localName(textContent(x).trim())] };
  if (x.name === 'choice') {
    const parts = children(x).map(classOf);
    return parts.some((p) => 'any' in p) ? { any: true } : { names: parts.flatMap((p) => ('names' in p ? p.names : [])) };
  }
  const except = children(x, 'except')[0];
  // nsName: any name of a namespace; names are compared without their namespace here.
  return { any: true, ...(except ? { except: classOf({ ...except, name: 'choice' }) } : {}) };
}

const localName = (q: string) => q.slice(q.indexOf(':') + 1);

export function matches(nc: NameClass, name: string): boolean {
  if ('names' in nc) return nc.names.includes(name);
  return !nc.except || !matches(nc.except, name);
}
