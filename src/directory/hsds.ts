import { pickText, type LocalizedText } from '../i18n/localized-text.ts';
import type { Locale } from '../i18n/locales.ts';
import { isoDate } from '../i18n/format.ts';
import { cityName, type ServiceRecord } from './directory.ts';
import type { Schedule } from './hours.ts';

/**
 * The directory as Open Referral HSDS 3.0 service objects (the shape of HSDS's /services/{id}),
 * for partners to reuse. With `lang`, translatable text is resolved to that language (an
 * HSDS-valid file); without it, text stays a per-language map (Dalil's profile, all languages).
 */
type Text = string | LocalizedText;

function textFor(map: LocalizedText | undefined, lang?: Locale): Text | undefined {
  if (!map) return undefined;
  return lang ? pickText(map, lang).text : map;
}

const BYDAY = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' } as const;

function schedules(schedule: Schedule | undefined, serviceId: string) {
  if (!schedule) return [];
  if (schedule.always_open) {
    return [{ id: `${serviceId}-schedule-0`, freq: 'DAILY', opens_at: '00:00', closes_at: '23:59', description: 'Open 24 hours, every day', timezone: schedule.timezone }];
  }
  return (schedule.hours ?? []).map((p, i) => ({
    id: `${serviceId}-schedule-${i}`,
    freq: 'WEEKLY',
    byday: p.days.map((d) => BYDAY[d]).join(','),
    opens_at: p.opens,
    closes_at: p.closes === '24:00' ? '23:59' : p.closes,
    timezone: schedule.timezone,
  }));
}

export function toHsds(records: ServiceRecord[], lang?: Locale) {
  return records.map(({ service, organization, locations }) => ({
    id: service.id,
    name: textFor(service.name, lang),
    description: textFor(service.description, lang),
    url: service.url ?? null,
    email: service.email ?? null,
    status: service.status,
    eligibility_description: textFor(service.eligibility, lang) ?? null,
    fees_description: textFor(service.cost_description, lang) ?? (service.cost === 'free' ? 'Free' : null),
    application_process: textFor(service.application_process, lang) ?? service.access.join(', '),
    assured_date: isoDate(service.assured_date),
    organization: {
      id: organization.id,
      name: textFor(organization.name, lang),
      description: textFor(organization.description, lang) ?? null,
      email: organization.email ?? null,
      website: organization.website ?? null,
    },
    phones: service.phones.map((p, i) => ({
      id: `${service.id}-phone-${i}`,
      number: p.number,
      type: p.type === 'whatsapp' ? 'text' : p.type === 'sms' ? 'text' : 'voice',
      description: textFor(p.description, lang) ?? (p.type === 'whatsapp' ? 'WhatsApp' : p.short_code ? 'National emergency short code' : null),
    })),
    schedules: schedules(service.schedule, service.id),
    languages: service.languages.map((code, i) => ({ id: `${service.id}-language-${i}`, code })),
    service_at_locations: locations.map((l) => ({
      id: `${service.id}-at-${l.id}`,
      location: {
        id: l.id,
        location_type: l.location_type,
        name: textFor(l.name, lang) ?? null,
        latitude: l.latitude ?? null,
        longitude: l.longitude ?? null,
        addresses: l.address
          ? [{ id: `${l.id}-address`, address_1: l.address, city: l.city ? cityName(l.city, lang ?? 'en').text : null, country: l.country, address_type: 'physical' }]
          : [],
      },
    })),
    attributes: service.categories.map((c) => ({ id: `${service.id}-category-${c}`, taxonomy_term: { id: c, vocabulary: 'dalil-categories', name: c } })),
    // Dalil profile extensions (HSDS allows additional properties).
    x_dalil: { categories: service.categories, cost: service.cost, access: service.access, emergency: service.emergency ?? false, sources: service.sources },
  }));
}

/** One CSV row per service, in one language, for spreadsheet users. */
export function toCsv(records: ServiceRecord[], lang: Locale, pageUrl: (id: string) => string): string {
  const header = ['id', 'name', 'organization', 'categories', 'country', 'city', 'address', 'phone', 'whatsapp', 'email', 'website', 'opening_hours', 'languages', 'cost', 'access', 'eligibility', 'last_verified', 'sources', 'page'];
  const rows = records.map(({ service, organization, locations, countries, cities }) => [
    service.id,
    pickText(service.name, lang).text,
    pickText(organization.name, lang).text,
    service.categories.join('; '),
    countries.join('; '),
    cities.map((c) => cityName(c, lang).text).join('; '),
    locations.flatMap((l) => (l.address ? [l.address] : [])).join('; '),
    service.phones.filter((p) => p.type === 'voice').map((p) => p.number).join('; '),
    service.phones.filter((p) => p.type === 'whatsapp').map((p) => p.number).join('; '),
    service.email ?? '',
    service.url ?? '',
    service.schedule?.always_open ? '24/7' : (service.schedule?.hours ?? []).map((h) => `${h.days.join(',')} ${h.opens}-${h.closes}`).join('; ') + (service.schedule ? ` (${service.schedule.timezone})` : ''),
    service.languages.join('; '),
    service.cost,
    service.access.join('; '),
    service.eligibility ? pickText(service.eligibility, lang).text : '',
    isoDate(service.assured_date),
    service.sources.map((s) => (typeof s === 'string' ? s : s.url)).join('; '),
    pageUrl(service.id),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Quotes a CSV cell, and defuses spreadsheet formulas: a cell starting with = + - @ (or a tab or
 * carriage return) is prefixed with an apostrophe so it is shown as text, never run.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^\+\d+$/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== value ? `"${safe.replaceAll('"', '""')}"` : safe;
}
