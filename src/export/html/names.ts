/** The page's index of names: every person, place and organisation declared in the file, with its variants. */
import type { NameKind, NamedEntity } from '../documents.js';
import { escapeHtml, tag } from './escape.js';

/** Declaring element → kind, name element, index heading. */
const KINDS: Record<NameKind, { heading: string }> = {
  person: { heading: 'Persons' },
  place: { heading: 'Places' },
  org: { heading: 'Organisations' },
};

export const NAME_KIND: Record<string, NameKind> = { persName: 'person', placeName: 'place', orgName: 'org' };

/** The fragment id of an entity's index entry; prefixed so it cannot clash with TEI ids on the page. */
export function indexId(id: string): string {
  return `idx-${id}`;
}

/** The entity a `#id` pointer names, when it is declared. */
export function entityOf(ref: string | undefined, entities: Map<string, NamedEntity>): NamedEntity | undefined {
  return ref?.startsWith('#') ? entities.get(ref.slice(1)) : undefined;
}

/** `<section>` listing the entities by kind, sorted by standard name; empty when there are none. */
export function nameIndex(entities: Map<string, NamedEntity>, level: number): string {
  if (entities.size === 0) return '';
  const h = Math.min(level + 1, 6);
  const groups = (Object.keys(KINDS) as NameKind[])
    .map((kind) => {
      const items = [...entities.values()].filter((e) => e.kind === kind).sort((a, b) => a.standard.localeCompare(b.standard, 'en') || a.id.localeCompare(b.id));
      if (items.length === 0) return '';
      const lis = items.map((e) => {
        const variants = e.variants.length ? ` <span class="variants">also: ${e.variants.map(escapeHtml).join('; ')}</span>` : '';
        return tag('li', { id: indexId(e.id) }, `<span class="standard">${escapeHtml(e.standard)}</span>${variants}`);
      });
      return `<h${h}>${KINDS[kind].heading}</h${h}>\n<ul class="name-list">\n${lis.join('\n')}\n</ul>`;
    })
    .filter(Boolean);
  return `<section class="name-index" id="names" aria-labelledby="names-h">\n<h${level} id="names-h">Index of names</h${level}>\n${groups.join('\n')}\n</section>`;
}
