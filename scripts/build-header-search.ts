// Bundles the header search box's live results into <dir>/_search/header.js, outside Vite so the
// header's loader can import it by a fixed address without Vite's preload helper on every page.
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { HEADER_SEARCH_ENTRY } from '../src/search/header-script.ts';

const dir = resolve(process.argv[2] ?? 'dist');
await build({ entryPoints: [HEADER_SEARCH_ENTRY], bundle: true, minify: true, format: 'esm', target: 'es2020', outfile: join(dir, '_search', 'header.js'), external: ['/pagefind/*'], logLevel: 'warning' });
console.log('header search: _search/header.js written');
