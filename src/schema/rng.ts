/**
 * A RelaxNG grammar (XML syntax) read as a list of element patterns: for each, the element's
 * name, its attributes with their values, the elements it may contain and whether it holds
 * text. Enough to document a schema and to compare two schemas element by element; the
 * order and number of children are left to a validator.
 */
import { readXml } from '../tei/reader.js';
import { children, textContent, type XElement } from '../tei/xnode.js';

export interface RngAttribute {
  name: string;
  /** `depends`: required in one form of the element, absent or optional in another. */
  required: 'yes' | 'no' | 'depends';
  /** Closed list of values, when the pattern gives one. */
  values?: string[];
  /** XSD datatype, with its pattern, when the value is typed. */
  datatype?: string;
}

export interface RngElement {
  /** Name of the define holding the element pattern (e.g. `idno.archival`). */
  define: string;
  name: string;
  doc: string;
  attributes: RngAttribute[];
  /** Defines (element patterns) allowed as children, in order of first mention. */
  children: string[];
  text: boolean;
  /** Closed list of text values (e.g. resp words). */
  values?: string[];
}

interface Walk {
  attributes: RngAttribute[];
  children: string[];
  text: boolean;
  values: string[];
}

const OPTIONAL = new Set(['optional', 'zeroOrMore']);

/** Every define of a grammar whose pattern is an element. */
export function readRng(xml: string): RngElement[] {
  const grammar = readXml(xml);
  const defines = new Map<string, XElement[]>();
  for (const d of children(grammar, 'define')) defines.set(d.attrs.name!, [...(defines.get(d.attrs.name!) ?? []), d]);
  const elementOf = (define: string): XElement | undefined => {
    const bodies = (defines.get(define) ?? []).flatMap((d) => children(d));
    return bodies.length === 1 && bodies[0]!.name === 'element' ? bodies[0] : undefined;
  };

  const walk = (pattern: XElement, acc: Walk, required: RngAttribute['required'], seen: Set<string>): void => {
    for (const p of children(pattern)) {
      switch (p.name) {
        case 'documentation':
          break;
        case 'attribute':
          addAttribute(acc.attributes, attribute(p, required));
          break;
        case 'ref': {
          const name = p.attrs.name!;
          if (elementOf(name)) {
            if (!acc.children.includes(name)) acc.children.push(name);
          } else if (!seen.has(name)) {
            for (const d of defines.get(name) ?? []) walk(d, acc, required, new Set([...seen, name]));
          }
          break;
        }
        case 'text':
        case 'data':
          acc.text = true;
          break;
        case 'value':
          acc.text = true;
          acc.values.push(textContent(p));
          break;
        case 'mixed':
          acc.text = true;
          walk(p, acc, required, seen);
          break;
        case 'element':
          break;
        default:
          walk(p, acc, p.name === 'choice' && required === 'yes' ? 'depends' : OPTIONAL.has(p.name) ? 'no' : required, seen);
      }
    }
  };

  const out: RngElement[] = [];
  for (const define of defines.keys()) {
    const e = elementOf(define);
    if (!e) continue;
    const acc: Walk = { attributes: [], children: [], text: false, values: [] };
    walk(e, acc, 'yes', new Set());
    const doc = children(e, 'documentation')[0];
    out.push({
      define,
      name: elementName(e),
      doc: doc ? textContent(doc).trim() : '',
      attributes: acc.attributes,
      children: acc.children,
      text: acc.text,
      ...(acc.values.length > 0 && { values: acc.values }),
    });
  }
  return out;
}

function elementName(e: XElement): string {
  return e.attrs.name ?? textContent(children(e, 'name')[0] ?? e).trim();
}

function attribute(a: XElement, required: RngAttribute['required']): RngAttribute {
  const values = children(a, 'choice').flatMap((c) => children(c, 'value')).concat(children(a, 'value')).map(textContent);
  const data = children(a, 'data')[0];
  const pattern = data && children(data, 'param').find((p) => p.attrs.name === 'pattern');
  const refs = children(a, 'ref').map((r) => r.attrs.name!);
  return {
    name: elementName(a),
    required,
    ...(values.length > 0 && { values }),
    ...(data ? { datatype: `xsd:${data.attrs.type}${pattern ? ` matching ${textContent(pattern)}` : ''}` } : refs.length ? { datatype: refs.join(' | ') } : {}),
  };
}

/** The same attribute met again (in another branch of a choice): values merged, requirement weakened. */
function addAttribute(list: RngAttribute[], a: RngAttribute): void {
  const have = list.find((x) => x.name === a.name);
  if (!have) {
    list.push(a);
    return;
  }
  if (have.required !== a.required) have.required = have.required === 'no' || a.required === 'no' ? 'no' : 'depends';
  if (a.values) have.values = [...new Set([...(have.values ?? []), ...a.values])];
  if (a.datatype && !have.datatype) have.datatype = a.datatype;
}
