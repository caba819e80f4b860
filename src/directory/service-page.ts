import { markOpenStatus } from './open-status.ts';

/** A service page: open now, and copying the share text (expired notices: BaseLayout's script). */
export function enhanceServicePage(root: Document, now: () => Date = () => new Date()): void {
  markOpenStatus(root, now());
  const button = root.querySelector<HTMLButtonElement>('[data-copy-text]');
  const text = root.querySelector<HTMLElement>('[data-share-text]')?.textContent;
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  if (!button || !text) return;
  button.hidden = !navigator.clipboard;
  if (!navigator.clipboard) return;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = status.dataset.copiedText ?? '';
  });
}

