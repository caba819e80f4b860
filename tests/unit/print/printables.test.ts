import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSettingsServices } from '../../../src/checks/settings-services.ts';
import { readDirectory } from '../../../src/directory/load.ts';
import { formatDate } from '../../../src/i18n/format.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { dateTemplates, fillDate } from '../../../src/print/date-templates.ts';
import { shortAddress } from '../../../src/print/pocket-card.ts';
import { saveButtonName } from '../../../src/print/save-button.ts';
import { SETTINGS } from '../../../src/settings.ts';
import { SOURCE_IDS } from '../../../src/sources/sources.ts';

describe('the poster names the "Save for offline" button as readers see it', () => {
  it.each(LOCALE_CODES)('%s: the button words without the page size', (lang) => {
    const label = (JSON.parse(readFileSync(`content/ui/${lang}.json`, 'utf8')) as Record<string, string>)['offline.save'] ?? '';
    const name = saveButtonName(label);
    expect(name.length).toBeGreaterThan(3);
    expect(name).not.toMatch(/\{\{|[()（）]/);
    expect(label.startsWith(name) || label.endsWith(name)).toBe(true);
  });

  it('keeps a label that shows no size as it is', () => {
    expect(saveButtonName('Save for offline')).toBe('Save for offline');
    expect(saveButtonName('Save for offline ({{size}} KB)')).toBe('Save for offline');
    expect(saveButtonName('Enregistrer ({{size}} Ko)')).toBe('Enregistrer');
  });
});

describe('the services settings name for printing and for help first', () => {
  const { data } = readDirectory('.', SOURCE_IDS, { maxAgeDays: SETTINGS.directory.verificationMaxAgeDays });
  const card = (services: string[]) => ({ helpFirst: {}, pocketCard: { MA: { ...SETTINGS.pocketCard.MA, services }, IQ: SETTINGS.pocketCard.IQ } });

  it('accepts the real settings', () => {
    expect(checkSettingsServices(SETTINGS, data, 'error')).toEqual([]);
  });

  it('refuses an unknown id, a service with no number, one of another country, and one listed twice', () => {
    const problems = checkSettingsServices(
      card(['no-such-service', 'cjfd-free-legal-advice', 'iraq-information-centre-helpline', 'iom-morocco-protection-assistance', 'iom-morocco-protection-assistance']),
      data,
      'error',
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'pocketCard.MA.services.0: no service "no-such-service" in content/services: use a service id',
      'pocketCard.MA.services.1: "cjfd-free-legal-advice" has no phone number to call: choose a service with one',
      'pocketCard.MA.services.2: "iraq-information-centre-helpline" has no location in MA: choose a service of that country',
      'pocketCard.MA.services.4: "iom-morocco-protection-assistance" is listed twice: list each service once',
    ]);
    expect(problems.every((p) => p.file === 'content/settings.json' && p.level === 'error')).toBe(true);
  });

  it('still checks help-first services, which may be of any country', () => {
    const problems = checkSettingsServices({ helpFirst: { IQ: ['iom-morocco-avrr', 'cjfd-free-legal-advice'] }, pocketCard: SETTINGS.pocketCard }, data, 'warning');
    expect(problems.map((p) => `${p.level} ${p.field}`)).toEqual(['warning helpFirst.IQ.1']);
  });
});

describe('a source address short enough to print', () => {
  it('keeps the host and the first folder', () => {
    expect(shortAddress('https://help.unhcr.org/morocco/en/services/social-and-financial-assistance/')).toBe('help.unhcr.org/morocco');
    expect(shortAddress('https://example.org/')).toBe('example.org');
  });
});

describe('the printed date, filled in by the page on the day of printing', () => {
  const days = [new Date(2027, 0, 1, 9), new Date(2027, 2, 15, 10), new Date(2026, 10, 29, 23), new Date(2030, 11, 31, 0)];
  it.each(LOCALE_CODES)('%s: reads as the site writes dates, in the language’s own digits', (lang) => {
    const templates = dateTemplates(lang);
    for (const day of days) {
      expect(fillDate(templates, day)).toBe(formatDate(new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate(), 12)), lang));
    }
  });

  it('gives up on broken templates, so the build date stays', () => {
    expect(fillDate({ months: [], digits: 'latn' }, new Date())).toBeUndefined();
    expect(fillDate({ months: Array(12).fill('{d} x {y}'), digits: 'not a system!' }, new Date())).toBeUndefined();
  });
});
