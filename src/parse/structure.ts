/**
 * Makes a sequence of blocks fit TEI's body and div model whatever the input looked like:
 * what opens (head, opener), then at least one block of content, then what closes (closer),
 * notes anywhere, and once divs start, nothing but divs. A part that stands where it cannot
 * (a signature mid-text, a title with nothing under it, a turn with no words) becomes a
 * paragraph: its words are kept, only its role is given up.
 */
import type { Block, LetterPart } from '../model/document.js';

const CONTENT = new Set<Block['kind']>(['p', 'sp', 'list', 'div', 'floatingText', 'bibl']);

export function conform(blocks: Block[]): Block[] {
  const repaired = blocks.flatMap(repairInside);
  const first = repaired.findIndex((b) => CONTENT.has(b.kind));
  // With nothing else to hold them, even notes become paragraphs: TEI needs content here.
  if (first < 0) return repaired.flatMap(asParagraphs).map((b) => (b.kind === 'note' ? { kind: 'p', pos: b.pos, children: b.children } : b));
  let last = -1;
  repaired.forEach((b, i) => {
    if (CONTENT.has(b.kind)) last = i;
  });
  const out: Block[] = [];
  repaired.forEach((b, i) => {
    const fits = b.kind === 'note' || CONTENT.has(b.kind) || (i < first ? b.kind === 'head' || b.kind === 'opener' : i > last && b.kind === 'closer');
    out.push(...(fits ? [b] : asParagraphs(b)));
  });
  return divsLast(out);
}

/** Conforms what a block holds, and turns a turn without words into a paragraph of its label. */
function repairInside(b: Block): Block[] {
  if (b.kind === 'div') return [{ ...b, blocks: conform(b.blocks) }];
  if (b.kind === 'floatingText') return [{ ...b, blocks: conform(b.blocks) }];
  if (b.kind === 'sp' && b.paragraphs.length === 0) return [{ kind: 'p', pos: b.pos, children: [{ kind: 'text', value: b.speaker }] }];
  return [b];
}

/** Content after the first div goes into the div before it. */
function divsLast(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let div: Extract<Block, { kind: 'div' }> | undefined;
  for (const b of blocks) {
    if (b.kind === 'div') {
      div = b;
      out.push(b);
    } else if (div && CONTENT.has(b.kind)) {
      div.blocks = conform([...div.blocks.filter((x) => x.kind !== 'closer'), b, ...div.blocks.filter((x) => x.kind === 'closer')]);
    } else out.push(b);
  }
  return out;
}

function asParagraphs(b: Block): Block[] {
  switch (b.kind) {
    case 'head':
      return [{ kind: 'p', pos: b.pos, children: b.children }];
    case 'opener':
    case 'closer':
      return b.parts.map(partAsBlock);
    default:
      return [b];
  }
}

function partAsBlock(p: LetterPart): Block {
  return p.kind === 'note' ? { kind: 'note', pos: p.pos, type: p.type, children: p.children } : { kind: 'p', pos: p.pos, children: p.children };
}
