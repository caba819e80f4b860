import { DEFAULT_LOCALE, LOCALE_CODES, isLocale, type Locale } from './locales.ts';

/**
 * Every URL carries its language as the first segment (`/ar/guides/voluntary-return/`), so a link
 * shared on WhatsApp opens in the language it was sent in.
 */
export function localizedPath(lang: Locale, path = ''): string {
  const rest = path.replace(/^\/+/, '');
  const [pathname = '', hash] = rest.split('#');
  const withSlash = pathname === '' || pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  return `/${lang}/${withSlash}${hash !== undefined ? `#${hash}` : ''}`;
}

/** The language of a page from its URL; the default locale for `/` and other unprefixed paths. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The same page in another language: swap the first segment, keep the rest. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const parts = pathname.split('/');
  if (isLocale(parts[1])) {
    parts[1] = target;
    return parts.join('/');
  }
  return localizedPath(target);
}

/** `getStaticPaths` for pages that exist once per language. */
export function localeStaticPaths() {
  return LOCALE_CODES.map((lang) => ({ params: { lang } }));
}
