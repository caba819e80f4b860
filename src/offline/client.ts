/**
 * Page side of offline reading, on every page: registers this language's service worker, shows
 * the offline banner, and asks the worker to fetch the pages the reader saved again whenever there
 * is a connection, so saved emergency numbers never stay old. An enhancement only: without it (or
 * without JavaScript) pages still load from the network.
 */
export function registerOffline(doc: Document): void {
  const lang = doc.documentElement.lang;
  if (!('serviceWorker' in navigator) || !lang) return;
  void navigator.serviceWorker.register(`/${lang}/sw.js`, { scope: `/${lang}/` }).catch(() => undefined);

  // A page the worker served from the phone says so itself, with its date (src/offline/sw.ts).
  const banner = doc.querySelector<HTMLElement>('[data-offline-banner]');
  const copy = doc.documentElement.dataset.savedCopy !== undefined;
  const update = () => {
    if (banner) banner.hidden = navigator.onLine || copy;
  };
  addEventListener('online', update);
  addEventListener('offline', update);
  update();
  // With a connection, have the pages the reader saved fetched again, so they carry today's numbers.
  if (!copy && navigator.onLine) void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'refresh-saved' }));
}
