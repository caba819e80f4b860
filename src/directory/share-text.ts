import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localized-text.ts';
import { formatDate } from '../i18n/format.ts';
import type { Translate } from '../i18n/ui.ts';
import { cityName, type ServiceRecord } from './directory.ts';
import { DAYS } from './hours.ts';
import { displayPhone } from './phone-format.ts';

/**
 * A service as plain text, to forward in a chat or a text message: it must still help when links
 * do not open, so it carries the numbers, the place, the hours, the cost, when it was checked and
 * the page's address. Numbers are written as people write them in that country.
 */
export function serviceShareText(record: ServiceRecord, lang: Locale, t: Translate, pageUrl: string): string {
  const { service, organization, locations } = record;
  const text = (map: Record<string, string>) => pickText(map, lang).text;
  const lines = [`${text(service.name)} (${text(organization.name)})`];
  for (const phone of service.phones) {
    const label = phone.type === 'whatsapp' ? t('service.whatsapp') : phone.type === 'sms' ? t('service.sms') : t('service.call');
    lines.push(`${label}: ${displayPhone(phone.number)}`);
  }
  for (const location of locations) {
    if (location.address) lines.push(`${t('contact.address')}: ${location.address}${location.city ? `, ${cityName(location.city, lang).text}` : ''}`);
  }
  lines.push(`${t('service.hours')}: ${hoursText(record, lang, t)}`);
  lines.push(`${t('service.cost')}: ${t(`cost.${service.cost}` as const)}`);
  lines.push(t('service.lastVerified', { date: formatDate(service.assured_date, lang) }));
  lines.push(pageUrl);
  return lines.join('\n');
}

function hoursText(record: ServiceRecord, lang: Locale, t: Translate): string {
  const schedule = record.service.schedule;
  if (!schedule) return t('service.hoursUnknown');
  if (schedule.always_open) return t('service.alwaysOpen');
  // 2024-01-01 was a Monday: weekday names in the reader's language, without a table.
  const dayName = (i: number) => new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i)));
  return (schedule.hours ?? [])
    .map((p) => `${p.days.map((d) => dayName(DAYS.indexOf(d))).join(' ')} ${p.opens}–${p.closes}`)
    .join('; ');
}
