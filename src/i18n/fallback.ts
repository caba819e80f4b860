import { fallbackChain, type Locale } from './locales.ts';

export interface Resolved<T> {
  /** What to show. */
  value: T;
  /** The language `value` is really written in: set it as `lang` on the passage. */
  lang: Locale;
  /** True when the reader's language had none and another language is shown instead. */
  isFallback: boolean;
}

/**
 * Picks the best version of something that exists per language (a guide, a page), walking the
 * reader's fallback chain. Returns undefined only when no language has it at all.
 */
export function resolveForLocale<T>(lang: Locale, byLang: ReadonlyMap<Locale, T>): Resolved<T> | undefined {
  for (const code of fallbackChain(lang)) {
    const value = byLang.get(code);
    if (value !== undefined) return { value, lang: code, isFallback: code !== lang };
  }
  return undefined;
}
