import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkJson } from '../checks/data-files.ts';
import type { Problem } from '../checks/problem.ts';
import type { SourceRef } from '../sources/schema.ts';
import { placesFileSchema, serviceFileSchema, type LocationData, type OrganizationData, type ServiceData, type ServiceFile } from './schema.ts';
import type { z } from 'astro/zod';

/** Where service files are read from; tests and the benchmark point it at synthetic data. */
export function servicesDir(root = '.'): string {
  return join(root, process.env.DALIL_SERVICES_DIR ?? 'content/services');
}

export interface DirectoryData {
  organizations: { file: string; organization: OrganizationData; locations: LocationData[]; services: ServiceData[] }[];
  places: z.infer<typeof placesFileSchema>;
}

export interface DirectoryCheck {
  data: DirectoryData;
  problems: Problem[];
}


/**
 * Reads and checks every service file and the places list: each file against the schema, then
 * what only the whole set can tell (ids used twice, unknown cities or sources, dates ahead of today,
 * details not verified for too long).
 */
export function readDirectory(root: string, knownSources: readonly string[], options: { maxAgeDays: number; today?: Date }): DirectoryCheck {
  const problems: Problem[] = [];
  const placesFile = 'content/places.json';
  let places: DirectoryData['places'] = { countries: [], cities: [] };
  const placesRead = checkJson(root, placesFile, placesFileSchema);
  problems.push(...placesRead.problems);
  if (placesRead.data) places = placesRead.data as DirectoryData['places'];

  const relDir = process.env.DALIL_SERVICES_DIR ?? 'content/services';
  const organizations: DirectoryData['organizations'] = [];
  const linesOf = new Map<string, (path: readonly PropertyKey[]) => number | undefined>();
  let names: string[] = [];
  try {
    names = readdirSync(servicesDir(root)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    problems.push({ level: 'error', file: relDir, message: 'the services folder is missing' });
  }
  for (const name of names) {
    const file = `${relDir}/${name}`;
    const read = checkJson(root, file, serviceFileSchema);
    problems.push(...read.problems);
    linesOf.set(file, read.lineOf);
    if (read.data) organizations.push({ file, ...(read.data as ServiceFile) });
  }

  // Checks across files.
  const today = options.today ?? new Date();
  const seen = new Map<string, string>();
  const cityIds = new Set(places.cities.map((c) => c.id));
  const claim = (id: string, file: string, field: string) => {
    const first = seen.get(id);
    if (first) problems.push({ level: 'error', file, field, message: `id "${id}" is already used in ${first}: ids must be unique across all service files` });
    else seen.set(id, file);
  };
  const checkSources = (sources: SourceRef[], file: string, field: string) =>
    sources.forEach((s, i) => {
      if ('document' in s && !knownSources.includes(s.document)) {
        problems.push({ level: 'error', file, field: `${field}.${i}.document`, message: `"${s.document}" is not in content/sources.json: use a known id, or a citation with title, url and accessed` });
      }
    });
  const checkDate = (date: Date, file: string, field: string) => {
    if (date.getTime() > today.getTime() + 86_400_000) {
      problems.push({ level: 'error', file, field, message: `${date.toISOString().slice(0, 10)} is in the future: write the day the details were last checked` });
    } else if ((today.getTime() - date.getTime()) / 86_400_000 > options.maxAgeDays) {
      problems.push({ level: 'warning', file, field, message: `last verified ${date.toISOString().slice(0, 10)}, more than ${options.maxAgeDays} days ago: check the details again and update the date` });
    }
  };
  for (const { file, organization, locations, services } of organizations) {
    claim(organization.id, file, 'organization.id');
    checkSources(organization.sources, file, 'organization.sources');
    checkDate(organization.assured_date, file, 'organization.assured_date');
    locations.forEach((l, i) => {
      claim(l.id, file, `locations.${i}.id`);
      if (l.city && !cityIds.has(l.city)) {
        problems.push({ level: 'error', file, field: `locations.${i}.city`, message: `unknown city "${l.city}": add it to content/places.json or use one of ${[...cityIds].join(', ')}` });
      }
    });
    services.forEach((s, i) => {
      claim(s.id, file, `services.${i}.id`);
      checkSources(s.sources, file, `services.${i}.sources`);
      checkDate(s.assured_date, file, `services.${i}.assured_date`);
    });
  }
  for (const p of problems) {
    if (p.line === undefined && p.field && linesOf.has(p.file)) p.line = linesOf.get(p.file)!(p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
  }
  return { data: { organizations, places }, problems };
}
