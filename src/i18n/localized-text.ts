import { z } from 'astro/zod';
import { plainText } from '../schema/fields.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, fallbackChain, type Locale } from './locales.ts';

/**
 * Text in several languages inside a data file: `{ "en": "Police", "ar": "الشرطة" }`.
 * The default language is required; others fall back along the locale's chain.
 */
export const localizedText = z
  .record(z.string(), plainText.pipe(z.string().min(1, { error: 'empty text: remove the language or write the text' })))
  .superRefine((map, ctx) => {
    if (!map[DEFAULT_LOCALE]) {
      ctx.addIssue({ code: 'custom', message: `the ${DEFAULT_LOCALE} text is required (other languages fall back to it): add "${DEFAULT_LOCALE}": "…"` });
    }
    for (const key of Object.keys(map)) {
      if (!LOCALE_CODES.includes(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a language in content/locales.json (${LOCALE_CODES.join(', ')})` });
      }
    }
  })
  .meta({ decap: { widget: 'localized' } });

export type LocalizedText = z.infer<typeof localizedText>;

/** The best text for a reader, and the language it is really in (for the `lang` attribute). */
export function pickText(map: LocalizedText, lang: Locale): { text: string; lang: Locale } {
  for (const code of fallbackChain(lang)) {
    const text = map[code];
    if (text) return { text, lang: code };
  }
  throw new Error(`No text in any language: ${JSON.stringify(map)}`);
}
