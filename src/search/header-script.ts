import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const HEADER_SEARCH_ENTRY = 'src/search/header-entry.ts';
const SOURCES = [HEADER_SEARCH_ENTRY, 'src/search/search-ui.ts', 'src/search/normalize.ts'];

/**
 * The header's loader: one line that imports the live-results bundle on the first keystroke.
 * The version query changes whenever the bundle's sources change, so hosts never serve an old one.
 */
let loader: string | undefined;

export function headerSearchLoader(): string {
  if (loader) return loader; // every page has the header: hash the sources once per build
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(readFileSync(file));
  const version = hash.digest('hex').slice(0, 10);
  loader = `const i=document.querySelector('[data-header-search] input[name=q]');i&&i.addEventListener('input',()=>import('/_search/header.js?v=${version}'),{once:true});`;
  return loader;
}
