/// <reference lib="webworker" />
/**
 * Dalil's service worker, one per language (`/<lang>/sw.js`, scope `/<lang>/`), so a reader only
 * ever downloads their own language for offline use. Built with Workbox (scripts/build-offline.ts).
 *
 * - Install: precache this language's home, emergency and offline pages (small, and what a reader
 *   needs most when the signal drops).
 * - Pages: network first, so a reader with a connection always gets today's text and hotlines; the
 *   copy kept when the page was read is used only when the network fails, then a copy the reader
 *   saved, then the precached copy, then the offline page. Nothing is ever served cache-first, so no one is trapped on a stale number.
 * - A new build changes this file (precache revisions), the browser installs it on the next
 *   visit, and skipWaiting/clientsClaim put it in charge at once; outdated precaches are deleted.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };
declare const DALIL_LANG: string;

const LANG = DALIL_LANG;
/** Pages kept as they are read (expire), and pages the reader chose to save (kept). */
export const PAGES_CACHE = `dalil-${LANG}-pages`;
export const SAVED_CACHE = `dalil-${LANG}-saved`;

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
void self.skipWaiting();
clientsClaim();

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: 6,
  plugins: [new ExpirationPlugin({ maxEntries: 150, purgeOnQuotaError: true })],
});

const indexOf = (url: URL) => (url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && url.pathname.startsWith(`/${LANG}/`),
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      const url = new URL(options.request.url);
      return (
        (await caches.match(options.request.url, { cacheName: SAVED_CACHE, ignoreSearch: true })) ??
        (await matchPrecache(indexOf(url))) ??
        (await matchPrecache(`/${LANG}/offline/index.html`)) ??
        Response.error()
      );
    }
  },
);

// Scripts, styles and icons the pages use: served from cache at once, refreshed in the background;
// offline, the copies precached at install (file names carry a content hash, so never stale).
const assets = new StaleWhileRevalidate({ cacheName: `dalil-${LANG}-assets`, plugins: [new ExpirationPlugin({ maxEntries: 40 })] });
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
