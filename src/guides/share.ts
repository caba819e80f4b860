/** Shows and wires the share buttons that only work with JavaScript. */
export function enhanceShare(root: Document): void {
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  root.querySelectorAll<HTMLButtonElement>('[data-copy-link]').forEach((button) => {
    button.hidden = !navigator.clipboard;
    if (!navigator.clipboard) return;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(button.dataset.copyLink ?? location.href);
      if (status) status.textContent = status.dataset.copiedText ?? '';
    });
  });
  root.querySelectorAll<HTMLButtonElement>('[data-print]').forEach((button) => {
    button.addEventListener('click', () => window.print());
  });
}
