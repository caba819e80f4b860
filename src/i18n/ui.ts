import i18next, { type i18n } from 'i18next';
import type en from '../../content/ui/en.json';
import { DEFAULT_LOCALE, LOCALES, getLocale, type Locale } from './locales.ts';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/**
 * Every UI string key, from the English reference file. Plural variants (`_one`, `_other`, …) are
 * folded into their base key, as i18next resolves them from `count`.
 * A misspelled key is a type error in `npm run check`.
 */
export type UIKey = StripPlural<Exclude<keyof typeof en, '$comment'>>;
export type UIStrings = Record<string, string>;

/** UI string files as Vite sees them; `import.meta.glob` keeps `npm run dev` live when a translator saves. */
const files = import.meta.glob<UIStrings>('/content/ui/*.json', { eager: true, import: 'default' });

export const uiResources: Record<Locale, UIStrings> = Object.fromEntries(
  Object.entries(files).map(([path, strings]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), strings]),
);

/** i18next's fallback map, derived from the locale list. */
export function fallbackLngMap(): Record<string, string[]> {
  const map: Record<string, string[]> = { default: [DEFAULT_LOCALE] };
  for (const l of LOCALES) map[l.code] = [...new Set([...l.fallback, DEFAULT_LOCALE])].filter((c) => c !== l.code);
  return map;
}

/** Build a synchronous i18next instance for one language. Exported for tests, which pass their own resources. */
export function createI18n(lang: Locale, resources: Record<Locale, UIStrings> = uiResources): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: fallbackLngMap(),
    resources: Object.fromEntries(Object.entries(resources).map(([code, strings]) => [code, { translation: strings }])),
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    // Astro escapes every `{expression}` it renders; escaping here too would show `&amp;` to readers.
    interpolation: { escapeValue: false },
  });
  return instance;
}

export type Translate = (key: UIKey, options?: Record<string, unknown>) => string;

const cache = new Map<Locale, Translate>();

/** `t` for one language. */
export function useTranslations(lang: Locale): Translate {
  getLocale(lang); // fail loudly on an unknown code
  let t = cache.get(lang);
  if (!t) {
    const instance = createI18n(lang);
    t = (key, options) => instance.t(key, options ?? {}) as string;
    cache.set(lang, t);
  }
  return t;
}

/**
 * The raw plural templates of a key for one language (`{ one: "{{count}} service shown", … }`),
 * for scripts that count in the browser with `Intl.PluralRules`.
 */
export function pluralTemplates(lang: Locale, key: UIKey): Record<string, string> {
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const chain = [lang, ...(fallbackLngMap()[lang] ?? [DEFAULT_LOCALE])];
  const out: Record<string, string> = {};
  for (const form of forms) {
    for (const code of chain) {
      const strings = uiResources[code];
      const text = strings?.[`${key}_${form}`] || (code !== lang ? strings?.[`${key}_other`] : undefined);
      if (text) {
        out[form] = text;
        break;
      }
    }
  }
  return out;
}
