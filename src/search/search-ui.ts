import { normalizeQuery } from './normalize.ts';

/**
 * The search page's script. Pagefind (its script, WebAssembly and this language's index) is
 * loaded only once the reader has typed something, so reading the page costs no search bytes.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string; weighted_locations?: { weight: number }[] }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?: unknown;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return pagefind;
}

/** Pagefind's excerpt as DOM nodes: its text and <mark>s only, whatever the content held. */
function excerptNodes(excerpt: string, doc: Document): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return doc.createTextNode(node.textContent ?? '');
  });
}

/** One result: its kind, its title as a link, and the excerpt with the matched words marked. */
function resultItem(doc: Document, type: string, entry: { title: string; url: string; excerpt: string }, labels: DOMStringMap): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = 'search-result rounded-lg border border-line p-3';
  item.dataset.type = type;
  const badge = doc.createElement('span');
  badge.className = 'badge rounded-full bg-brand-soft px-2 text-xs font-bold text-brand-dark';
  badge.textContent = labels[`type${type[0]!.toUpperCase()}${type.slice(1)}`] ?? type;
  const heading = doc.createElement('h2');
  heading.className = 'mt-1 text-lg font-bold';
  const link = doc.createElement('a');
  link.href = entry.url;
  link.textContent = entry.title;
  heading.append(link);
  const excerpt = doc.createElement('p');
  excerpt.className = 'mt-1 text-sm';
  excerpt.append(...excerptNodes(entry.excerpt, doc));
  item.append(badge, heading, excerpt);
  return item;
}

export interface SearchOptions {
  /** The search page keeps the query in its address (shareable, survives reload). */
  syncUrl: boolean;
  /**
   * How many results to show at once (a glossary page counts once per matching term). Each shown
   * result costs a download (its fragment), so the search page shows this many and a button adds
   * as many again.
   */
  limit: number;
  /** The header box lets Enter go to the search page; the search page searches in place. */
  submitNavigates: boolean;
}

/** Live search inside `root` (the search page's main, or the header's search box). */
export function enhanceSearch(root: ParentNode, { syncUrl, limit, submitNavigates }: SearchOptions): void {
  const doc = document;
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  const failed = root.querySelector<HTMLElement>('[data-search-failed]');
  const filters = root.querySelector<HTMLElement>('[data-search-filters]');
  const labels = root.querySelector<HTMLElement>('[data-search-labels]')?.dataset ?? {};
  const panel = root.querySelector<HTMLElement>('[data-search-panel]');
  const more = root.querySelector<HTMLAnchorElement>('[data-search-more]');
  const next = root.querySelector<HTMLButtonElement>('[data-search-next]');
  if (!form || !input || !list || !status) return;
  root.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  if (filters) filters.hidden = false;
  const lang = doc.documentElement.lang;
  if (syncUrl) input.value = new URL(location.href).searchParams.get('q') ?? input.value;
  const forms = JSON.parse(status.dataset.forms ?? '{}') as Record<string, string>;
  let run = 0;

  const search = async () => {
    const query = input.value.trim();
    const current = ++run;
    if (syncUrl) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    list.replaceChildren();
    if (next) next.hidden = true;
    if (empty) empty.hidden = true;
    if (panel) panel.hidden = !query;
    if (more) more.href = `${form.getAttribute('action') ?? ''}?q=${encodeURIComponent(query)}`;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = labels.loading ?? '';
    let engine: Pagefind;
    try {
      engine = await loadPagefind();
    } catch {
      status.textContent = '';
      if (failed) failed.hidden = false;
      return;
    }
    const chosen: Record<string, string> = {};
    new FormData(form).forEach((value, key) => {
      if (key !== 'q' && value) chosen[key] = String(value);
    });
    const response = await engine.search(normalizeQuery(query), { filters: chosen });
    if (current !== run || !response) return;
    const results = response.results;
    let shown = 0;
    // Fetches and shows the next `limit` results; false when a newer search has started meanwhile.
    const showMore = async (): Promise<boolean> => {
      const batch = await Promise.all(results.slice(shown, shown + limit).map((r) => r.data()));
      if (current !== run) return false;
      shown += batch.length;
      const room = list.children.length + limit;
      for (const data of batch) {
        const type = data.filters.type?.[0] ?? 'guide';
        // On the glossary page each term is a sub-result: show the terms that match best.
        const terms = (data.sub_results ?? [])
          .map((sub) => ({ ...sub, score: (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0) }))
          .filter((sub) => sub.score > 0 && sub.url.includes('#'))
          .sort((a, b) => b.score - a.score);
        const entries = type === 'glossary' && terms.length ? terms.slice(0, 3) : [{ title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt }];
        for (const entry of entries) {
          if (list.children.length >= room) break;
          list.append(resultItem(doc, type, entry, labels));
        }
      }
      if (next) next.hidden = shown >= results.length;
      return true;
    };
    if (!(await showMore())) return;
    if (next) {
      // A second tap while the next results are on their way is ignored, not shown twice.
      let busy = false;
      next.onclick = async () => {
        if (busy) return;
        busy = true;
        const first = list.children.length;
        try {
          if (await showMore()) list.children[first]?.querySelector('a')?.focus();
        } finally {
          busy = false;
        }
      };
    }
    // The count is of everything found, so readers know there is more than the first few.
    const count = results.length;
    const form_ = new Intl.PluralRules(lang).select(count);
    status.textContent = count ? (forms[form_] ?? forms.other ?? '').replace('{{count}}', count.toLocaleString(lang)) : '';
    if (empty) {
      empty.hidden = count > 0;
      const q = empty.querySelector('[data-query]');
      if (q) q.textContent = query;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 180);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void search();
  });
  form.addEventListener('submit', (event) => {
    if (submitNavigates) return;
    event.preventDefault();
    void search();
  });
  if (panel) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') panel.hidden = true;
    });
  }
  if (input.value.trim()) void search();
}
