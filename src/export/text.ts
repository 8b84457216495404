/**
 * The plain reading text of TEI files: editorial brackets restored by the conventions of
 * ENCODING.md, one block a paragraph. The lossless test compares it with the source.
 */
import { children, isElement, type XElement, type XNode } from '../tei/xnode.js';
import { path, teiDocuments, titleOf } from './documents.js';

export function exportText(root: XElement): string {
  return teiDocuments(root)
    .map((tei) => {
      const text = children(tei, 'text')[0];
      const parts = [titleOf(tei), '', bodyText(text)];
      return parts.join('\n').trimEnd();
    })
    .join('\n\n\n')
    .concat('\n');
}

/** The text of a `text` element (body and back), paragraphs separated by blank lines. */
export function bodyText(text: XElement | undefined): string {
  if (!text) return '';
  const out: string[] = [];
  const blocks = (e: XElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === 'sp') out.push([...children(c, 'speaker'), ...children(c, 'p')].map(render).join(' '));
      else if (c.name === 'list') for (const i of children(c, 'item')) out.push(`${i.attrs.n ? `${i.attrs.n}. ` : ''}${render(i)}`);
      else if (c.name === 'div') {
        const head = children(c, 'head')[0];
        const n = c.attrs.n ? `${c.attrs.n}. ` : '';
        if (head) out.push(n + render(head));
        const start = out.length;
        blocks({ ...c, children: c.children.filter((x) => x !== head) });
        if (!head && n && out[start] !== undefined) out[start] = n + out[start];
      } else if (c.name === 'floatingText') blocks(path(c, 'body') ?? c);
      else if (c.name === 'opener' || c.name === 'closer') out.push(...letterParts(c));
      else if (c.name === 'note' && c.attrs.type === 'footnote') out.push(`${c.attrs.n ? `${c.attrs.n}. ` : ''}${render(c)}`);
      else out.push(render(c));
    }
  };
  for (const part of children(text)) blocks(part);
  return out.filter((p) => p.trim()).join('\n\n');
}

/** Opener and closer parts: each element its own line, loose text joined to its neighbours. */
function letterParts(e: XElement): string[] {
  return [e.children.map((c) => (isElement(c) ? render(c) : c)).join(' ').replace(/\s+/g, ' ').trim()];
}

/** Inline rendering with brackets restored. */
export function render(n: XNode): string {
  if (!isElement(n)) return n;
  const inner = () => n.children.map(render).join('');
  switch (n.name) {
    case 'supplied':
      return `[${inner()}${n.attrs.cert === 'low' ? '?' : ''}]`;
    case 'ex':
      return `[${inner()}]`;
    case 'gap': {
      const desc = children(n, 'desc')[0];
      if (!desc) return '[...]';
      const words = render(desc);
      return n.attrs.rend === 'parens' ? `(${words})` : `[${words}${n.attrs.cert === 'low' ? '?' : ''}]`;
    }
    case 'stage':
      return `(${inner()})`;
    case 'incident':
    case 'space':
      return `[${children(n, 'desc').map(render).join('')}]`;
    case 'sic':
      return `${inner()} [sic]`;
    case 'add':
      return `[handwritten: ${inner()}]`;
    case 'note':
      // A remark the editor wrote in square brackets inside the text.
      return n.attrs.type === 'editorial' ? `[${inner()}]` : inner();
    case 'pb':
      return '';
    default:
      return inner();
  }
}
