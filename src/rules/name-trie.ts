/**
 * The gazetteer's spellings as a trie, built once and walked from a position of the text. It
 * matches what a case-insensitive Unicode regular expression shaped as the same trie would
 * (greedy, first branch first, the longer spelling before the shorter), without compiling one:
 * a pattern of every spelling took a quarter of a second to warm up in each thread.
 *
 * A spelling's characters are compared as such a pattern compares them (Unicode simple case
 * folding); a run of spaces or a hyphen is one separator, and spaces after an inner dot may be
 * left out, as `atomsOf` says.
 */

/** One step of a spelling: a character (any case), a separator, an apostrophe, or the optional blanks after a dot. */
type Atom = { kind: 'char'; cls: number } | { kind: 'separator' } | { kind: 'apostrophe' } | { kind: 'spaces-after-dot' };

interface Edge {
  atom: Exclude<Atom, { kind: 'char' }>;
  child: TrieNode;
}

/**
 * Character edges by class, and the other edges in the order they were made. The two never
 * compete for a position: a class holds no blank, hyphen or apostrophe, and the blanks after a
 * dot, which may match nothing, are the only edge of the node after that dot.
 */
interface TrieNode {
  terminal: boolean;
  chars: Map<number, TrieNode>;
  others: Edge[];
}

const newNode = (): TrieNode => ({ terminal: false, chars: new Map(), others: [] });

const APOSTROPHE = /['’‘ʼ`]/uy;
const HYPHEN = /[-\u2010\u2011]/uy;
/** After a spelling, no letter or digit may follow ("Stalingrad" does not contain Stalin). */
const WORD_CHAR = /[\p{L}\p{N}]/iuy;

const at = (re: RegExp, text: string, i: number): boolean => {
  re.lastIndex = i;
  return re.test(text);
};

/**
 * LINE_SPACE (white space but the line end) by code, as the walk asks it of every blank: the
 * white space of JavaScript's `\s`, which a test holds equal to the pattern for every character.
 */
export function isLineSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Where a run of spaces (no line end) starting at `i` ends. */
function spacesEnd(text: string, i: number): number {
  while (i < text.length && isLineSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The positions from `from` down to `to`: the longest first, as a greedy quantifier gives them back. */
function pushDown(out: number[], from: number, to: number): void {
  for (let i = from; i >= to; i--) out.push(i);
}

/**
 * Blanks within a line or across one line end, but not a blank line: spaces, then perhaps a line
 * end and spaces; or a line end and spaces. The ends in the order backtracking would try them.
 */
function blanksEnds(text: string, i: number, out: number[]): void {
  const run = spacesEnd(text, i);
  if (run > i) {
    if (text[run] === '\n') pushDown(out, spacesEnd(text, run + 1), run + 1);
    pushDown(out, run, i + 1);
  } else if (text[i] === '\n') pushDown(out, spacesEnd(text, i + 1), i + 1);
}

/** A hyphen with spaces either side, else blanks. */
function separatorEnds(text: string, i: number, out: number[]): void {
  const run = spacesEnd(text, i);
  if (at(HYPHEN, text, run)) pushDown(out, spacesEnd(text, run + 1), run + 1);
  blanksEnds(text, i, out);
}

/** Characters of spellings, grouped into classes of those that match each other regardless of case. */
class CharClasses {
  private readonly members: string[][] = [];
  private readonly tests: RegExp[] = [];
  private readonly ascii = new Int16Array(128);
  private readonly cache = new Map<number, number>();
  private readonly added = new Map<string, number>();
  private classify: RegExp | undefined;

  /** The class of a spelling's character, a new one if no earlier character matches it. */
  add(ch: string): number {
    const known = this.added.get(ch);
    if (known !== undefined) return known;
    let cls = this.tests.findIndex((t) => t.test(ch));
    if (cls < 0) {
      cls = this.members.length;
      this.members.push([]);
      this.tests.push(new RegExp(`^${codePointEscape(ch)}$`, 'iu'));
    }
    this.members[cls]!.push(ch);
    this.added.set(ch, cls);
    return cls;
  }

  /** Once every spelling is in: one pattern that tells, by its group, which class a character of the text is in. */
  seal(): void {
    this.classify = new RegExp(`^(?:${this.members.map((m) => `([${m.map(codePointEscape).join('')}])`).join('|')})$`, 'iu');
    for (let c = 0; c < 128; c++) this.ascii[c] = this.lookup(String.fromCharCode(c));
    this.cache.clear();
  }

  /** The class of the text's character (code point) at `i`; -1 for none. */
  at(text: string, i: number): number {
    const code = text.charCodeAt(i);
    if (code < 128) return this.ascii[code]!;
    const cp = text.codePointAt(i)!;
    let cls = this.cache.get(cp);
    if (cls === undefined) {
      cls = this.lookup(String.fromCodePoint(cp));
      // Bounded, for hostile input: a text has a few hundred distinct characters.
      if (this.cache.size < 100_000) this.cache.set(cp, cls);
    }
    return cls;
  }

  private lookup(ch: string): number {
    const m = this.classify!.exec(ch);
    return m ? m.findIndex((g, k) => k > 0 && g !== undefined) - 1 : -1;
  }
}

const codePointEscape = (ch: string): string => `\\u{${ch.codePointAt(0)!.toString(16)}}`;

export class NameTrie {
  private readonly root = newNode();
  private readonly classes = new CharClasses();

  constructor(forms: Iterable<string>) {
    for (const form of forms) this.insert(form);
    this.classes.seal();
  }

  private insert(form: string): void {
    let node = this.root;
    for (const atom of this.atomsOf(form)) {
      if (atom.kind === 'char') {
        let child = node.chars.get(atom.cls);
        if (!child) node.chars.set(atom.cls, (child = newNode()));
        node = child;
      } else {
        let edge = node.others.find((e) => e.atom.kind === atom.kind);
        if (!edge) node.others.push((edge = { atom, child: newNode() }));
        node = edge.child;
      }
    }
    node.terminal = true;
  }

  /**
   * A run of spaces is one separator, so is a hyphen ("Kim Il-sung" = "Kim Il Sung"); any
   * apostrophe will do; after a dot inside a spelling, blanks may follow or not ("I.V.Stalin").
   * Each other character is itself, lower-cased.
   */
  private atomsOf(form: string): Atom[] {
    const chars = [...form];
    const out: Atom[] = [];
    chars.forEach((ch, i) => {
      const previous = chars[i - 1] ?? '';
      if (/\s/u.test(ch)) {
        // After a dot the blanks are already optional; a run of spaces is one separator.
        if (!/\s/u.test(previous) && previous !== '.') out.push({ kind: 'separator' });
      } else if (at(HYPHEN, ch, 0)) out.push({ kind: 'separator' });
      else if (at(APOSTROPHE, ch, 0)) out.push({ kind: 'apostrophe' });
      else {
        for (const c of ch === '.' ? '.' : ch.toLowerCase()) out.push({ kind: 'char', cls: this.classes.add(c) });
        if (ch === '.' && i < chars.length - 1) out.push({ kind: 'spaces-after-dot' });
      }
    });
    return out;
  }

  /** Where the spelling that matches at `start` ends (the first the greedy walk finds), or -1. */
  matchAt(text: string, start: number): number {
    return this.walk(this.root, text, start);
  }

  private walk(node: TrieNode, text: string, i: number): number {
    const byChar = i < text.length && node.chars.size ? node.chars.get(this.classes.at(text, i)) : undefined;
    if (byChar) {
      const found = this.walk(byChar, text, i + (text.codePointAt(i)! > 0xffff ? 2 : 1));
      if (found >= 0) return found;
    }
    for (const { atom, child } of node.others) {
      let found = -1;
      if (atom.kind === 'apostrophe') {
        if (at(APOSTROPHE, text, i)) found = this.walk(child, text, i + 1);
      } else {
        const ends: number[] = [];
        if (atom.kind === 'separator') separatorEnds(text, i, ends);
        else {
          blanksEnds(text, i, ends);
          ends.push(i);
        }
        for (const end of ends) if ((found = this.walk(child, text, end)) >= 0) break;
      }
      if (found >= 0) return found;
    }
    return node.terminal && !at(WORD_CHAR, text, i) ? i : -1;
  }
}
