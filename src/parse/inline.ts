/**
 * Combines the annotations of the inline rules into one tree of inline nodes.
 * Annotations must nest or be disjoint; where two cross, the one from the rule earlier
 * in the chain wins and the other is returned as rejected (for the conversion report).
 */
import type { Annotation, Span } from '../model/annotation.js';
import type { Inline, InlineElement } from '../model/document.js';

export interface Combined {
  children: Inline[];
  rejected: Annotation[];
}

interface Ranked extends Annotation {
  rank: number;
}

/** `groups` are the annotations of each rule in chain order (earlier = stronger). */
export function combine(text: string, groups: Annotation[][]): Combined {
  const all: Ranked[] = groups.flatMap((g, rank) => g.map((a) => ({ ...a, rank })));
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const { accepted, rejected } = resolveCrossings(all);
  return { children: buildTree(text, accepted), rejected };
}

function resolveCrossings(sorted: Ranked[]): { accepted: Ranked[]; rejected: Annotation[] } {
  const rejected = new Set<Ranked>();
  const stack: Ranked[] = [];
  for (const a of sorted) {
    while (stack.length && stack[stack.length - 1]!.end <= a.start) stack.pop();
    let ok = true;
    // Every open annotation that a crosses (ends inside a, before a ends) is a conflict.
    while (stack.length && stack[stack.length - 1]!.end < a.end) {
      const top = stack[stack.length - 1]!;
      if (top.rank <= a.rank || insideDrop(a, top)) {
        ok = false;
        break;
      }
      rejected.add(top);
      stack.pop();
    }
    if (ok && stack.length && insideDrop(a, stack[stack.length - 1]!)) ok = false;
    if (ok) stack.push(a);
    else rejected.add(a);
  }
  return { accepted: sorted.filter((a) => !rejected.has(a)), rejected: [...rejected] };
}

function insideDrop(a: Span, outer: Annotation): boolean {
  return (outer.drop ?? []).some((d) => a.start < d.end && d.start < a.end);
}

function buildTree(text: string, accepted: Ranked[]): Inline[] {
  const drops = accepted.flatMap((a) => a.drop ?? []).sort((x, y) => x.start - y.start);
  const root: Inline[] = [];
  const stack: { end: number; children: Inline[] }[] = [{ end: text.length, children: root }];
  let cursor = 0;
  const dropCursor = { index: 0 };
  const emit = (to: number) => {
    if (to <= cursor) return;
    const value = withoutDrops(text, cursor, to, drops, dropCursor);
    cursor = to;
    if (!value) return;
    const children = stack[stack.length - 1]!.children;
    const last = children[children.length - 1];
    if (last?.kind === 'text') last.value += value;
    else children.push({ kind: 'text', value });
  };
  const close = () => {
    emit(stack[stack.length - 1]!.end);
    stack.pop();
  };
  for (const a of accepted) {
    while (stack.length > 1 && stack[stack.length - 1]!.end <= a.start) close();
    emit(a.start);
    const node = { ...a.node } as InlineElement;
    stack[stack.length - 1]!.children.push(node);
    if ('children' in node || !isEmptyKind(node)) {
      const children: Inline[] = [];
      (node as { children: Inline[] }).children = children;
      stack.push({ end: a.end, children });
    } else {
      cursor = a.end;
    }
  }
  while (stack.length > 1) close();
  emit(text.length);
  return root;
}

/** Elements without content: the whole span is consumed. */
function isEmptyKind(node: InlineElement): boolean {
  return node.kind === 'gap' || node.kind === 'noteRef' || node.kind === 'pb';
}

/** Text of [from, to) without the dropped spans; `seen` skips drops already passed (calls move forward). */
function withoutDrops(text: string, from: number, to: number, drops: Span[], seen: { index: number }): string {
  let out = '';
  let at = from;
  while (seen.index < drops.length && drops[seen.index]!.end <= from) seen.index++;
  for (let i = seen.index; i < drops.length; i++) {
    const d = drops[i]!;
    if (d.end <= at) continue;
    if (d.start >= to) break;
    if (d.start > at) out += text.slice(at, d.start);
    at = Math.max(at, d.end);
  }
  if (at < to) out += text.slice(at, to);
  return out;
}
