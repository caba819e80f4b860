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
export function sitePaths(locales: readonly string[], guideSlugs: readonly string[], pageNames: readonly string[], directory: DirectoryData, root = '.'): Set<string> {
  const paths = new Set<string>(['/', '/services.json', '/schemas/services.schema.json', '/sitemap-index.xml', '/robots.txt']);
  for (const file of listFiles(root, MEDIA_DIR, /./)) paths.add(`/media/${file.slice(MEDIA_DIR.length + 1)}`);
  const services = directory.organizations.flatMap((o) => o.services.map((s) => s.id));
  for (const lang of locales) {
    const add = (p = '') => paths.add(`/${lang}/${p}`);
    for (const p of ['', 'guides/', 'glossary/', 'emergency/', 'search/', 'offline/', 'directory/', 'directory/all/', 'services.csv', 'services.json', 'manifest.webmanifest']) add(p);
    for (const topic of TOPICS) add(`topics/${topic}/`);
    for (const slug of guideSlugs) add(`guides/${slug}/`);
    for (const name of pageNames) add(`${name}/`);
    for (const category of CATEGORIES) add(`directory/category/${category}/`);
    for (const city of directory.places.cities) add(`directory/city/${city.id}/`);
    for (const id of services) add(`directory/service/${id}/`);
  }
  return paths;
}
