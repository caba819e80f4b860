import { isLocale, type Locale } from './locales.ts';

/** Splits a content entry id (`ar/voluntary-return`) into language and slug. */
export function splitEntryId(id: string): { lang: Locale; slug: string } {
  const [lang, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!isLocale(lang) || !slug) {
    throw new Error(`content entry "${id}" is not under a known language folder: move it to <lang>/<name> with a language from content/locales.json`);
  }
  return { lang, slug };
}
