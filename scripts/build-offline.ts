// Builds one service worker per language into <dir>/<lang>/sw.js: bundles src/offline/sw.ts
// with esbuild, then lets Workbox inject that language's precache list (with revisions, so a
// changed emergency page yields a new worker). Part of `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { LOCALE_CODES } from '../src/i18n/locales.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const work = mkdtempSync(join(tmpdir(), 'dalil-sw-'));
let total = 0;
try {
  for (const lang of LOCALE_CODES) {
    const swSrc = join(work, `sw-${lang}.js`);
    await build({
      entryPoints: ['src/offline/sw.ts'],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      outfile: swSrc,
      define: { DALIL_LANG: JSON.stringify(lang), 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest: join(dir, lang, 'sw.js'),
      globDirectory: dir,
      // The pages a reader needs when the signal drops, and the few small scripts pages share
      // (the offline page's own list of saved pages must run offline; "Listen" must work on a
      // page read offline, though its code is loaded only when a reader presses it).
      globPatterns: [`${lang}/index.html`, `${lang}/emergency/index.html`, `${lang}/offline/index.html`, `${lang}/manifest.webmanifest`, 'favicon.svg', '_astro/*.js', '_listen/*.js'],
      modifyURLPrefix: { '': '/' },
    });
    if (warnings.length) throw new Error(`service worker for ${lang}: ${warnings.join('; ')}`);
    total += size;
    if (count < 4) throw new Error(`service worker for ${lang}: only ${count} files to precache, expected home, emergency, offline and manifest`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`offline: ${LOCALE_CODES.length} service workers, ${(total / 1024).toFixed(1)} KB precached in all`);
