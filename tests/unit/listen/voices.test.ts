import { describe, expect, it } from 'vitest';
import { chooseVoice, hasVoice } from '../../../src/listen/voices.ts';

const voice = (name: string, lang: string, localService = true) => ({ name, lang, localService });

describe('choosing a voice on the phone', () => {
  it('takes a local voice tagged exactly with the language first, then one of the same language', () => {
    const voices = [voice('Moroccan', 'ar-MA'), voice('Arabic', 'ar'), voice('French', 'fr-FR')];
    expect(chooseVoice(voices, 'ar')?.name).toBe('Arabic');
    expect(chooseVoice([voice('Moroccan', 'ar-MA'), voice('French', 'fr-FR')], 'ar')?.name).toBe('Moroccan');
    expect(chooseVoice([voice('Android French', 'fr_FR')], 'fr')?.name).toBe('Android French');
    expect(chooseVoice([voice('Upper', 'EN-gb')], 'en')?.name).toBe('Upper');
  });

  it('never uses a voice that runs on a server, even one of the right language', () => {
    const voices = [voice('Google Arabic', 'ar', false), voice('Local French', 'fr')];
    expect(chooseVoice(voices, 'ar')).toBeUndefined();
    expect(hasVoice(voices, 'ar')).toBe(false);
  });

  it('never falls back to another language: no Arabic voice for Sorani, none for Kurmanji from Sorani', () => {
    const voices = [voice('Arabic', 'ar'), voice('Persian', 'fa-IR'), voice('Turkish', 'tr')];
    for (const lang of ['ckb', 'kmr', 'en']) {
      expect(chooseVoice(voices, lang)).toBeUndefined();
      expect(hasVoice(voices, lang)).toBe(false);
    }
    expect(chooseVoice([voice('Sorani', 'ckb-IQ')], 'kmr')).toBeUndefined();
    expect(chooseVoice([voice('No language', '')], 'ar')).toBeUndefined();
  });

  it('says there is a voice exactly when there is one to choose', () => {
    const cases = [[], [voice('a', 'ar-MA')], [voice('b', 'en', false)], [voice('c', 'es-419'), voice('d', 'ar')]];
    for (const voices of cases) for (const lang of ['ar', 'en', 'es', 'ckb']) expect(hasVoice(voices, lang)).toBe(chooseVoice(voices, lang) !== undefined);
  });
});
