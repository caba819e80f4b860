import { describe, expect, it } from 'vitest';
import { resolveForLocale } from '../../../src/i18n/fallback.ts';
import { localeFromPath, localizedPath, switchLocalePath } from '../../../src/i18n/routing.ts';
import { pickText } from '../../../src/i18n/localized-text.ts';

describe('localizedPath', () => {
  it('prefixes the language and ends directories with a slash', () => {
    expect(localizedPath('ar')).toBe('/ar/');
    expect(localizedPath('ar', 'guides/voluntary-return')).toBe('/ar/guides/voluntary-return/');
    expect(localizedPath('fr', '/glossary#migrant')).toBe('/fr/glossary/#migrant');
    expect(localizedPath('en', 'manifest.webmanifest')).toBe('/en/manifest.webmanifest');
  });
});

describe('switchLocalePath', () => {
  it('keeps the page and swaps the language', () => {
    expect(switchLocalePath('/en/guides/voluntary-return/', 'ckb')).toBe('/ckb/guides/voluntary-return/');
    expect(switchLocalePath('/', 'ar')).toBe('/ar/');
  });
});

describe('localeFromPath', () => {
  it('reads the first segment, or the default for unprefixed paths', () => {
    expect(localeFromPath('/ckb/glossary/')).toBe('ckb');
    expect(localeFromPath('/')).toBe('en');
    expect(localeFromPath('/xx/')).toBe('en');
  });
});

describe('resolveForLocale', () => {
  it("returns the reader's own version when it exists", () => {
    expect(resolveForLocale('ar', new Map([['ar', 'ع'], ['en', 'e']]))).toEqual({ value: 'ع', lang: 'ar', isFallback: false });
  });
  it('borrows from the nearest fallback and says so', () => {
    expect(resolveForLocale('ckb', new Map([['en', 'e'], ['ar', 'ع']]))).toEqual({ value: 'ع', lang: 'ar', isFallback: true });
    expect(resolveForLocale('es', new Map([['fr', 'f']]))).toEqual({ value: 'f', lang: 'fr', isFallback: true });
  });
  it('returns undefined when no language has it', () => {
    expect(resolveForLocale('fr', new Map())).toBeUndefined();
  });
});

describe('pickText', () => {
  it('returns the text and the language it is really in', () => {
    expect(pickText({ en: 'Police', ar: 'الشرطة' }, 'ckb')).toEqual({ text: 'الشرطة', lang: 'ar' });
    expect(pickText({ en: 'Police' }, 'fr')).toEqual({ text: 'Police', lang: 'en' });
  });
});
