import { fillDate, type DateTemplates } from './date-templates.ts';

/**
 * Printable pages: the printed date says the day the sheet was printed (the markup carries the
 * build day, for printing without JavaScript), and a Print button where a script can press it.
 */
export function enhancePrintPage(doc: Document, now: () => Date = () => new Date()): void {
  const fill = () => {
    const day = now();
    for (const el of doc.querySelectorAll<HTMLElement>('[data-print-date]')) {
      let templates: DateTemplates;
      try {
        templates = { months: JSON.parse(el.dataset.months ?? '[]') as string[], digits: el.dataset.digits ?? 'latn' };
      } catch {
        continue;
      }
      const date = fillDate(templates, day);
      if (!date) continue;
      el.textContent = (el.dataset.text ?? '{{date}}').replace('{{date}}', date);
      el.dataset.printDate = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    }
  };
  fill();
  // A page left open overnight and printed the next day.
  window.addEventListener('beforeprint', fill);
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
