/**
 * The ordered chain of inline rules (cf. markdown-it): earlier rules win where annotations
 * cross. Turns a run of text into inline nodes, reporting every rejected or doubtful annotation.
 */
import type { Annotation, InlineContext, InlineRule } from '../model/annotation.js';
import { lineLocator, type Inline, type Locator, type Position } from '../model/document.js';
import type { ReportBuilder } from '../diagnostics/report.js';
import { noteRule } from '../rules/footnote.js';
import { bracketRule, unbalancedBrackets } from '../rules/bracket.js';
import { emphasisRule } from '../rules/emphasis.js';
import { dateRule } from '../rules/date.js';
import { nameRule } from '../rules/names.js';
import { combine } from './inline.js';

/** `at`: where the text starts, when it stands on one line, or where each of its offsets comes from. */
export interface PhraseParser {
  (text: string, at: Position | Locator, extra?: Annotation[]): Inline[];
}

/** The body's chain. `extra` annotations (from block rules, e.g. an archival id) rank first. */
export function phraseParser(docId: string, context: InlineContext, report: ReportBuilder): PhraseParser {
  const chain: InlineRule[] = [noteRule(`${docId}-fn`), bracketRule, emphasisRule, dateRule, nameRule];
  return (raw, at, extra = []) => {
    const { text, joins } = pageJoins(raw);
    const locate = typeof at === 'function' ? at : lineLocator(at);
    reportUnbalanced(text, locate, report);
    return annotate(text, locate, [[...joins, ...extra], ...chain.map((rule) => rule(text, context))], report);
  };
}

/** A square bracket without its pair stays text; the editor is told where (the first few of a paragraph). */
function reportUnbalanced(text: string, at: Locator, report: ReportBuilder): void {
  if (!text.includes('[') && !text.includes(']')) return;
  const offsets = unbalancedBrackets(text);
  for (const offset of offsets.slice(0, 3)) report.review(at(offset), 'bracket', `unbalanced "${text[offset]}": left as text`);
  if (offsets.length > 3) report.review(at(0), 'bracket', `${offsets.length} unbalanced square brackets in this paragraph in all`);
}

/** The marks where page-broken paragraphs were rejoined (U+0000) become spaces and `pb` traces. */
function pageJoins(raw: string): { text: string; joins: Annotation[] } {
  const joins: Annotation[] = [];
  for (let i = raw.indexOf(PAGE_JOIN); i !== -1; i = raw.indexOf(PAGE_JOIN, i + 1)) {
    joins.push({ rule: 'page-break', start: i, end: i, node: { kind: 'pb' } });
  }
  return { text: raw.replaceAll(PAGE_JOIN, ' '), joins };
}

/** Marks a rejoin inside a unit's text until the phrase parser turns it into a trace. */
export const PAGE_JOIN = '\u0000';

/** Combines annotation groups (strongest first) into inline nodes, reporting what an editor should check. */
export function annotate(text: string, at: Locator, groups: Annotation[][], report: ReportBuilder): Inline[] {
  const { children, rejected } = combine(text, groups);
  for (const group of groups) for (const a of group) if (a.review) report.review(at(a.start), a.rule, a.review);
  for (const a of rejected) {
    report.review(at(a.start), a.rule, `"${text.slice(a.start, a.end)}" crosses another annotation and was not tagged as ${a.node.kind}`);
  }
  return children;
}
