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
 * - Recordings of guides (/audio/) come from the phone when the reader saved the guide with them,
 *   else from the network; they are never stored otherwise (they are large).
 * - A new build changes this file (precache revisions), the browser installs it on the next
 *   visit, and skipWaiting/clientsClaim put it in charge at once; outdated precaches are deleted.
 */
import { clientsClaim } from 'workbox-core';
import { CacheExpiration } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { assetsCache, pagesCache, savedAt, savedCache, searchCache, searchManifest, stamped } from './cache-names.ts';
import { partialResponse } from './range.ts';

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

const isRecording = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith('/audio/');
/** The recording a saved guide names (SaveOffline.astro), as its full address. */
const recordingOf = (html: string) => {
  const src = /data-offline-audio="([^"]+)"/.exec(html)?.[1];
  return src ? new URL(src.replaceAll('&amp;', '&'), self.location.origin).href : undefined;
};

/**
 * Pages the reader saved are fetched again on every visit with a connection (the page asks), so a
 * saved copy carries the current numbers; a copy is replaced only by a complete, successful answer.
 * Recordings are not fetched again (their address changes with their content): a saved guide's
 * new recording is fetched once, and one no saved guide names any more is deleted.
 */
async function refreshSaved(): Promise<void> {
  const cache = await caches.open(SAVED);
  const keys = await cache.keys();
  const wanted = new Set<string>();
  for (const request of keys) {
    if (isRecording(new URL(request.url))) continue;
    try {
      const response = await fetch(request.url, { cache: 'no-cache', credentials: 'omit' });
      if (response.ok) await cache.put(request, await stamped(response.clone()));
      const page = response.ok ? response : await cache.match(request);
      const recording = page && recordingOf(await page.text());
      if (recording) wanted.add(recording);
    } catch {
      return; // the connection dropped: the next visit tries again
    }
  }
  for (const request of keys) if (isRecording(new URL(request.url)) && !wanted.has(request.url)) await cache.delete(request);
  for (const url of wanted) {
    if (await cache.match(url)) continue;
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (response.ok) await cache.put(url, await stamped(response));
    } catch {
      return;
    }
  }
}

/**
 * Saves one page of this language for the reader, with its recording where the page names one
 * (both or neither), and the time it was saved; answers on the port given.
 */
async function save(url: string, audio?: string): Promise<boolean> {
  const path = new URL(url, self.location.origin);
  if (path.origin !== self.location.origin || !path.pathname.startsWith(`/${LANG}/`)) return false;
  const recording = audio ? new URL(audio, self.location.origin) : undefined;
  if (recording && !isRecording(recording)) return false;
  try {
    const [page, sound] = await Promise.all([
      fetch(path.pathname, { cache: 'no-cache', credentials: 'omit' }),
      recording && fetch(recording.href, { credentials: 'omit' }),
    ]);
    if (!page.ok || (sound && !sound.ok)) return false;
    const cache = await caches.open(SAVED);
    if (recording && sound) await cache.put(recording.href, await stamped(sound));
    await cache.put(path.pathname, await stamped(page));
    return true;
  } catch {
    return false;
  }
}

const SEARCH = searchCache(LANG);
const MANIFEST = searchManifest(LANG);
type Manifest = { files: string[]; bytes: number };

/** The language's search files as the site lists them now, or undefined offline. */
async function currentManifest(): Promise<Manifest | undefined> {
  try {
    const response = await fetch(MANIFEST, { cache: 'no-cache', credentials: 'omit' });
    return response.ok ? ((await response.json()) as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves the language's search files (with a reader's saved pages), so search works without a
 * connection over the whole library of the language; a new build's files replace the old ones,
 * and the old ones are deleted once the new set is complete.
 */
async function saveSearch(): Promise<boolean> {
  const manifest = await currentManifest();
  if (!manifest) return false;
  const cache = await caches.open(SEARCH);
  const stored = await cache.match(MANIFEST);
  if (stored && JSON.stringify(await stored.json()) === JSON.stringify(manifest)) return true;
  try {
    for (const url of manifest.files) {
      if (await cache.match(url, { ignoreSearch: true })) continue;
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) return false;
      await cache.put(url, response);
    }
  } catch {
    return false; // the next visit finishes it
  }
  const keep = new Set(manifest.files.map((u) => new URL(u, self.location.origin).pathname));
  for (const request of await cache.keys()) if (!keep.has(new URL(request.url).pathname)) await cache.delete(request);
  await cache.put(MANIFEST, new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
  return true;
}

/** What saving the search files would still download (0 once they are saved). */
async function searchBytesToSave(): Promise<number> {
  const cache = await caches.open(SEARCH);
  const stored = await cache.match(MANIFEST);
  const manifest = await currentManifest();
  if (!manifest) return 0;
  return stored && JSON.stringify(await stored.json()) === JSON.stringify(manifest) ? 0 : manifest.bytes;
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; url?: string; audio?: string } | null;
  const answer = (value: unknown) => event.ports[0]?.postMessage(value);
  if (data?.type === 'refresh-saved') event.waitUntil(refreshSaved().then(async () => (await caches.has(SEARCH)) && saveSearch()));
  if (data?.type === 'search-size') event.waitUntil(searchBytesToSave().then((bytes) => answer({ bytes })));
  if (data?.type === 'save' && data.url) event.waitUntil(save(data.url, data.audio).then(async (ok) => answer({ ok: ok && (await saveSearch(), true) })));
});

// Search files: from the network while there is one (a new build may have changed them), else
// the copies saved with the reader's pages. Pagefind adds a timestamp to one request: ignored.
registerRoute(
  ({ url }) => url.origin === self.location.origin && (url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/_search/')),
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      return (await caches.match(request.url, { cacheName: SEARCH, ignoreSearch: true })) ?? Response.error();
    }
  },
);

// A recording saved with its guide plays from the phone, online too (no data spent twice);
// players ask for parts of it, answered from the stored file.
registerRoute(
  ({ url }) => isRecording(url),
  async ({ request }) => {
    const saved = await caches.match(request.url, { cacheName: SAVED });
    return saved ? partialResponse(request, saved) : fetch(request);
  },
);

// Scripts, styles and icons the pages use: served from cache at once, refreshed in the background;
// offline, the copies precached at install (file names, or for "Listen" the address, carry a
// content hash, so never stale).
const assets = new StaleWhileRevalidate({ cacheName: assetsCache(LANG), plugins: [new ExpirationPlugin({ maxEntries: 40 })] });
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin && (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/_listen/') || request.destination === 'image' || url.pathname.endsWith('.webmanifest')),
  async (options) => {
    try {
      return await assets.handle(options);
    } catch {
      return (await matchPrecache(new URL(options.request.url).pathname)) ?? Response.error();
    }
  },
);
