import { pickText, type LocalizedText } from '../i18n/localized-text.ts';
import { LOCALE_CODES, type Locale } from '../i18n/locales.ts';
import { isoDate } from '../i18n/format.ts';
import { sourceKey } from '../sources/schema.ts';
import { currentAlerts } from './alerts.ts';
import { categoryDescription } from './category-text.ts';
import { cityName, cityRegion, type ServiceRecord } from './directory.ts';
import type { Schedule } from './hours.ts';
import { uuid } from './uuid.ts';

export { uuid };

/**
 * The directory as Open Referral HSDS 3.0 (the "service with everything" shape of
 * schema/compiled/service.json), one list per language, for partners to reuse.
 *
 * - Every `id` is a UUID (HSDS requires it), derived from Dalil's slug ids with UUID v5 under
 *   DALIL_NAMESPACE, so the same record keeps the same id from build to build and across
 *   languages: `uuid('service', 'iom-rabat-avrr')`.
 * - Optional fields are left out, never null.
 * - Where HSDS has no term (Dalil's cost and access codes, the emergency flag, WhatsApp, sources,
 *   how to complain), the record carries `x_dalil`, as HSDS allows (conformance.md, point 4).
 * - Addresses: HSDS requires `state_province` and `postal_code`. The state or province is the
 *   city's region from content/places.json; the places served here have no postal codes in use,
 *   so `postal_code` is an empty string rather than an invented code.
 */
const BYDAY = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' } as const;

/** Drops undefined values, so optional fields are absent rather than null. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/** A time zone's offset from UTC in hours on a given day (HSDS `schedule.timezone` is a number). */
export function utcOffsetHours(timezone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) + Number(match[3]) / 60) : 0;
}

function schedules(schedule: Schedule | undefined, serviceId: string, lang: Locale, at: Date) {
  if (!schedule) return [];
  const timezone = utcOffsetHours(schedule.timezone, at);
  const note = (schedule as { note?: LocalizedText }).note;
  const description = [`Local time in ${schedule.timezone}.`, note ? pickText(note, lang).text : ''].filter(Boolean).join(' ');
  const periods = schedule.always_open ? [{ days: Object.keys(BYDAY) as (keyof typeof BYDAY)[], opens: '00:00', closes: '24:00' }] : (schedule.hours ?? []);
  return periods.map((p, i) =>
    compact({
      id: uuid('schedule', `${serviceId}/${i}`),
      freq: 'WEEKLY',
      byday: p.days.map((d) => BYDAY[d]).join(','),
      opens_at: p.opens,
      closes_at: p.closes === '24:00' ? '23:59' : p.closes,
      timezone,
      description,
    }),
  );
}

/** HSDS phone types: WhatsApp is reached by text; Dalil says which in x_dalil. */
const PHONE_TYPE = { voice: 'voice', sms: 'text', whatsapp: 'text' } as const;

export interface HsdsOptions {
  /** Alerts current on this day are published; expired ones are dropped. */
  today?: Date;
  /** The page of each service on the site, for `url` where the service has none of its own. */
  pageUrl?: (id: string) => string;
}

/** One language's services as HSDS 3.0 service objects (each valid against compiled/service.json). */
export function toHsds(records: ServiceRecord[], lang: Locale, options: HsdsOptions = {}) {
  const today = options.today ?? new Date();
  const text = (map: LocalizedText | undefined) => (map ? pickText(map, lang).text : undefined);
  return records.map(({ service, organization, locations }) => {
    const alerts = currentAlerts(service.alerts, today).map((a) => pickText(a.text, lang).text);
    const documents = service.required_documents ?? [];
    return compact({
      id: uuid('service', service.id),
      organization_id: uuid('organization', organization.id),
      name: text(service.name)!,
      description: text(service.description),
      url: service.url,
      email: service.email,
      status: service.status,
      interpretation_services: text(service.interpretation),
      application_process: text(service.application_process),
      fees_description: text(service.cost_description),
      eligibility_description: text(service.eligibility),
      assured_date: isoDate(service.assured_date),
      alert: alerts.length ? alerts.join(' ') : undefined,
      phones: service.phones.map((p, i) =>
        compact({
          id: uuid('phone', `${service.id}/${i}`),
          service_id: uuid('service', service.id),
          number: p.number,
          type: PHONE_TYPE[p.type],
          description: text(p.description) ?? (p.type === 'whatsapp' ? 'WhatsApp' : undefined),
        }),
      ),
      schedules: schedules(service.schedule, service.id, lang, today),
      service_at_locations: locations.map((l) =>
        compact({
          id: uuid('service_at_location', `${service.id}@${l.id}`),
          service_id: uuid('service', service.id),
          location_id: uuid('location', l.id),
          location: compact({
            id: uuid('location', l.id),
            location_type: l.location_type,
            name: text(l.name),
            latitude: l.latitude,
            longitude: l.longitude,
            addresses:
              l.address && l.city
                ? [
                    {
                      id: uuid('address', l.id),
                      location_id: uuid('location', l.id),
                      address_1: l.address,
                      city: cityName(l.city, lang).text,
                      state_province: cityRegion(l.city) ?? cityName(l.city, lang).text,
                      postal_code: '',
                      country: l.country,
                      address_type: 'physical',
                    },
                  ]
                : [],
          }),
        }),
      ),
      languages: service.languages.map((code) => ({ id: uuid('language', `${service.id}/${code}`), service_id: uuid('service', service.id), code })),
      required_documents: documents.map((d, i) => ({ id: uuid('required_document', `${service.id}/${i}`), service_id: uuid('service', service.id), document: text(d)! })),
      organization: compact({
        id: uuid('organization', organization.id),
        name: text(organization.name)!,
        // HSDS requires a description; where none is written, the name is all that is known.
        description: text(organization.description) ?? text(organization.name)!,
        email: organization.email,
        website: organization.website,
      }),
      attributes: service.categories.map((c) => ({
        id: uuid('attribute', `${service.id}/${c}`),
        link_id: uuid('service', service.id),
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: uuid('taxonomy_term', c),
        taxonomy_term: { id: uuid('taxonomy_term', c), code: c, name: categoryDescription(c, lang).name, description: categoryDescription(c, lang).description, taxonomy: 'dalil-categories' },
      })),
      x_dalil: compact({
        id: service.id,
        page: options.pageUrl?.(service.id),
        cost: service.cost,
        access: service.access,
        referral_required: service.referral_required,
        emergency: service.emergency ?? false,
        whatsapp: service.phones.filter((p) => p.type === 'whatsapp').map((p) => p.number),
        complaints: text(service.complaints),
        sources: service.sources.map((s) => ('document' in s ? { id: s.document } : { title: s.title, url: s.url, accessed: isoDate(s.accessed) })),
      }),
    });
  });
}

/** Every language's list, keyed by language: Dalil's profile of HSDS (see public/schemas/). */
export function toHsdsAllLanguages(records: ServiceRecord[], options: HsdsOptions = {}) {
  return Object.fromEntries(LOCALE_CODES.map((lang) => [lang, toHsds(records, lang, options)]));
}

/** One CSV row per service, in one language, for spreadsheet users. */
export function toCsv(records: ServiceRecord[], lang: Locale, pageUrl: (id: string) => string, today = new Date()): string {
  const header = ['id', 'uuid', 'name', 'organization', 'categories', 'country', 'city', 'address', 'phone', 'whatsapp', 'sms', 'email', 'website', 'opening_hours', 'languages', 'cost', 'access', 'referral_required', 'eligibility', 'application_process', 'required_documents', 'alert', 'last_verified', 'sources', 'page'];
  const text = (map: LocalizedText | undefined) => (map ? pickText(map, lang).text : '');
  const rows = records.map(({ service, organization, locations, countries, cities }) => [
    service.id,
    uuid('service', service.id),
    text(service.name),
    text(organization.name),
    service.categories.join('; '),
    countries.join('; '),
    cities.map((c) => cityName(c, lang).text).join('; '),
    locations.flatMap((l) => (l.address ? [l.address] : [])).join('; '),
    service.phones.filter((p) => p.type === 'voice').map((p) => p.number).join('; '),
    service.phones.filter((p) => p.type === 'whatsapp').map((p) => p.number).join('; '),
    service.phones.filter((p) => p.type === 'sms').map((p) => p.number).join('; '),
    service.email ?? '',
    service.url ?? '',
    service.schedule?.always_open ? '24/7' : (service.schedule?.hours ?? []).map((h) => `${h.days.join(',')} ${h.opens}-${h.closes}`).join('; ') + (service.schedule ? ` (${service.schedule.timezone})` : ''),
    service.languages.join('; '),
    service.cost,
    service.access.join('; '),
    service.referral_required === undefined ? '' : String(service.referral_required),
    text(service.eligibility),
    text(service.application_process),
    (service.required_documents ?? []).map(text).join('; '),
    currentAlerts(service.alerts, today).map((a) => text(a.text)).join(' '),
    isoDate(service.assured_date),
    service.sources.map(sourceKey).join('; '),
    pageUrl(service.id),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Quotes a CSV cell, and defuses spreadsheet formulas: a cell starting with = + - @ (or a tab or
 * carriage return) is prefixed with an apostrophe so it is shown as text, never run.
 */
export function csvCell(value: string): string {
  // Phone numbers in E.164 (one, or several joined by "; ") start with + but are never formulas.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^\+\d+(; \+\d+)*$/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== value ? `"${safe.replaceAll('"', '""')}"` : safe;
}
