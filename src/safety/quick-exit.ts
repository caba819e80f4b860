/**
 * Quick exit, after GOV.UK's "Exit this page": the link works without JavaScript; with it, a
 * click or three presses of Shift blank the page at once and replace the current history entry,
 * so Back does not bring the reader's page back on a shared phone.
 */
const PRESSES = 3;
const WINDOW_MS = 1000;

export function enableQuickExit(doc: Document, win: Window = window): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const status = doc.querySelector<HTMLElement>('[data-quick-exit-status]');

  const leave = () => {
    doc.documentElement.classList.add('quick-exiting');
    // Best effort: pages kept for offline reading would show what was read on a shared phone.
    if ('caches' in win) void win.caches.keys().then((names) => names.filter((n) => n.startsWith('dalil-')).forEach((n) => void win.caches.delete(n)));
    doc.title = '';
    if (status) status.textContent = status.dataset.text ?? '';
    win.location.replace(link.href);
  };

  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return; // let "open in new tab" behave as usual
    event.preventDefault();
    leave();
  });

  let presses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  doc.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(() => (presses = 0), WINDOW_MS);
    if (presses >= PRESSES) leave();
  });

  // A page restored from the back/forward cache must not stay blank.
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) doc.documentElement.classList.remove('quick-exiting');
  });
}
