import { isOpenAt, type Schedule } from './hours.ts';

/**
 * Marks each service with a schedule as open or closed now, in the service's own time zone.
 * Runs in the browser, at the moment the reader looks; the labels come from the page.
 */
export function markOpenStatus(root: ParentNode, now: Date = new Date()): void {
  const labels = document.querySelector<HTMLElement>('[data-open-labels]')?.dataset;
  root.querySelectorAll<HTMLElement>('[data-schedule]').forEach((holder) => {
    const status = holder.querySelector<HTMLElement>('[data-open-status]');
    const open = isOpenAt(JSON.parse(holder.dataset.schedule ?? 'null') as Schedule | undefined, now);
    holder.dataset.openNow = open === undefined ? 'unknown' : String(open);
    if (!status || open === undefined || !labels) return;
    status.textContent = ` · ${open ? labels.open : labels.closed}`;
    status.classList.toggle('text-brand', open);
    // Service pages keep the line's place from the first paint (invisible, not hidden): nothing moves.
    status.classList.remove('invisible');
    status.hidden = false;
  });
}
