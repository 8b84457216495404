/** Language names as archive pages write them ("Russian", "chinese") → the language with its BCP 47 tag. */
import languages from '../data/languages.json' with { type: 'json' };
import type { Language } from '../model/document.js';

const BY_NAME = new Map(Object.entries(languages.languages as Record<string, string>).map(([name, ident]) => [name.toLowerCase(), { ident, name }]));

export function languageByName(name: string | undefined): Language | undefined {
  return name ? BY_NAME.get(name.trim().toLowerCase()) : undefined;
}
