/**
 * Page side of offline reading, on every page: registers this language's service worker, says when
 * the page on screen is a stored copy and from when, and asks the worker to fetch the pages the
 * reader saved again whenever there is a connection, so saved emergency numbers never stay old.
 * An enhancement only: without it (or without JavaScript) pages still load from the network.
 */
export function registerOffline(doc: Document): void {
  const lang = doc.documentElement.lang;
  if (!('serviceWorker' in navigator) || !lang) return;
  void navigator.serviceWorker.register(`/${lang}/sw.js`, { scope: `/${lang}/` }).catch(() => undefined);

  const banner = doc.querySelector<HTMLElement>('[data-offline-banner]');
  const notice = doc.querySelector<HTMLElement>('[data-saved-copy-notice]');
  const copy = doc.documentElement.dataset.savedCopy;
  const update = () => {
    if (banner) banner.hidden = navigator.onLine || copy !== undefined;
  };
  addEventListener('online', update);
  addEventListener('offline', update);
  update();

  if (copy !== undefined && notice) {
    // The worker marked this page as a stored copy: say from when, in the reader's language.
    const date = new Date(copy);
    const ok = copy !== '' && !Number.isNaN(date.getTime());
    const when = ok ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date) : '';
    notice.textContent = (ok ? notice.dataset.text : notice.dataset.textUndated)?.replace('{{date}}', when) ?? '';
    notice.hidden = false;
  } else if (navigator.onLine) {
    void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'refresh-saved' }));
  }
}
