import { describe, expect, it } from 'vitest';
import { createI18n, fallbackLngMap, uiResources, useTranslations } from '../../../src/i18n/ui.ts';

describe('UI strings (i18next)', () => {
  it('loads one strings file per language from content/ui', () => {
    expect(Object.keys(uiResources)).toEqual(expect.arrayContaining(['en']));
    expect(uiResources.en?.['site.name']).toBe('Dalil');
  });

  it('falls back along the chain: ckb → ar → en', () => {
    const i18n = createI18n('ckb', {
      en: { greeting: 'Hello', only: 'English only' },
      ar: { greeting: 'مرحبا', arabic: 'عربي' },
      ckb: {},
    });
    expect(i18n.t('greeting')).toBe('مرحبا');
    expect(i18n.t('arabic')).toBe('عربي');
    expect(i18n.t('only')).toBe('English only');
  });

  it('treats an empty translation as missing', () => {
    const i18n = createI18n('fr', { en: { a: 'English' }, fr: { a: '' } });
    expect(i18n.t('a')).toBe('English');
  });

  it('picks each of the six Arabic plural forms', () => {
    const forms = { n_zero: 'zero', n_one: 'one', n_two: 'two', n_few: 'few {{count}}', n_many: 'many {{count}}', n_other: 'other {{count}}' };
    const i18n = createI18n('ar', { en: { n_one: 'one', n_other: 'other' }, ar: forms });
    expect([0, 1, 2, 3, 11, 100].map((count) => i18n.t('n', { count }))).toEqual(['zero', 'one', 'two', 'few 3', 'many 11', 'other 100']);
  });

  it('uses one and other for Kurdish Sorani', () => {
    const i18n = createI18n('ckb', { en: {}, ckb: { n_one: 'یەک', n_other: '{{count}}' } });
    expect([1, 2, 5].map((count) => i18n.t('n', { count }))).toEqual(['یەک', '2', '5']);
  });

  it('does not escape values (Astro escapes once when rendering)', () => {
    const i18n = createI18n('en', { en: { x: 'Call {{number}}' } });
    expect(i18n.t('x', { number: '<b>' })).toBe('Call <b>');
  });

  it('derives i18next fallbacks from the locale list', () => {
    expect(fallbackLngMap().ckb).toEqual(['ar', 'en']);
    expect(fallbackLngMap().default).toEqual(['en']);
  });

  it('translates real keys in every language', () => {
    expect(useTranslations('en')('guide.sources')).toBe('Sources');
    expect(useTranslations('en')('topic.guideCount', { count: 1 })).toBe('1 guide');
    expect(useTranslations('en')('topic.guideCount', { count: 4 })).toBe('4 guides');
  });
});
