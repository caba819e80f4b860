import { pagesCache, savedCache } from './save.ts';

/** Every saved page of this language, for the offline page, with the title each was saved with. */
export async function savedPages(lang: string): Promise<{ url: string; title: string }[]> {
  if (!('caches' in window)) return [];
  const names = (await caches.keys()).filter((n) => n === savedCache(lang) || n === pagesCache(lang) || n.startsWith('workbox-precache'));
  const seen = new Map<string, string>();
  for (const name of names) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      const path = url.pathname.replace(/index\.html$/, '');
      if (!path.startsWith(`/${lang}/`) || path.endsWith('/offline/') || !path.endsWith('/') || seen.has(path)) continue;
      const html = await (await cache.match(request))?.text();
      const title = /<title>([^<]*)<\/title>/.exec(html ?? '')?.[1] ?? path;
      seen.set(path, new DOMParser().parseFromString(title, 'text/html').documentElement.textContent ?? path);
    }
  }
  return [...seen].map(([url, title]) => ({ url, title })).sort((a, b) => a.title.localeCompare(b.title, lang));
}

export async function listSaved(doc: Document): Promise<void> {
  const list = doc.querySelector<HTMLUListElement>('[data-saved-list]');
  const none = doc.querySelector<HTMLElement>('[data-saved-none]');
  if (!list) return;
  const pages = await savedPages(doc.documentElement.lang);
  for (const page of pages) {
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.href = page.url;
    link.textContent = page.title;
    link.className = 'inline-flex min-h-11 items-center';
    item.append(link);
    list.append(item);
  }
  if (none) none.hidden = pages.length > 0;
}
