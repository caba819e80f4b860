import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** The file a site path is served from, the way a static host resolves it. */
function fileFor(dist: string, pathname: string): string | undefined {
  const path = join(dist, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

function attrValues(html: string, attr: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, 'g'))].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

/**
 * Every internal link and anchor in the built site must lead somewhere: a page that exists and,
 * for `#fragment` links, an element with that id on it. External links are not fetched.
 */
export function findBrokenLinks(dist: string): BrokenLink[] {
  const pages = listFiles(dist, '.', /\.html$/).map((p) => p.replace(/^\.\//, ''));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set(attrValues(readFileSync(file, 'utf8'), 'id'));
      idCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const file = join(dist, page);
    const pagePath = `/${page.replace(/index\.html$/, '')}`;
    const html = readFileSync(file, 'utf8');
    for (const href of [...attrValues(html, 'href'), ...attrValues(html, 'src')]) {
      if (!href || /^(https?:|mailto:|tel:|geo:|sms:|whatsapp:|data:|javascript:)/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${pagePath}`);
      const target = url.pathname === pagePath && href.startsWith('#') ? file : fileFor(dist, url.pathname);
      if (!target) {
        broken.push({ page: pagePath, href, reason: 'no such page' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page: pagePath, href, reason: `no element with id "${fragment}" on that page` });
      }
    }
  }
  return broken;
}
