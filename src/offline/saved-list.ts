import { pagesCache, savedAt, savedCache } from './cache-names.ts';

export interface SavedPage {
  url: string;
  title: string;
  /** When the stored copy was fetched. */
  savedAt?: Date;
}

/** Every page of this language kept on the phone, for the offline page, with its title and date. */
export async function savedPages(lang: string): Promise<SavedPage[]> {
  if (!('caches' in window)) return [];
  const names = (await caches.keys()).filter((n) => n === savedCache(lang) || n === pagesCache(lang) || n.startsWith('workbox-precache'));
  const seen = new Map<string, SavedPage>();
  for (const name of names) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      const path = url.pathname.replace(/index\.html$/, '');
      if (!path.startsWith(`/${lang}/`) || path.endsWith('/offline/') || !path.endsWith('/')) continue;
      const response = await cache.match(request);
      if (!response) continue;
      const date = savedAt(response);
      const known = seen.get(path);
      // The newest copy is the one the worker serves first.
      if (known && (!date || (known.savedAt && known.savedAt >= date))) continue;
      const html = await response.text();
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? path;
      seen.set(path, { url: path, title: new DOMParser().parseFromString(title, 'text/html').documentElement.textContent ?? path, savedAt: date });
    }
  }
  return [...seen.values()].sort((a, b) => a.title.localeCompare(b.title, lang));
}

export async function listSaved(doc: Document): Promise<void> {
  const list = doc.querySelector<HTMLUListElement>('[data-saved-list]');
  const none = doc.querySelector<HTMLElement>('[data-saved-none]');
  if (!list) return;
  const lang = doc.documentElement.lang;
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const pages = await savedPages(lang);
  for (const page of pages) {
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.href = page.url;
    link.textContent = page.title;
    link.className = 'inline-flex min-h-11 items-center';
    item.append(link);
    if (page.savedAt) {
      const time = doc.createElement('time');
      time.dateTime = page.savedAt.toISOString();
      time.className = 'block text-sm text-muted';
      time.textContent = (list.dataset.savedOn ?? '{{date}}').replace('{{date}}', format.format(page.savedAt));
      item.append(time);
    }
    list.append(item);
  }
  if (none) none.hidden = pages.length > 0;
}
