import { allServices, type ServiceRecord } from '../directory/directory.ts';
import type { Country } from '../places/countries.ts';
import { SETTINGS } from '../settings.ts';

/**
 * What the printable pocket card of a country lists: the services staff chose in
 * content/settings.json (`pocketCard.<country>.services`, in that order), each with the first
 * number to call. Ids the directory does not hold (synthetic directories in tests) are left out;
 * `npm run check` refuses them for the real content.
 */
export function pocketCardServices(country: Country): { record: ServiceRecord; phone: string }[] {
  const byId = new Map(allServices().map((r) => [r.service.id, r]));
  return SETTINGS.pocketCard[country].services.flatMap((id) => {
    const record = byId.get(id);
    const phone = record?.service.phones.find((p) => p.type === 'voice')?.number;
    return record && phone && record.countries.includes(country) ? [{ record, phone }] : [];
  });
}

/** The page whose words the card's "help is free" sentence repeats. */
export function freeSource(country: Country) {
  return SETTINGS.pocketCard[country].freeSource;
}

/** The card's address segment: `/<lang>/print/card-ma/`. Lower case, as every other URL. */
export const cardSlug = (country: Country) => `card-${country.toLowerCase()}`;

/** A source's address as short as it can be printed and still typed in: host and first folder. */
export function shortAddress(url: string): string {
  const { host, pathname } = new URL(url);
  const first = pathname.split('/').find(Boolean);
  return first ? `${host}/${first}` : host;
}
