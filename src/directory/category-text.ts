import type { Locale } from '../i18n/locales.ts';
import { useTranslations, type UIKey } from '../i18n/ui.ts';
import type { Category } from './categories.ts';

/** A category's name and one-line description in a language, for listings and the HSDS taxonomy. */
export function categoryDescription(category: Category, lang: Locale): { name: string; description: string } {
  const t = useTranslations(lang);
  return { name: t(`category.${category}` as UIKey), description: t(`categoryInfo.${category}` as UIKey) };
}
