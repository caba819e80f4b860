/**
 * Quick exit, after GOV.UK's "Exit this page": the link works without JavaScript; with it, a
 * click or three presses of Shift blank the page at once and replace the current history entry,
 * so Back does not bring the reader's page back on a shared phone.
 */
const PRESSES = 3;
const WINDOW_MS = 1000;
/** How long leaving may wait for the phone's stored copies to be deleted; the page is hidden at once. */
const CLEANUP_MS = 400;

/**
 * Deletes everything the site stored on the phone (every cache, the service workers' own
 * included) and unregisters its service workers, so nothing left shows which pages were read.
 */
export async function forgetEverything(win: Window = window): Promise<void> {
  const jobs: Promise<unknown>[] = [];
  if ('caches' in win) jobs.push(win.caches.keys().then((names) => Promise.all(names.map((n) => win.caches.delete(n)))));
  if ('serviceWorker' in win.navigator) jobs.push(win.navigator.serviceWorker.getRegistrations().then((rs) => Promise.all(rs.map((r) => r.unregister()))));
  await Promise.allSettled(jobs);
}

export function enableQuickExit(doc: Document, win: Window = window): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const status = doc.querySelector<HTMLElement>('[data-quick-exit-status]');

  const leave = () => {
    doc.documentElement.classList.add('quick-exiting');
    doc.title = '';
    if (status) status.textContent = status.dataset.text ?? '';
    // Pages kept for offline reading would show what was read on a shared phone: delete them,
    // but never hold the reader back for long.
    const go = () => win.location.replace(link.href);
    void Promise.race([forgetEverything(win), new Promise((r) => setTimeout(r, CLEANUP_MS))]).then(go, go);
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
