import { getCollection, type CollectionEntry } from 'astro:content';
import { splitEntryId } from '../i18n/entry-id.ts';
import { resolveForLocale, type Resolved } from '../i18n/fallback.ts';
import { LOCALE_CODES, type Locale } from '../i18n/locales.ts';
import type { Topic } from './topics.ts';

export type GuideEntry = CollectionEntry<'guides'>;

export interface GuideVersions {
  slug: string;
  /** Each language the guide is really written in. */
  byLang: Map<Locale, GuideEntry>;
}

let cache: Promise<Map<string, GuideVersions>> | undefined;

/** Every guide, grouped by slug, with the languages it exists in. */
export function loadGuides(): Promise<Map<string, GuideVersions>> {
  cache ??= getCollection('guides').then((entries) => {
    const bySlug = new Map<string, GuideVersions>();
    for (const entry of entries) {
      const { lang, slug } = splitEntryId(entry.id);
      const versions = bySlug.get(slug) ?? { slug, byLang: new Map() };
      versions.byLang.set(lang, entry);
      bySlug.set(slug, versions);
    }
    return bySlug;
  });
  return cache;
}

export type ResolvedGuide = Resolved<GuideEntry> & { slug: string };

/** The guide as a reader of `lang` sees it: their language, or the nearest fallback. */
export function resolveGuide(lang: Locale, versions: GuideVersions): ResolvedGuide {
  const resolved = resolveForLocale(lang, versions.byLang);
  if (!resolved) throw new Error(`guide "${versions.slug}" has no version in any language`);
  return { ...resolved, slug: versions.slug };
}

/** Every guide for one reader's language, sorted by topic order then title. */
export async function guidesFor(lang: Locale, topic?: Topic): Promise<ResolvedGuide[]> {
  const all = [...(await loadGuides()).values()].map((v) => resolveGuide(lang, v));
  return all
    .filter((g) => !topic || g.value.data.topic === topic)
    .sort((a, b) => a.value.data.order - b.value.data.order || a.value.data.title.localeCompare(b.value.data.title, lang));
}

/** Which languages have a real translation of a guide, for the language switcher. */
export function translatedLocales(versions: GuideVersions): Locale[] {
  return LOCALE_CODES.filter((code) => versions.byLang.has(code));
}
