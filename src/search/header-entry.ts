import { enhanceSearch } from './search-ui.ts';

/**
 * The header search box's live results. Loaded (by a one-line loader in the header) only when the
 * reader types, so reading a page costs no search bytes. Built by src/build/header-search.ts.
 */
const root = document.querySelector<HTMLElement>('[data-header-search]');
if (root) enhanceSearch(root, { syncUrl: false, limit: 5, submitNavigates: true });
