/**
 * Page side of offline reading: registers this language's service worker, says when the page
 * was read from the phone's copy, and wires the "save for offline" button. Everything here is
 * an enhancement: without it (or without JavaScript) pages still load from the network.
 */
/** Kept as pages are read (the worker expires them) and saved by the reader (kept): see src/offline/sw.ts. */
export const pagesCache = (lang: string) => `dalil-${lang}-pages`;
export const savedCache = (lang: string) => `dalil-${lang}-saved`;

export function registerOffline(doc: Document): void {
  const lang = doc.documentElement.lang;
  if (!('serviceWorker' in navigator) || !lang) return;
  void navigator.serviceWorker.register(`/${lang}/sw.js`, { scope: `/${lang}/` }).catch(() => undefined);

  const banner = doc.querySelector<HTMLElement>('[data-offline-banner]');
  const update = () => {
    if (banner) banner.hidden = navigator.onLine;
  };
  addEventListener('online', update);
  addEventListener('offline', update);
  update();

  const save = doc.querySelector<HTMLElement>('[data-save-offline]');
  if (save && 'caches' in window) void enhanceSave(save, lang);
}

async function enhanceSave(box: HTMLElement, lang: string): Promise<void> {
  const button = box.querySelector<HTMLButtonElement>('button');
  const status = box.querySelector<HTMLElement>('[role="status"]');
  if (!button || !status) return;
  const url = location.pathname;
  const cache = await caches.open(savedCache(lang));
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const kb = Math.max(1, Math.round((nav?.encodedBodySize || nav?.transferSize || 0) / 1024));
  const render = (saved: boolean) => {
    button.textContent = (saved ? box.dataset.remove : box.dataset.save)?.replace('{{size}}', String(kb)) ?? '';
    button.setAttribute('aria-pressed', String(saved));
  };
  render(Boolean(await cache.match(url)));
  box.hidden = false;
  button.addEventListener('click', async () => {
    if (await cache.match(url)) {
      await cache.delete(url);
      render(false);
      status.textContent = box.dataset.removed ?? '';
    } else {
      try {
        await cache.add(url);
        render(true);
        status.textContent = box.dataset.saved ?? '';
      } catch {
        status.textContent = box.dataset.failed ?? '';
      }
    }
  });
}

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
