/**
 * The `tei` profile: what any TEI file must satisfy beyond its grammar, whoever made it.
 * Pointer kinds come from data/pointer-kinds.json, the Schematron subset from
 * data/tei-constraints.json.
 */
import kinds from '../data/pointer-kinds.json' with { type: 'json' };
import { checkConstraints } from './constraints.js';
import { W3C_DATE_ATTRIBUTES, w3cDate } from '../util/w3c-date.js';
import type { Profile, RuleContext, TeiRule } from './rule.js';
import type { XElement } from '../tei/xnode.js';

interface PointerKind {
  element: string;
  attr: string;
  type?: string;
  /** Element names allowed as targets; `=` is the pointer's own element name. */
  targets: string[];
}

const POINTER_ATTRS = kinds.pointerAttributes;
const KINDS: Record<Profile, PointerKind[]> = { tei: kinds.tei, teikit: [...kinds.teikit, ...kinds.tei] };

/** A pointer to an element of this file: `#id` (not a pointer to another file, nor an XPointer scheme). */
const localId = (ptr: string): string | undefined => (/^#[^\s#()]+$/.test(ptr) ? ptr.slice(1) : undefined);
const pointers = (e: XElement, attr: string): string[] => e.attrs[attr]!.split(/\s+/).filter(Boolean);

const POINTER_ORDER = new Map(POINTER_ATTRS.map((a, i) => [a, i]));
/** The pointing attributes an element carries, in the table's order: most carry none, so its few attributes are looked up, not the table's. */
function pointingAttrs(e: XElement): string[] {
  const out: string[] = [];
  for (const a in e.attrs) if (POINTER_ORDER.has(a)) out.push(a);
  return out.length > 1 ? out.sort((x, y) => POINTER_ORDER.get(x)! - POINTER_ORDER.get(y)!) : out;
}

function kindFor(profile: Profile, e: XElement, attr: string): PointerKind | undefined {
  return KINDS[profile].find((k) => k.attr === attr && (k.element === '*' || k.element === e.name) && (!k.type || e.attrs.type === k.type));
}

const list = (names: string[]) => (names.length === 1 ? `a ${names[0]}` : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);

export const TEI_RULES: TeiRule[] = [
  {
    id: 'id-unique',
    profile: 'tei',
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
    profile: 'tei',
    description: `Every local pointer (#id) in a pointing attribute (@${POINTER_ATTRS.slice(0, 6).join(', @')}, …) names an xml:id of the same file; pointers to other files are not checked.`,
    check: ({ elements, byId, report }) => {
      for (const e of elements) {
        for (const a of pointingAttrs(e)) {
          for (const ptr of pointers(e, a)) {
            const id = localId(ptr);
            if (id !== undefined && !byId.has(id)) report(e, `@${a} of ${e.name} points to "${ptr}", which no xml:id in this file declares`);
          }
        }
      }
    },
  },
  {
    id: 'pointer-kind',
    profile: 'tei',
    description: 'A pointer points to an element of a kind its attribute allows: @who to a person or group (person, personGrp, persona, org, role, castItem), a name\'s @ref to its kind, @sameAs to an element of its own name… (teikit: sp/@who and persName/@ref to a person, a note anchor to a note).',
    check: ({ elements, byId, profile, report }) => {
      for (const e of elements) {
        for (const attr of pointingAttrs(e)) {
          const kind = kindFor(profile, e, attr);
          if (!kind) continue;
          const allowed = kind.targets.map((t) => (t === '=' ? e.name : t));
          for (const ptr of pointers(e, attr)) {
            const id = localId(ptr);
            const target = id === undefined ? undefined : byId.get(id);
            if (target && !allowed.includes(target.name)) report(e, `@${attr}="${ptr}" of ${e.name} points to a ${target.name}, not ${list(allowed)}`);
          }
        }
      }
    },
  },
  {
    id: 'date-valid',
    profile: 'tei',
    description: '@when, @notBefore, @notAfter, @from and @to are W3C dates (data.temporal.w3c) that exist in the calendar (teikit: and not in the future).',
    check: ({ elements, profile, now, report }) => {
      for (const e of elements) {
        for (const a of W3C_DATE_ATTRIBUTES) {
          const value = e.attrs[a];
          if (value === undefined || ((a === 'from' || a === 'to') && !datesFromTo(e))) continue;
          const read = w3cDate(value);
          if ('problem' in read) report(e, `@${a}="${value}" of ${e.name} ${read.problem}`);
          else if (profile === 'teikit' && read.date.start !== undefined && read.date.start > now) report(e, `@${a}="${value}" of ${e.name} lies in the future`);
        }
      }
    },
  },
  {
    id: 'tei-constraint',
    profile: 'tei',
    description: 'The constraints TEI\'s schema states in Schematron for the elements a text, a letter or a play uses (listed in src/data/tei-constraints.json): @when alone, @subtype with @type, relatedItem with @target or content, paragraphs not in paragraphs, …',
    check: (ctx: RuleContext) => checkConstraints(ctx),
  },
];

/** The elements of tei_all whose @from and @to are not att.datable's dates (pointers, folios). */
const OTHER_FROM_TO = new Set(['app', 'arc', 'biblScope', 'citedRange', 'locus', 'rt', 'span']);
const datesFromTo = (e: XElement) => !OTHER_FROM_TO.has(e.name);
