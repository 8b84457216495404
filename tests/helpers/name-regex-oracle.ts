/**
 * The gazetteer's spellings as one case-insensitive regular expression shaped as a trie (how the
 * name rule matched before it walked a trie of its own): the oracle `NameTrie` is held to.
 */
import { escapeRegExp, LINE_SPACE } from '../../src/rules/text.js';

const SPACES = `(?:${LINE_SPACE}+(?:\\n${LINE_SPACE}*)?|\\n${LINE_SPACE}*)`;
const SEPARATOR = `(?:${LINE_SPACE}*[\\-\\u2010\\u2011]${LINE_SPACE}*|${SPACES})`;
const APOSTROPHE = "['’‘ʼ`]";

/** One pattern piece per character of a spelling. */
function atoms(form: string): string[] {
  const chars = [...form];
  const out: string[] = [];
  chars.forEach((ch, i) => {
    const previous = chars[i - 1] ?? '';
    if (/\s/u.test(ch)) {
      if (!/\s/u.test(previous) && previous !== '.') out.push(SEPARATOR);
    } else if (/[-\u2010\u2011]/u.test(ch)) out.push(SEPARATOR);
    else if (new RegExp(`^${APOSTROPHE}$`, 'u').test(ch)) out.push(APOSTROPHE);
    else if (ch === '.') out.push(...(i === chars.length - 1 ? ['\\.'] : ['\\.', `(?:${SPACES})?`]));
    else out.push(escapeRegExp(ch.toLowerCase()));
  });
  return out;
}

interface Node {
  terminal: boolean;
  next: Map<string, Node>;
}

function source(node: Node): string {
  const branches = [...node.next].map(([atom, child]) => atom + source(child));
  if (branches.length === 0) return '';
  const body = `(?:${branches.join('|')})`;
  return node.terminal ? `${body}?` : body;
}

/** A sticky pattern: set lastIndex to a position, and it matches the spelling that starts there. */
export function spellingPattern(forms: Iterable<string>): RegExp {
  const root: Node = { terminal: false, next: new Map() };
  for (const form of forms) {
    let node = root;
    for (const atom of atoms(form)) {
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { terminal: false, next: new Map() }));
      node = child;
    }
    node.terminal = true;
  }
  return new RegExp(`${source(root)}(?![\\p{L}\\p{N}])`, 'iuy');
}
