import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { HEADER_SEARCH_ENTRY } from '../search/header-script.ts';

/**
 * The header search box's live results, bundled outside Vite into /_search/header.js, so the
 * header's one-line loader imports it by a fixed address without Vite's preload helper on every page.
 */
const options: BuildOptions = { entryPoints: [HEADER_SEARCH_ENTRY], bundle: true, minify: true, format: 'esm', target: 'es2020', external: ['/pagefind/*'], logLevel: 'warning' };

export async function writeHeaderSearch(dist: string): Promise<void> {
  await build({ ...options, outfile: join(dist, '_search', 'header.js') });
}

/** The same bundle in memory, for `astro dev`. */
export async function headerSearchCode(): Promise<string> {
  const result = await build({ ...options, write: false });
  return result.outputFiles?.[0]?.text ?? '';
}
