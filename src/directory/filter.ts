import { markOpenStatus } from './open-status.ts';


/**
 * Progressive filter for service lists: the form is hidden until this runs, and the list it
 * filters is complete and readable without it. Filters by category, city, language, cost and
 * "open now" (computed in each service's time zone).
 */
export function enhanceFilter(root: Document, now: () => Date = () => new Date()): void {
  const form = root.querySelector<HTMLFormElement>('form[data-service-filter]');
  const cards = [...root.querySelectorAll<HTMLElement>('[data-service-card]')];
  markOpenStatus(root, now());
  if (!form || cards.length === 0) return;
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const none = root.querySelector<HTMLElement>('[data-filter-none]');

  const apply = () => {
    markOpenStatus(root, now());
    const data = new FormData(form);
    const category = String(data.get('category') ?? '');
    const city = String(data.get('city') ?? '');
    const language = String(data.get('language') ?? '');
    const free = data.get('free') === 'on';
    const openNow = data.get('open') === 'on';
    let shown = 0;
    for (const card of cards) {
      const match =
        (!category || (card.dataset.categories ?? '').split(' ').includes(category)) &&
        (!city || (card.dataset.cities ?? '').split(' ').includes(city)) &&
        (!language || (card.dataset.languages ?? '').split(' ').includes(language)) &&
        (!free || card.dataset.free === 'true') &&
        (!openNow || card.dataset.openNow === 'true');
      card.hidden = !match;
      if (match) shown += 1;
    }
    if (status) {
      const forms = JSON.parse(status.dataset.forms ?? '{}') as Record<string, string>;
      const form = new Intl.PluralRules(root.documentElement.lang).select(shown);
      status.textContent = (forms[form] ?? forms.other ?? '').replace('{{count}}', shown.toLocaleString(root.documentElement.lang));
    }
    if (none) none.hidden = shown > 0;
  };

  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}
