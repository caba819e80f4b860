import { getCollection, type CollectionEntry } from 'astro:content';
import { splitEntryId } from '../i18n/entry-id.ts';
import type { Locale } from '../i18n/locales.ts';

/** The site's own pages (about, privacy, …) by name, each with the languages it is written in. */
export async function loadStaticPages(): Promise<Map<string, Map<Locale, CollectionEntry<'pages'>>>> {
  const byName = new Map<string, Map<Locale, CollectionEntry<'pages'>>>();
  for (const entry of await getCollection('pages')) {
    const { lang, slug } = splitEntryId(entry.id);
    const versions = byName.get(slug) ?? new Map();
    versions.set(lang, entry);
    byName.set(slug, versions);
  }
  return byName;
}
