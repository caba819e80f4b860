import { savedCache, stamped } from './cache-names.ts';

/**
 * Page side of offline reading, on every page: registers this language's service worker, says when
 * the page on screen is a stored copy and from when, and refreshes the pages the reader saved
 * whenever there is a connection, so saved emergency numbers never stay old. An enhancement only:
 * without it (or without JavaScript) pages still load from the network.
 */
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

  const copy = doc.documentElement.dataset.savedCopy;
  const notice = doc.querySelector<HTMLElement>('[data-saved-copy-notice]');
  if (copy !== undefined && notice) {
    const date = copy ? new Date(copy) : undefined;
    const when = date && !Number.isNaN(date.getTime()) ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date) : '';
    notice.textContent = (when ? notice.dataset.text : notice.dataset.textUndated)?.replace('{{date}}', when) ?? '';
    notice.hidden = false;
    if (banner) banner.hidden = true;
  } else if (navigator.onLine) {
    // Not while the page itself is a stored copy: then there is no connection to refresh with.
    setTimeout(() => void refreshSaved(lang), 1500);
  }
}

/** Fetches every page the reader saved again and replaces the stored copy when it arrives. */
export async function refreshSaved(lang: string): Promise<number> {
  if (!('caches' in window)) return 0;
  const cache = await caches.open(savedCache(lang));
  let refreshed = 0;
  for (const request of await cache.keys()) {
    try {
      const response = await fetch(request.url, { cache: 'no-cache', credentials: 'omit' });
      if (response.ok) {
        await cache.put(request, await stamped(response));
        refreshed += 1;
      }
    } catch {
      return refreshed; // the connection dropped: try again on the next visit
    }
  }
  return refreshed;
}
