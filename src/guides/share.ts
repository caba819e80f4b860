/** Shows and wires the share buttons that only work with JavaScript. */
export function enhanceShare(root: Document): void {
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  root.querySelectorAll<HTMLButtonElement>('[data-copy-link]').forEach((button) => {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(button.dataset.copyLink ?? location.href);
      if (status) status.textContent = status.dataset.copiedText ?? '';
    });
  });
  root.querySelectorAll<HTMLButtonElement>('[data-print]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
}
