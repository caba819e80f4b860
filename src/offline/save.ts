/**
 * The "save for offline" button on guide pages. The service worker does the saving (it fetches
 * the page, and the guide's recording where it has one, and stores them with the time they were
 * saved), so this module only shows the state and asks: the cache's name comes from the page
 * (SaveOffline.astro), from src/offline/cache-names.ts.
 */
export async function enhanceSave(box: HTMLElement): Promise<void> {
  const button = box.querySelector<HTMLButtonElement>('button');
  const status = box.querySelector<HTMLElement>('[role="status"]');
  const name = box.dataset.cache;
  if (!button || !status || !name || !navigator.serviceWorker) {
    box.hidden = true;
    return;
  }
  const url = location.pathname;
  const audio = box.dataset.offlineAudio;
  const cache = await caches.open(name);
  // The worker answers on a channel: the search files still to save, then whether saving worked.
  const ask = async (message: object) => {
    const channel = new MessageChannel();
    const answer = new Promise<{ ok?: boolean; bytes?: number }>((resolve) => {
      channel.port1.onmessage = (event) => resolve(event.data as { ok?: boolean; bytes?: number });
      setTimeout(() => resolve({}), 30_000);
    });
    (await navigator.serviceWorker.ready).active?.postMessage(message, [channel.port2]);
    return answer;
  };
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const search = (await ask({ type: 'search-size' })).bytes ?? 0;
  // What saving costs: the page, its recording, and the language's search files the first time.
  const kb = Math.max(1, Math.round(((nav?.encodedBodySize || nav?.transferSize || 0) + Number(box.dataset.audioBytes ?? 0) + search) / 1024));
  const render = (saved: boolean) => {
    button.textContent = (saved ? box.dataset.remove : box.dataset.save)?.replace('{{size}}', String(kb)) ?? '';
    button.setAttribute('aria-pressed', String(saved));
  };
  const say = (key: string | undefined) => (status.textContent = key ?? '');
  render(Boolean(await cache.match(url)));
  button.addEventListener('click', async () => {
    if (await cache.match(url)) {
      await cache.delete(url);
      if (audio) await cache.delete(audio);
      render(false);
      return say(box.dataset.removed);
    }
    const ok = Boolean((await ask({ type: 'save', url, audio })).ok);
    render(ok);
    say(ok ? box.dataset.saved : box.dataset.failed);
  });
}
