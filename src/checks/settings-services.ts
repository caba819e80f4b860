import type { DirectoryData } from '../directory/load.ts';
import type { SETTINGS } from '../settings.ts';
import type { Problem } from './problem.ts';

type Settings = Pick<typeof SETTINGS, 'helpFirst' | 'pocketCard'>;

/**
 * Services that content/settings.json names for readers to call (help first in guides, the
 * printable pocket card) must exist and have a number; a pocket card's services must also be in
 * its country and listed once, since it is printed and handed out there.
 */
export function checkSettingsServices(settings: Settings, directory: DirectoryData, level: Problem['level']): Problem[] {
  const services = new Map(
    directory.organizations.flatMap((o) =>
      o.services.map((s) => [s.id, { service: s, countries: o.locations.filter((l) => s.location_ids.includes(l.id)).map((l) => l.country as string) }] as const),
    ),
  );
  const named = (field: string, ids: readonly string[], country?: string) =>
    ids.flatMap((id, i): Problem[] => {
      const at = { level, file: 'content/settings.json', field: `${field}.${i}` };
      const found = services.get(id);
      if (!found) return [{ ...at, message: `no service "${id}" in content/services: use a service id` }];
      if (!found.service.phones.some((p) => p.type === 'voice')) return [{ ...at, message: `"${id}" has no phone number to call: choose a service with one` }];
      if (country && !found.countries.includes(country)) return [{ ...at, message: `"${id}" has no location in ${country}: choose a service of that country` }];
      if (ids.indexOf(id) < i) return [{ ...at, message: `"${id}" is listed twice: list each service once` }];
      return [];
    });
  return [
    ...Object.entries(settings.helpFirst).flatMap(([country, ids]) => named(`helpFirst.${country}`, ids ?? [])),
    ...Object.entries(settings.pocketCard).flatMap(([country, card]) => named(`pocketCard.${country}.services`, card.services, country)),
  ];
}
