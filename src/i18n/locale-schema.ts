import { z } from 'astro/zod';

/** Language codes as BCP 47 primary subtags (2–3 letters), the form i18next, Pagefind and hreflang all accept. */
const code = z.string().regex(/^[a-z]{2,3}$/, { error: 'use a 2–3 letter lowercase language code such as "ar" or "ckb"' });

export const localeSchema = z.object({
  /** URL prefix, `<html lang>`, hreflang, i18next and Pagefind language: one code for all of them. */
  code,
  /** The language's name in its own script, as the language chooser shows it. */
  name: z.string().min(1),
  /** The name in English, for staff tools and logs. */
  englishName: z.string().min(1),
  /** Text direction. Kept explicit because engines disagree on some languages (e.g. `ckb`). */
  dir: z.enum(['ltr', 'rtl']),
  /** Languages to borrow text from, in order, when a guide or string is missing. The default locale is always tried last. */
  fallback: z.array(code).default([]),
  /** Open Graph locale (`language_TERRITORY`). */
  ogLocale: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/).optional(),
});

export const localesFileSchema = z
  .object({
    defaultLocale: code,
    locales: z.array(localeSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const codes = file.locales.map((l) => l.code);
    codes.forEach((c, i) => {
      if (codes.indexOf(c) !== i) ctx.addIssue({ code: 'custom', path: ['locales', i, 'code'], message: `"${c}" is listed twice` });
    });
    if (!codes.includes(file.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: `"${file.defaultLocale}" is not one of the listed locales (${codes.join(', ')})` });
    }
    file.locales.forEach((l, i) =>
      l.fallback.forEach((f, j) => {
        if (!codes.includes(f)) ctx.addIssue({ code: 'custom', path: ['locales', i, 'fallback', j], message: `"${f}" is not one of the listed locales` });
        if (f === l.code) ctx.addIssue({ code: 'custom', path: ['locales', i, 'fallback', j], message: `a language cannot fall back to itself` });
      }),
    );
  });

export type LocaleConfig = z.infer<typeof localeSchema>;
export type LocalesFile = z.infer<typeof localesFileSchema>;
