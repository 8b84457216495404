/** Escaping for HTML text and attribute values: every string from a source passes through here. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** ` name="value"` pairs, escaped; undefined values are left out. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
}

/** `<tag attrs>inner</tag>`; `inner` is HTML already. */
export function tag(name: string, pairs: Record<string, string | number | undefined>, inner: string): string {
  return `<${name}${attrs(pairs)}>${inner}</${name}>`;
}

/** Only web and mail links and fragments become links; anything else (javascript:, data:) stays text. */
export function safeHref(target: string): string | undefined {
  const t = target.trim();
  return /^(https?:\/\/|mailto:|#)/i.test(t) ? t : undefined;
}
