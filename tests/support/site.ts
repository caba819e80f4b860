import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, LOCALE_CODES, fallbackChain } from '../../src/i18n/locales.ts';

export { LOCALES, LOCALE_CODES };

/** Guides as they are on disk: slug → languages it is written in. */
export function guideLanguages(): Map<string, string[]> {
  const bySlug = new Map<string, string[]>();
  for (const lang of readdirSync('content/guides')) {
    for (const file of readdirSync(join('content/guides', lang))) {
      const slug = file.replace(/\.mdx$/, '');
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), lang]);
    }
  }
  return bySlug;
}

/** Every (reader language, guide) pair where the guide is shown from a fallback language. */
export function fallbackCases(): { lang: string; slug: string; shownIn: string }[] {
  const cases = [];
  for (const [slug, langs] of guideLanguages()) {
    for (const lang of LOCALE_CODES) {
      if (!langs.includes(lang)) cases.push({ lang, slug, shownIn: fallbackChain(lang).find((c) => langs.includes(c))! });
    }
  }
  return cases;
}

/** A UI string as the reader sees it (falling back to English), for asserting visible text. */
export function uiString(lang: string, key: string): string {
  const read = (code: string): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(`content/ui/${code}.json`, 'utf8'));
    } catch {
      return {};
    }
  };
  for (const code of fallbackChain(lang)) {
    const text = read(code)[key];
    if (text) return text;
  }
  throw new Error(`no UI string "${key}" in any language`);
}

/** One page of every kind, as a path under /<lang>/, for checks that must cover every page kind. */
export const PAGE_TYPES = ['', 'guides/', 'guides/voluntary-return/', 'topics/trafficking/', 'glossary/', 'emergency/', 'about/', 'privacy/', 'browsing-safely/', 'directory/', 'directory/all/', 'directory/category/health/', 'directory/city/rabat/', 'directory/service/iom-morocco-avrr/', 'directory/service/unhcr-morocco-registration-helpline/', 'search/', 'offline/', 'no-such-page/', 'print/card-ma/', 'print/card-iq/', 'print/poster/'];
