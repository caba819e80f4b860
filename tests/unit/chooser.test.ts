import { describe, expect, it } from 'vitest';
import { suggestLocale } from '../../src/chooser/suggest.ts';

describe('suggestLocale', () => {
  const available = ['ar', 'fr', 'en', 'es', 'ckb'];
  it('takes the first preferred language the portal has', () => {
    expect(suggestLocale(['de-DE', 'fr-MA', 'en'], available)).toBe('fr');
  });
  it('matches exact codes and primary subtags', () => {
    expect(suggestLocale(['ckb-IQ'], available)).toBe('ckb');
    expect(suggestLocale(['AR'], available)).toBe('ar');
  });
  it('suggests nothing rather than guessing', () => {
    expect(suggestLocale(['de', 'it'], available)).toBeUndefined();
  });
});
