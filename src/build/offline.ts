import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { LOCALE_CODES } from '../i18n/locales.ts';

/**
 * One service worker per language into <dist>/<lang>/sw.js: src/offline/sw.ts bundled with
 * esbuild, then Workbox injects that language's precache list (with revisions, so a changed
 * emergency page yields a new worker). Runs after every page is final.
 */
export async function writeServiceWorkers(dist: string): Promise<number> {
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
        swDest: join(dist, lang, 'sw.js'),
        globDirectory: dist,
        // The pages a reader needs when the signal drops, and the few small scripts pages share
        // (the offline page's own list of saved pages must run offline; "Listen" must work on a
        // page read offline, though its code is loaded only when a reader presses it).
        globPatterns: [`${lang}/index.html`, `${lang}/emergency/index.html`, `${lang}/offline/index.html`, `${lang}/search/index.html`, `${lang}/manifest.webmanifest`, 'favicon.svg', '_astro/*.js', '_listen/*.js'],
        modifyURLPrefix: { '': '/' },
      });
      if (warnings.length) throw new Error(`service worker for ${lang}: ${warnings.join('; ')}`);
      if (count < 4) throw new Error(`service worker for ${lang}: only ${count} files to precache, expected home, emergency, offline and manifest`);
      total += size;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return total;
}
