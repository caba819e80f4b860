import { savedCache, stamped } from './cache-names.ts';

/** The "save for offline" button on guide, service and emergency pages. */
export async function enhanceSave(box: HTMLElement, lang: string): Promise<void> {
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
        const response = await fetch(url, { cache: 'no-cache', credentials: 'omit' });
        if (!response.ok) throw new Error(String(response.status));
        await cache.put(url, await stamped(response));
        render(true);
        status.textContent = box.dataset.saved ?? '';
      } catch {
        status.textContent = box.dataset.failed ?? '';
      }
    }
  });
}
