import localesFile from '../../content/locales.json' with { type: 'json' };
import { ContentError, formatIssues } from './format-issues.ts';
import { localesFileSchema, type LocaleConfig } from './locale-schema.ts';

/**
 * The portal's languages, read once from `content/locales.json`: the single source for routes,
 * the language chooser, hreflang alternates, the sitemap, i18next and Pagefind.
 */
function load() {
  const parsed = localesFileSchema.safeParse(localesFile);
  if (!parsed.success) throw new ContentError(formatIssues('content/locales.json', parsed.error.issues));
  return parsed.data;
}

const config = load();

export type Locale = string;
export const DEFAULT_LOCALE: Locale = config.defaultLocale;
export const LOCALES: readonly LocaleConfig[] = config.locales;
export const LOCALE_CODES: readonly Locale[] = LOCALES.map((l) => l.code);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && LOCALE_CODES.includes(value);
}

export function getLocale(code: Locale): LocaleConfig {
  const found = LOCALES.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Known: ${LOCALE_CODES.join(', ')} (content/locales.json).`);
  return found;
}

export function dirOf(code: Locale): 'ltr' | 'rtl' {
  return getLocale(code).dir;
}

/**
 * Where to look for text in `code`, best first: the language itself, its declared fallbacks,
 * the default locale, then every other language so that something is always shown.
 */
export function fallbackChain(code: Locale): Locale[] {
  const chain = [code, ...getLocale(code).fallback, DEFAULT_LOCALE, ...LOCALE_CODES];
  return [...new Set(chain)];
}

/**
 * A language's name as a reader of `inLang` would write it ("anglais" for a French reader), for
 * the fallback notice and "languages spoken". Falls back to the language's own name, or its code.
 */
export function languageName(code: string, inLang: Locale): string {
  const own = LOCALES.find((l) => l.code === code)?.name ?? code;
  try {
    return new Intl.DisplayNames([inLang], { type: 'language', fallback: 'none' }).of(code) ?? own;
  } catch {
    return own;
  }
}
