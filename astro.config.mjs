// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { DEFAULT_LOCALE, LOCALE_CODES } from './src/i18n/locales.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { publish } from './src/integrations/publish.ts';
import { astroCsp } from './src/safety/csp.ts';

/**
 * Where the site is published, for canonical URLs, hreflang and the sitemap.
 * Set SITE_URL when deploying (e.g. SITE_URL=https://dalil.example.org npm run build).
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // scripts/build.mjs builds into a staging folder and only replaces dist/ when every check passed.
  outDir: process.env.DALIL_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Every page gets a Content-Security-Policy <meta> with the hashes of the site's own scripts and
  // styles, computed by Astro from src/ (never from the output): see src/safety/csp.ts.
  security: { csp: astroCsp() },
  build: {
    format: 'directory',
    // Inline CSS so a page renders from its first response: no render-blocking request on a slow link.
    inlineStylesheets: 'always',
  },
  // Astro's own i18n routing is not used: every page lives under src/pages/[lang]/ and fallback pages
  // are produced by getStaticPaths (see src/i18n/fallback.ts), driven by content/locales.json.
  integrations: [
    contentGuard(),
    publish(),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALE_CODES.map((code) => [code, code])),
      },
      // The root language chooser, the 404 and offline pages, the staff status page and the pages
      // for printing (cards, posters) are not content to index.
      filter: (page) => {
        const path = new URL(page).pathname;
        return path !== '/' && path !== '/status/' && !/\/(404|offline)\/?$/.test(path) && !/^\/[^/]+\/print\//.test(path);
      },
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
