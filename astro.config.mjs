// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { DEFAULT_LOCALE, LOCALE_CODES } from './src/i18n/locales.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { publish } from './src/integrations/publish.ts';
import { astroCsp } from './src/safety/csp.ts';
import { SETTINGS } from './src/settings.ts';

/**
 * Where the site is published, for canonical URLs, hreflang, the sitemap, the exports and share
 * links. A build for deployment (DALIL_DEPLOY=1, set by .github/workflows/deploy.yml) refuses to
 * run without SITE_URL, so no localhost address is ever published; local builds use localhost.
 */
if (process.env.DALIL_DEPLOY && !/^https:\/\/[^/]+/.test(process.env.SITE_URL ?? '')) {
  throw new Error('DALIL_DEPLOY is set but SITE_URL is not the https:// address the site is published at: set SITE_URL (e.g. SITE_URL=https://dalil.example.org).');
}
if (process.env.DALIL_DEPLOY && /@example\.org$/.test(SETTINGS.editors.email)) {
  throw new Error('content/settings.json: editors.email is still the example address: set the address where Dalil\'s editors read reports before deploying.');
}
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
    // Last: its build step reads the finished output, sitemap included.
    publish(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
