/**
 * Picks the reader's language from the browser's preference list: an exact code first, then the
 * primary subtag (`ar-MA` → `ar`). Returns undefined when none is offered.
 */
export function suggestLocale(preferred: readonly string[], available: readonly string[]): string | undefined {
  const lower = preferred.map((p) => p.toLowerCase());
  for (const tag of lower) {
    if (available.includes(tag)) return tag;
    const primary = tag.split('-')[0];
    if (primary && available.includes(primary)) return primary;
  }
  return undefined;
}

/** Marks the suggested language in the chooser; never redirects, so the reader stays in control. */
export function markSuggestion(root: Document, preferred: readonly string[]): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-locale-choice]')];
  const code = suggestLocale(preferred, links.map((a) => a.dataset.localeChoice ?? ''));
  const link = links.find((a) => a.dataset.localeChoice === code);
  const item = link?.closest('li');
  if (!link || !item) return;
  link.setAttribute('aria-describedby', `suggested-${code}`);
  item.querySelector<HTMLElement>('[data-suggested]')?.removeAttribute('hidden');
  item.parentElement?.prepend(item);
}
