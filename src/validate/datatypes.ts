/**
 * Values against a grammar's value patterns: closed lists, XML Schema datatypes (table in
 * data/xsd-types.json, dates through dates.ts) and the regular expressions of a pattern param.
 * A datatype or expression this cannot check is accepted: the explainer must not invent faults.
 */
import table from '../data/xsd-types.json' with { type: 'json' };
import { w3cDate } from '../util/w3c-date.js';
import type { Pattern } from './grammar.js';

const TYPES: Record<string, { says: string; form?: string }> = table.types;
const DATE_TYPES = new Set(['date', 'dateTime', 'gYear', 'gYearMonth', 'gMonthDay', 'gMonth', 'gDay', 'time']);
const regexCache = new Map<string, RegExp | null>();

/** An XML Schema regular expression as a JavaScript one (v flag: class subtraction), or null. */
function xsdRegex(source: string): RegExp | null {
  if (!regexCache.has(source)) {
    const js = source
      .replace(/\\i/g, '[\\p{L}_:]')
      .replace(/\\c/g, '[\\p{L}\\p{N}\\p{M}._:\\-]')
      .replace(/-\[/g, '--[');
    let re: RegExp | null;
    try {
      re = new RegExp(`^(?:${js})$`, 'v');
    } catch {
      re = null;
    }
    regexCache.set(source, re);
  }
  return regexCache.get(source)!;
}

function dataOk(p: Extract<Pattern, { t: 'data' }>, raw: string): boolean {
  const value = p.type === 'string' ? raw : raw.trim().replace(/\s+/g, ' ');
  const type = TYPES[p.type];
  let ok = true;
  if (DATE_TYPES.has(p.type)) {
    const read = w3cDate(value);
    ok = 'date' in read && read.date.form === p.type;
  } else if (type?.form) ok = new RegExp(type.form, 'u').test(value);
  const re = p.pattern === undefined ? null : xsdRegex(p.pattern);
  if (ok && re) ok = re.test(value);
  if (ok && p.except) ok = !valueOk(p.except, raw);
  return ok;
}

/** Whether a value is one the pattern (value, data, list, choice, text) accepts. */
export function valueOk(p: Pattern, raw: string): boolean {
  switch (p.t) {
    case 'text':
      return true;
    case 'value':
      return raw.trim().replace(/\s+/g, ' ') === p.value;
    case 'data':
      return dataOk(p, raw);
    case 'choice':
      return valueOk(p.a, raw) || valueOk(p.b, raw);
    case 'empty':
      return raw.trim() === '';
    case 'list': {
      const tokens = raw.trim().split(/\s+/).filter(Boolean);
      return tokens.length > 0 && tokens.every((t) => tokenOk(p.p, t));
    }
    case 'group':
    case 'oneOrMore':
      return tokenOk(p, raw);
    default:
      return true;
  }
}

/** A token of a list: accepted by one of the value leaves of the list's pattern. */
function tokenOk(p: Pattern, token: string): boolean {
  if (p.t === 'group' || p.t === 'choice' || p.t === 'interleave') return tokenOk(p.a, token) || tokenOk(p.b, token);
  if (p.t === 'oneOrMore') return tokenOk(p.p, token);
  return p.t === 'empty' ? false : valueOk(p, token);
}

/** What a value pattern (refs expanded) allows, in words: `equal to "a", "b" or "c"`, `a year`, … */
export function describeValue(p: Pattern): string {
  const values: string[] = [];
  const kinds: string[] = [];
  const walk = (x: Pattern, depth: number): void => {
    if (depth > 20) return;
    switch (x.t) {
      case 'value':
        if (!values.includes(x.value)) values.push(x.value);
        break;
      case 'data': {
        const says = `${TYPES[x.type]?.says ?? `a ${x.type}`}${x.pattern ? ` matching the regular expression "${x.pattern}"` : ''}`;
        if (!kinds.includes(says)) kinds.push(says);
        break;
      }
      case 'list':
        kinds.push(`a space-separated list of ${describeValue(x.p)}`);
        break;
      case 'choice':
      case 'group':
      case 'interleave':
        walk(x.a, depth + 1);
        walk(x.b, depth + 1);
        break;
      case 'oneOrMore':
        walk(x.p, depth + 1);
        break;
      case 'text':
        if (!kinds.includes('text')) kinds.push('text');
        break;
      default:
    }
  };
  walk(p, 0);
  const parts = [...(values.length ? [`equal to ${orList(values.map((v) => `"${v}"`))}`] : []), ...kinds];
  return orList(parts);
}

export const orList = (items: string[]): string => (items.length <= 1 ? (items[0] ?? 'nothing') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);
