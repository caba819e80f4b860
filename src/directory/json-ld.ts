import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localized-text.ts';
import { isoDate } from '../i18n/format.ts';
import type { ServiceRecord } from './directory.ts';
import { cityName } from './directory.ts';

/**
 * schema.org descriptions for search engines and partners' tools: data only, on the page itself,
 * with no script, tracker or request. Serialised so no value can close the <script> it sits in.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const SCHEMA_DAYS = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' } as const;
const COUNTRY_NAMES = { MA: 'Morocco', IQ: 'Iraq' } as const;

export function serviceJsonLd(record: ServiceRecord, lang: Locale, pageUrl: string) {
  const { service, organization, locations } = record;
  const text = (map: Record<string, string>) => pickText(map, lang).text;
  const voice = service.phones.filter((p) => p.type === 'voice');
  const cities = record.cities.map((c) => ({ '@type': 'City', name: cityName(c, lang).text }));
  const hours = service.schedule?.always_open
    ? [{ '@type': 'OpeningHoursSpecification', dayOfWeek: Object.values(SCHEMA_DAYS), opens: '00:00', closes: '23:59' }]
    : (service.schedule?.hours ?? []).map((p) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: p.days.map((d) => SCHEMA_DAYS[d]), opens: p.opens, closes: p.closes === '24:00' ? '23:59' : p.closes }));
  return {
    '@context': 'https://schema.org',
    '@type': service.emergency ? 'GovernmentService' : 'Service',
    name: text(service.name),
    description: text(service.description),
    url: pageUrl,
    inLanguage: lang,
    provider: { '@type': 'Organization', name: text(organization.name), ...(organization.website ? { url: organization.website } : {}), ...(organization.email ? { email: organization.email } : {}) },
    areaServed: cities.length ? cities : record.countries.map((c) => ({ '@type': 'Country', name: COUNTRY_NAMES[c] })),
    availableChannel: {
      '@type': 'ServiceChannel',
      ...(voice.length ? { servicePhone: voice.map((p) => ({ '@type': 'ContactPoint', telephone: p.number, ...(service.languages.length ? { availableLanguage: service.languages } : {}) })) } : {}),
      ...(service.url ? { serviceUrl: service.url } : {}),
      ...(locations.some((l) => l.address) ? { serviceLocation: locations.filter((l) => l.address).map((l) => ({ '@type': 'Place', address: l.address })) } : {}),
      ...(service.languages.length ? { availableLanguage: service.languages } : {}),
    },
    ...(hours.length ? { hoursAvailable: hours } : {}),
    ...(service.cost === 'free' ? { isAccessibleForFree: true } : {}),
    dateModified: isoDate(service.assured_date),
  };
}
