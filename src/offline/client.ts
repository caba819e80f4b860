/**
 * Page side of offline reading, on every page: registers this language's service worker and says
 * when the page was read from the phone's copy. An enhancement only: without it (or without
 * JavaScript) pages still load from the network. Saving a page is in save.ts.
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
}
