/** Kept as pages are read (the worker expires them) and saved by the reader (kept): see src/offline/sw.ts. */
export const pagesCache = (lang: string) => `dalil-${lang}-pages`;
export const savedCache = (lang: string) => `dalil-${lang}-saved`;

/** The "save for offline" button on guide pages. */
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
        await cache.add(url);
        render(true);
        status.textContent = box.dataset.saved ?? '';
      } catch {
        status.textContent = box.dataset.failed ?? '';
      }
    }
  });
}

