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
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const kb = Math.max(1, Math.round(((nav?.encodedBodySize || nav?.transferSize || 0) + Number(box.dataset.audioBytes ?? 0)) / 1024));
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
    const worker = (await navigator.serviceWorker.ready).active;
    const channel = new MessageChannel();
    const done = new Promise<boolean>((resolve) => {
      channel.port1.onmessage = (event) => resolve(Boolean((event.data as { ok?: boolean }).ok));
      setTimeout(() => resolve(false), 30_000);
    });
    worker?.postMessage({ type: 'save', url, audio }, [channel.port2]);
    const ok = worker ? await done : false;
    render(ok);
    say(ok ? box.dataset.saved : box.dataset.failed);
  });
}
