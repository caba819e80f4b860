import { CATEGORIES } from '../directory/categories.ts';
import type { DirectoryData } from '../directory/load.ts';
import { TOPICS } from '../guides/topics.ts';
import { listFiles } from './files.ts';
import { MEDIA_DIR } from './media.ts';

/**
 * Every page path the build will produce, worked out from the content alone, so links can be
 * checked before (and without) a build. Keep in step with src/pages/; the end-to-end crawl of
 * the built site checks the same links for real.
 */
export function sitePaths(locales: readonly string[], guideSlugs: readonly string[], pageNames: readonly string[], directory: DirectoryData, root = '.', topics: readonly string[] = TOPICS): Set<string> {
  const paths = new Set<string>(['/', '/services.json', '/schemas/services.schema.json', '/schemas/dalil-hsds-profile.schema.json', '/sitemap-index.xml', '/robots.txt']);
  for (const file of listFiles(root, MEDIA_DIR, /./)) paths.add(`/media/${file.slice(MEDIA_DIR.length + 1)}`);
  // Listings exist only where something is listed (as src/pages/[lang]/directory/ generates them).
  const services = directory.organizations.flatMap((o) =>
    o.services
      .filter((s) => s.status !== 'defunct')
      .map((s) => ({ id: s.id, categories: s.categories as readonly string[], cities: o.locations.filter((l) => s.location_ids.includes(l.id)).flatMap((l) => (l.city ? [l.city] : [])) })),
  );
  for (const lang of locales) {
    const add = (p = '') => paths.add(`/${lang}/${p}`);
    for (const p of ['', 'guides/', 'glossary/', 'emergency/', 'search/', 'offline/', 'directory/', 'directory/all/', 'services.csv', 'services.json', 'manifest.webmanifest']) add(p);
    for (const topic of topics) add(`topics/${topic}/`);
    for (const slug of guideSlugs) add(`guides/${slug}/`);
    for (const name of pageNames) add(`${name}/`);
    for (const category of CATEGORIES) if (services.some((s) => s.categories.includes(category))) add(`directory/category/${category}/`);
    for (const city of directory.places.cities) if (services.some((s) => s.cities.includes(city.id))) add(`directory/city/${city.id}/`);
    for (const id of services.map((s) => s.id)) add(`directory/service/${id}/`);
  }
  return paths;
}
