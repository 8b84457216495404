/**
 * The `teikit` profile: the house conventions of the files teikit writes, checked on top of
 * the `tei` rules (a markdown remnant, a bracket where an editorial element belongs, …).
 */
import { findArchivalIds } from '../rules/archival-id.js';
import { children, textContent, type XElement } from '../tei/xnode.js';
import type { RuleContext, TeiRule } from './rule.js';

const BRACKET_HOME = new Set(['bibl', 'biblStruct', 'title', 'idno', 'ref', 'note', 'desc', 'speaker']);
const ENTITIES = new Set(['person', 'place', 'org']);
/** Markdown and HTML markup of the web page: `**`, `*word*`, `<sup>`, `####`, an escaped `\*`. */
const MARKDOWN = /\*\*|(?<![\p{L}\p{N}*])\*[^\s*][^*]*(?<=\S)\*(?![\p{L}\p{N}*])|<\/?(?:sup|sub|b|i|em|strong|br)\b[^>]*>|^\s*#{2,6}\s|\\\*/mu;
/** Every form of MARKDOWN holds one of these: text without them (nearly all) is not searched. */
const MARKDOWN_SIGN = /[*<#\\]/;

const ownText = (e: XElement): string => e.children.filter((c): c is string => typeof c === 'string').join('');

export const HOUSE_RULES: TeiRule[] = [
  {
    id: 'no-empty-p',
    profile: 'teikit',
    description: 'No paragraph is empty.',
    check: ({ elements, report }) => {
      for (const e of elements) if (e.name === 'p' && !textContent(e).trim() && children(e).length === 0) report(e, 'empty paragraph');
    },
  },
  {
    id: 'no-markdown',
    profile: 'teikit',
    description: 'No markdown or HTML markup (`**`, `*…*`, `<sup>`, `####`, `\\*`) survives as text.',
    check: ({ elements, report }) => {
      for (const e of elements) {
        const text = ownText(e);
        const m = MARKDOWN_SIGN.test(text) ? MARKDOWN.exec(text) : null;
        if (m) report(e, `markdown left in text: "${m[0].trim().slice(0, 40)}"`);
      }
    },
  },
  {
    id: 'no-bracket-text',
    profile: 'teikit',
    description: 'No pair of square brackets in running text where an editorial element belongs (citations and notes excepted; a lone bracket the source left unbalanced is kept as text).',
    check: ({ root, report }) => {
      const visit = (e: XElement, exempt: boolean) => {
        const here = exempt || BRACKET_HOME.has(e.name) || e.name === 'teiHeader';
        if (!here) {
          // A footnote number in brackets ("[1]") is a marker, not an editorial insertion.
          const m = /\[(?!\^?\d{1,3}\])[^\]]*\]/.exec(ownText(e));
          if (m) report(e, `bracket left in text: "${m[0].slice(0, 40)}"; use supplied, expan, gap or foreign`);
        }
        for (const c of children(e)) visit(c, here);
      };
      visit(root, false);
    },
  },
  {
    id: 'person-declared-once',
    profile: 'teikit',
    description: 'A person, place or organisation is declared once per file: one standard name, not shared with another declaration of its kind.',
    check: ({ elements, report }) => {
      const declaredBy = new Map<string, string>();
      for (const e of elements) {
        const id = e.attrs['xml:id'];
        if (!ENTITIES.has(e.name) || !id) continue;
        const standard = children(e).filter((c) => c.attrs.type === 'standard');
        if (standard.length > 1) report(e, `${e.name} "${id}" has ${standard.length} standard names`);
        for (const s of standard) {
          const key = `${e.name}\u0000${textContent(s).replace(/\s+/g, ' ').trim()}`;
          const first = declaredBy.get(key);
          if (first) report(e, `${e.name} "${id}" declares "${textContent(s).trim()}" again, already declared as "${first}"`);
          else declaredBy.set(key, id);
        }
      }
    },
  },
  {
    id: 'idno-components',
    profile: 'teikit',
    description:
      'An archival idno has its components tagged, and they are the ones its archival string says: same words, same types, none left untagged. A string no component can be read from (an archive outside the table, kept whole) has none.',
    check: ({ elements, report }) => {
      for (const e of elements) {
        if (e.name !== 'idno' || e.attrs.type !== 'archival') continue;
        const parts = children(e, 'idno');
        for (const p of parts) if (!/\d/.test(textContent(p))) report(p, `component ${p.attrs.type ?? '?'} "${textContent(p)}" holds no number`);
        checkComponentsAgainstString(e, report);
      }
    },
  },
];

/**
 * Reads the archival string again with the converter's own rule and compares, by position,
 * the components it finds with the tagged ones. Strings the rule cannot read (an archive
 * outside its systems) are left alone.
 */
function checkComponentsAgainstString(idno: XElement, report: RuleContext['report']): void {
  const tagged: { start: number; end: number; type: string; e: XElement }[] = [];
  let text = '';
  for (const c of idno.children) {
    if (typeof c === 'string') text += c;
    else {
      const value = textContent(c);
      if (c.name === 'idno') tagged.push({ start: text.length, end: text.length + value.length, type: c.attrs.type ?? '', e: c });
      text += value;
    }
  }
  const read = findArchivalIds(text)[0];
  if (!read) return;
  const found = read.components;
  const same = (a: { start: number; end: number; type: string }, b: { start: number; end: number; type: string }) => a.start === b.start && a.end === b.end && a.type === b.type;
  for (const t of tagged) {
    if (found.some((f) => same(f, t))) continue;
    const there = found.find((f) => f.start < t.end && t.start < f.end);
    report(t.e, there ? `component ${t.type} "${text.slice(t.start, t.end)}" disagrees with the archival string, which reads ${there.type} "${there.value}" here` : `component ${t.type} "${text.slice(t.start, t.end)}" is not a component of the archival string`);
  }
  for (const f of found) {
    if (!tagged.some((t) => t.start < f.end && f.start < t.end)) report(idno, `the archival string has ${f.type} "${f.value}", which is not tagged`);
  }
}

