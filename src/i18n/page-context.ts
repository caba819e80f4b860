import { localeFromPath } from './routing.ts';
import { dirOf, type Locale } from './locales.ts';
import { useTranslations, type Translate } from './ui.ts';

/**
 * What a component needs to speak the reader's language: derived from the page URL, so MDX
 * components used by editors need no `lang` prop.
 */
export function pageContext(url: URL): { lang: Locale; dir: 'ltr' | 'rtl'; t: Translate } {
  const lang = localeFromPath(url.pathname);
  return { lang, dir: dirOf(lang), t: useTranslations(lang) };
}
