/**
 * Rules beyond grammar, each with an id, like a linter's. They run on any TEI tree,
 * hand-edited ones included.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findArchivalIds } from '../rules/archival-id.js';
import { children, descendants, textContent, type XElement } from '../tei/xnode.js';

export interface RuleContext {
  root: XElement;
  /** Every element of the tree in document order, listed once for all rules. */
  elements: XElement[];
  /** The element each xml:id names (the first, where an id is used twice). */
  byId: Map<string, XElement>;
  /** The present, in ms since the epoch: dates after it are in the future. */
  now: number;
  /** Line and column of an element, where the reader recorded it. */
  locate: (e: XElement) => { line: number; column: number };
  report: (e: XElement, message: string) => void;
}

export interface TeiRule {
  id: string;
  description: string;
  check: (ctx: RuleContext) => void;
}

const POINTER_ATTRS = ['who', 'ref', 'target', 'resp', 'sameAs', 'corresp'];
const BRACKET_HOME = new Set(['bibl', 'biblStruct', 'title', 'idno', 'ref', 'note', 'desc', 'speaker']);
/** What a pointer on an element must point to: a name's @ref its declaration, a marker its note. */
const POINTER_KIND: { element: string; attr: string; type?: string; target: string }[] = [
  { element: 'persName', attr: 'ref', target: 'person' },
  { element: 'placeName', attr: 'ref', target: 'place' },
  { element: 'orgName', attr: 'ref', target: 'org' },
  { element: 'sp', attr: 'who', target: 'person' },
  { element: 'person', attr: 'sameAs', target: 'person' },
  { element: 'ref', attr: 'target', type: 'noteAnchor', target: 'note' },
];
const ENTITIES = new Set(['person', 'place', 'org']);
/** Markdown and HTML markup of the web page: `**`, `*word*`, `<sup>`, `####`, an escaped `\*`. */
const MARKDOWN = /\*\*|(?<![\p{L}\p{N}*])\*[^\s*][^*]*(?<=\S)\*(?![\p{L}\p{N}*])|<\/?(?:sup|sub|b|i|em|strong|br)\b[^>]*>|^\s*#{2,6}\s|\\\*/mu;

const ownText = (e: XElement): string => e.children.filter((c): c is string => typeof c === 'string').join('');

export const RULES: TeiRule[] = [
  {
    id: 'id-unique',
    description: 'Every xml:id is unique in the file.',
    check: ({ elements, report }) => {
      const seen = new Set<string>();
      for (const e of elements) {
        const id = e.attrs['xml:id'];
        if (id === undefined) continue;
        if (seen.has(id)) report(e, `xml:id "${id}" is used more than once`);
        seen.add(id);
      }
    },
  },
  {
    id: 'pointer-resolves',
    description: 'Every #pointer in @who, @ref, @target, @resp, @sameAs, @corresp names an xml:id of the same file.',
    check: ({ elements, byId, report }) => {
      for (const e of elements) {
        for (const a of POINTER_ATTRS) {
          for (const ptr of (e.attrs[a] ?? '').split(/\s+/)) {
            if (ptr.startsWith('#') && !byId.has(ptr.slice(1))) report(e, `@${a} points to "${ptr}", which no xml:id in this file declares`);
          }
        }
      }
    },
  },
  {
    id: 'pointer-kind',
    description: 'A name\'s @ref points to a declaration of its kind (persName to person, placeName to place, orgName to org), sp/@who and person/@sameAs to a person, a note anchor to a note.',
    check: ({ elements, byId, report }) => {
      for (const e of elements) {
        for (const k of POINTER_KIND) {
          if (e.name !== k.element || (k.type && e.attrs.type !== k.type)) continue;
          for (const ptr of (e.attrs[k.attr] ?? '').split(/\s+/)) {
            const target = ptr.startsWith('#') ? byId.get(ptr.slice(1)) : undefined;
            if (target && target.name !== k.target) report(e, `@${k.attr}="${ptr}" of ${e.name} points to a ${target.name}, not a ${k.target}`);
          }
        }
      }
    },
  },
  {
    id: 'date-valid',
    description: '@when is a real ISO 8601 date (or --MM-DD), and not in the future.',
    check: ({ elements, now, report }) => {
      for (const e of elements) {
        const when = e.attrs.when;
        if (when === undefined) continue;
        const problem = dateProblem(when, now);
        if (problem) report(e, `@when="${when}" ${problem}`);
      }
    },
  },
  {
    id: 'no-empty-p',
    description: 'No paragraph is empty.',
    check: ({ elements, report }) => {
      for (const e of elements) if (e.name === 'p' && !textContent(e).trim() && children(e).length === 0) report(e, 'empty paragraph');
    },
  },
  {
    id: 'no-markdown',
    description: 'No markdown or HTML markup (`**`, `*…*`, `<sup>`, `####`, `\\*`) survives as text.',
    check: ({ elements, report }) => {
      for (const e of elements) {
        const m = MARKDOWN.exec(ownText(e));
        if (m) report(e, `markdown left in text: "${m[0].trim().slice(0, 40)}"`);
      }
    },
  },
  {
    id: 'no-bracket-text',
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

export function dateProblem(when: string, now = Date.now()): string | undefined {
  const m = /^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(when);
  if (!m) return 'is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD, with an optional Thh:mm:ss)';
  const year = m[1] ? Number(m[1]) : 2000;
  const month = Number(m[2] ?? m[4] ?? 1);
  const day = Number(m[3] ?? m[5] ?? 1);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return 'is not a real calendar date';
  if (m[6] && (Number(m[6]) > 23 || Number(m[7]) > 59 || Number(m[8]) > 59)) return 'has an impossible time';
  if (m[1] && d.getTime() > now) return 'lies in the future';
  return undefined;
}

/** Runs every rule over a tree; `now` decides what lies in the future. */
export function checkRules(root: XElement, file: string, locate: RuleContext['locate'], now = Date.now()): Diagnostic[] {
  const out: Diagnostic[] = [];
  const elements = descendants(root);
  const byId = new Map<string, XElement>();
  for (const e of elements) {
    const id = e.attrs['xml:id'];
    if (id !== undefined && !byId.has(id)) byId.set(id, e);
  }
  for (const rule of RULES) {
    rule.check({
      root,
      elements,
      byId,
      now,
      locate,
      report: (e, message) => out.push({ file, ...locate(e), severity: 'error', rule: rule.id, message }),
    });
  }
  return out;
}
