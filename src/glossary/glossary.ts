import { getCollection } from 'astro:content';
import { resolveForLocale, type Resolved } from '../i18n/fallback.ts';
import type { Locale } from '../i18n/locales.ts';
import type { GlossaryTerm } from './schema.ts';

/**
 * The glossary as a reader of `lang` sees it: every term known in any language, each in the
 * reader's language where translated, else in the nearest fallback (marked with its `lang`).
 */
export async function glossaryFor(lang: Locale): Promise<Resolved<GlossaryTerm>[]> {
  const files = await getCollection('glossary');
  const byId = new Map<string, Map<Locale, GlossaryTerm>>();
  for (const file of files) {
    for (const term of file.data.terms) {
      const versions = byId.get(term.id) ?? new Map<Locale, GlossaryTerm>();
      versions.set(file.id, term);
      byId.set(term.id, versions);
    }
  }
  return [...byId.values()]
    .map((versions) => resolveForLocale(lang, versions))
    .filter((r): r is Resolved<GlossaryTerm> => r !== undefined)
    .sort((a, b) => a.value.term.localeCompare(b.value.term, lang));
}
