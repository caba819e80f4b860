import { describe, expect, it } from 'vitest';
import { localesFileSchema } from '../../../src/i18n/locale-schema.ts';
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES, dirOf, fallbackChain, languageName } from '../../../src/i18n/locales.ts';

const base = { code: 'en', name: 'English', englishName: 'English', dir: 'ltr' };

describe('the locale list (content/locales.json)', () => {
  it('declares the five portal languages with English as the reference', () => {
    expect(LOCALE_CODES).toEqual(expect.arrayContaining(['ar', 'fr', 'en', 'es', 'ckb']));
    expect(DEFAULT_LOCALE).toBe('en');
  });

  it('marks Arabic and Kurdish Sorani right to left, the others left to right', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('ckb')).toBe('rtl');
    expect(['fr', 'en', 'es'].map(dirOf)).toEqual(['ltr', 'ltr', 'ltr']);
  });

  it('agrees with the browser engine on direction wherever the engine knows the language', () => {
    for (const l of LOCALES) {
      const info = (new Intl.Locale(l.code) as Intl.Locale & { getTextInfo?: () => { direction: string } }).getTextInfo?.();
      if (info) expect(info.direction, l.code).toBe(l.dir);
    }
  });

  it('rejects a duplicate code, an unknown fallback, a self-fallback and a default that is not listed', () => {
    const result = localesFileSchema.safeParse({
      defaultLocale: 'de',
      locales: [base, { ...base, fallback: ['xx', 'en'] }],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'locales.1.code: "en" is listed twice',
        'defaultLocale: "de" is not one of the listed locales (en, en)',
        'locales.1.fallback.0: "xx" is not one of the listed locales',
        'locales.1.fallback.1: a language cannot fall back to itself',
      ]),
    );
  });

  it('rejects a code that is not a short language code', () => {
    const result = localesFileSchema.safeParse({ defaultLocale: 'en', locales: [{ ...base, code: 'English' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['locales', 0, 'code']);
  });
});

describe('fallbackChain', () => {
  it('walks the declared fallbacks, then the default, then every other language', () => {
    // ckb declares ar; en is the default; the rest follow in the order of content/locales.json.
    expect(fallbackChain('ckb').slice(0, 3)).toEqual(['ckb', 'ar', 'en']);
    expect(fallbackChain('ckb').slice(3)).toEqual(LOCALE_CODES.filter((c) => !['ckb', 'ar', 'en'].includes(c)));
    expect(fallbackChain('en')[0]).toBe('en');
    for (const code of LOCALE_CODES) expect(new Set(fallbackChain(code)).size).toBe(LOCALE_CODES.length);
  });
});

describe('languageName', () => {
  it("names a language in the reader's language", () => {
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('ar', 'ar')).toBe('العربية');
  });
});
