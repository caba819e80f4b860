import { describe, expect, it } from 'vitest';
import { canonical, normalizeQuery, searchVariants, stripClitics } from '../../../src/search/normalize.ts';

describe('canonical', () => {
  it('removes tashkeel and tatweel', () => {
    expect(canonical('الحِمَايَة')).toBe(canonical('الحماية'));
    expect(canonical('حمـــاية')).toBe(canonical('حماية'));
  });
  it('unifies alef forms, ى/ي and ة/ه', () => {
    expect(canonical('أطفال')).toBe('اطفال');
    expect(canonical('إعادة')).toBe('اعاده');
    expect(canonical('آمن')).toBe('امن');
    expect(canonical('مستشفى')).toBe(canonical('مستشفي'));
  });
  it('makes Kurdish Sorani letters match their Arabic-keyboard forms', () => {
    expect(canonical('یارمەتی')).toBe(canonical('يارمهتي'));
    expect(canonical('کۆچ')).toBe(canonical('كۆچ'));
  });
  it('folds French and Spanish accents', () => {
    expect(canonical('Réintégration')).toBe('reintegration');
    expect(canonical('niño')).toBe('nino');
  });
});

describe('attached words', () => {
  it('strips و ف ب ل and the article when a word remains', () => {
    expect(stripClitics(canonical('والحماية'))).toBe('حمايه');
    expect(stripClitics(canonical('بالمغرب'))).toBe('مغرب');
    expect(stripClitics(canonical('للأطفال'))).toBe('اطفال');
    expect(stripClitics('ولد')).toBe('ولد'); // too short to strip
  });
  it('indexes the forms a reader may type, and the query meets them', () => {
    const variants = searchVariants('والحِمَايَة بالمغرب');
    expect(variants).toEqual(expect.arrayContaining(['حمايه', 'مغرب']));
    expect(normalizeQuery('حماية')).toBe('حمايه');
    expect(normalizeQuery('الحمايه')).toBe('حمايه');
  });
});
