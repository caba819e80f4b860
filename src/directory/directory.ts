import { ContentError } from '../i18n/format-issues.ts';
import { formatProblem } from '../checks/problem.ts';
import { pickText } from '../i18n/localized-text.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Country } from '../places/countries.ts';
import { SETTINGS } from '../settings.ts';
import { SOURCE_IDS } from '../sources/sources.ts';
import { CATEGORIES, type Category } from './categories.ts';
import { readDirectory, type DirectoryData } from './load.ts';
import type { LocationData, OrganizationData, ServiceData } from './schema.ts';

/** A service with what a page needs around it: its organisation and its locations. */
export interface ServiceRecord {
  service: ServiceData;
  organization: OrganizationData;
  locations: LocationData[];
  countries: Country[];
  cities: string[];
}

let cache: { data: DirectoryData; services: ServiceRecord[] } | undefined;

function load() {
  if (cache) return cache;
  const { data, problems } = readDirectory('.', SOURCE_IDS, { maxAgeDays: SETTINGS.directory.verificationMaxAgeDays });
  const errors = problems.filter((p) => p.level === 'error');
  if (errors.length) throw new ContentError(errors.map(formatProblem));
  const services = data.organizations.flatMap(({ organization, locations, services }) =>
    services.map((service) => {
      const at = locations.filter((l) => service.location_ids.includes(l.id));
      return {
        service,
        organization,
        locations: at,
        countries: [...new Set(at.map((l) => l.country))],
        cities: [...new Set(at.flatMap((l) => (l.city ? [l.city] : [])))],
      };
    }),
  );
  cache = { data, services };
  return cache;
}

export function allServices(): ServiceRecord[] {
  return load().services.filter((s) => s.service.status !== 'defunct');
}

export function servicesWhere(filter: { category?: Category | string; country?: Country | string; city?: string }): ServiceRecord[] {
  return allServices().filter(
    (s) =>
      (!filter.category || s.service.categories.includes(filter.category as Category)) &&
      (!filter.country || s.countries.includes(filter.country as Country)) &&
      (!filter.city || s.cities.includes(filter.city)),
  );
}

/** Categories with at least one service: the only ones with a listing page. */
export function listedCategories(): Category[] {
  return CATEGORIES.filter((category) => servicesWhere({ category }).length > 0);
}

/** Cities with at least one service: the only ones with a listing page. */
export function listedCities(): string[] {
  return cities().map((c) => c.id).filter((city) => servicesWhere({ city }).length > 0);
}

export function organizations(): DirectoryData['organizations'] {
  return load().data.organizations;
}

/** Organisations with no service of their own listed: partners reached through a referral. */
export function referralOnlyOrganizations(): OrganizationData[] {
  return organizations()
    .filter((o) => o.services.length === 0)
    .map((o) => o.organization);
}

export function cities() {
  return load().data.places.cities;
}

/** The region or province of a city (content/places.json), as written there. */
export function cityRegion(id: string): string | undefined {
  return cities().find((c) => c.id === id)?.region;
}

export function cityName(id: string, lang: Locale): { text: string; lang: Locale } {
  const city = cities().find((c) => c.id === id);
  return city ? pickText(city.name, lang) : { text: id, lang };
}

/** A service's name in the reader's language, sorting helper included. */
export function sortByName(records: ServiceRecord[], lang: Locale): ServiceRecord[] {
  return [...records].sort((a, b) => pickText(a.service.name, lang).text.localeCompare(pickText(b.service.name, lang).text, lang));
}
