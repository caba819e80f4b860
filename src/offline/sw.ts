/// <reference lib="webworker" />
/**
 * Dalil's service worker, one per language (`/<lang>/sw.js`, scope `/<lang>/`), so a reader only
 * ever downloads their own language for offline use. Built with Workbox (src/build/offline.ts).
 *
 * - Install: precache this language's home, emergency and offline pages (small, and what a reader
 *   needs most when the signal drops).
 * - Pages: every page carries emergency numbers (the footer), so pages always come from the network
 *   while there is one, however slow: no timeout ever swaps in a stored copy for an online reader.
 *   Only when the network fails is a stored copy used (read, then saved, then precached, then the
 *   offline page), and the page is marked with the date of that copy so it can say how old it is.
 * - A new build changes this file (precache revisions), the browser installs it on the next
 *   visit, and skipWaiting/clientsClaim put it in charge at once; outdated precaches are deleted.
 */
import { clientsClaim } from 'workbox-core';
import { CacheExpiration } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { assetsCache, pagesCache, savedAt, savedCache, stamped } from './cache-names.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };
declare const DALIL_LANG: string;

const LANG = DALIL_LANG;
const PAGES = pagesCache(LANG);
const SAVED = savedCache(LANG);

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
void self.skipWaiting();
clientsClaim();

const expiration = new CacheExpiration(PAGES, { maxEntries: 150 });
const indexOf = (url: URL) => (url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);

/**
 * A stored page, served because the network failed: marked as a copy, with the notice the page
 * carries for this (hidden until now) filled with the day it was stored, in the page's language.
 * Done here rather than by the page's script, so it shows whatever that script does.
 */
async function asStoredCopy(response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const when = savedAt(response);
  const date = when ? new Intl.DateTimeFormat(LANG, { dateStyle: 'long', timeStyle: 'short' }).format(when) : '';
  const html = (await response.text())
    .replace(/<html\b/, `<html data-saved-copy="${when ? when.toISOString() : ''}"`)
    .replace(/<p([^>]*) data-saved-copy-notice hidden data-text="([^"]*)" data-text-undated="([^"]*)"([^>]*)><\/p>/, (_m, before: string, text: string, undated: string, after: string) =>
      `<p${before} data-saved-copy-notice data-text="${text}" data-text-undated="${undated}"${after}>${date ? text.replace('{{date}}', date) : undated}</p>`,
    );
  return new Response(html, { status: 200, headers: response.headers });
}

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && url.pathname.startsWith(`/${LANG}/`),
  async ({ request }) => {
    const url = new URL(request.url);
    try {
      const response = await fetch(request);
      if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
        const cache = await caches.open(PAGES);
        await cache.put(url.pathname, await stamped(response.clone()));
        await expiration.updateTimestamp(url.pathname);
        void expiration.expireEntries();
      }
      return response;
    } catch {
      const stored =
        (await caches.match(url.pathname, { cacheName: PAGES, ignoreSearch: true })) ??
        (await caches.match(url.pathname, { cacheName: SAVED, ignoreSearch: true })) ??
        (await matchPrecache(indexOf(url)));
      if (stored) return asStoredCopy(stored);
      return (await matchPrecache(`/${LANG}/offline/index.html`)) ?? Response.error();
    }
  },
);

/**
 * Pages the reader saved are fetched again on every visit with a connection (the page asks), so a
 * saved copy carries the current numbers; a copy is replaced only by a complete, successful answer.
 */
async function refreshSaved(): Promise<void> {
  const cache = await caches.open(SAVED);
  for (const request of await cache.keys()) {
    try {
      const response = await fetch(request.url, { cache: 'no-cache', credentials: 'omit' });
      if (response.ok) await cache.put(request, await stamped(response));
    } catch {
      return; // the connection dropped: the next visit tries again
    }
  }
}

/** Saves one page of this language for the reader, with the time it was saved; answers on the port given. */
async function save(url: string): Promise<boolean> {
  const path = new URL(url, self.location.origin);
  if (path.origin !== self.location.origin || !path.pathname.startsWith(`/${LANG}/`)) return false;
  try {
    const response = await fetch(path.pathname, { cache: 'no-cache', credentials: 'omit' });
    if (!response.ok) return false;
    await (await caches.open(SAVED)).put(path.pathname, await stamped(response));
    return true;
  } catch {
    return false;
  }
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; url?: string } | null;
  if (data?.type === 'refresh-saved') event.waitUntil(refreshSaved());
  if (data?.type === 'save' && data.url) event.waitUntil(save(data.url).then((ok) => event.ports[0]?.postMessage({ ok })));
});

// Scripts, styles and icons the pages use: served from cache at once, refreshed in the background;
// offline, the copies precached at install (file names carry a content hash, so never stale).
const assets = new StaleWhileRevalidate({ cacheName: assetsCache(LANG), plugins: [new ExpirationPlugin({ maxEntries: 40 })] });
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && (url.pathname.startsWith('/_astro/') || request.destination === 'image' || url.pathname.endsWith('.webmanifest')),
  async (options) => {
    try {
      return await assets.handle(options);
    } catch {
      return (await matchPrecache(new URL(options.request.url).pathname)) ?? Response.error();
    }
  },
);
