import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AUDIO_DIR, AUDIO_FILE } from '../audio/recordings.ts';
import { writeAdmin } from '../build/admin.ts';
import { headerSearchCode, writeHeaderSearch } from '../build/header-search.ts';
import { writeListen } from '../build/listen.ts';
import { LISTEN_PATH, listenReader } from '../listen/bundle.ts';
import { writeServiceWorkers } from '../build/offline.ts';
import { writeSearchIndex, writeSearchManifests } from '../build/search-index.ts';
import { findBrokenLinks } from '../checks/links.ts';
import { MEDIA_DIR } from '../checks/media.ts';
import { findUnsafeOutput } from '../checks/output-safety.ts';
import { headersFile } from '../safety/csp.ts';

/**
 * Astro builds the published site: after the pages are rendered, this adds what pages need
 * around them and checks the result, in this order (later steps read what earlier ones wrote):
 *
 * 1. uploads (content/media, checked images only) at /media/, and the guides' recordings
 *    (content/audio, checked by the same check) at /audio/<lang>/;
 * 2. the staff editor at /admin/;
 * 3. the header search bundle at /_search/header.js, and "Listen to this page" at /_listen/;
 * 4. the search index (reads the final pages);
 * 5. the offline service workers (precache revisions of the final pages and scripts);
 * 6. the _headers file for static hosts;
 * 7. the output check: every internal link resolves, and no page carries code, redirects or
 *    requests that are not the site's own. A failure fails `astro build`.
 *
 * In `astro dev`, the header search bundle is served from memory, so the header behaves as built.
 */
async function timed<T>(timings: Record<string, number>, name: string, step: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

export async function publishSteps(dist: string, site: string | undefined, logger?: AstroIntegrationLogger): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  await timed(timings, 'media', () => {
    if (existsSync(MEDIA_DIR)) cpSync(MEDIA_DIR, `${dist}/media`, { recursive: true });
    // Only what could be a recording is copied, whatever else lies in the folder.
    if (existsSync(AUDIO_DIR)) cpSync(AUDIO_DIR, `${dist}/audio`, { recursive: true, filter: (src) => statSync(src).isDirectory() || AUDIO_FILE.test(basename(src)) });
  });
  await timed(timings, 'editor', () => writeAdmin(dist));
  await timed(timings, 'header search', () => writeHeaderSearch(dist));
  await timed(timings, 'listen', () => writeListen(dist));
  const pages = await timed(timings, 'search index', async () => {
    const count = await writeSearchIndex(dist);
    writeSearchManifests(dist, '_search/header.js');
    return count;
  });
  const precached = await timed(timings, 'offline', () => writeServiceWorkers(dist));
  await timed(timings, 'headers', () => writeFileSync(`${dist}/_headers`, headersFile()));
  const problems = await timed(timings, 'output check', () => [
    ...findBrokenLinks(dist).map((b) => `${b.page}  links to ${b.href}: ${b.reason}`),
    ...findUnsafeOutput(dist, site).map((u) => `${u.page}  ${u.what}: content may not carry code, styles, redirects or outside requests (see content/README.md)`),
    ...(process.env.DALIL_DEPLOY ? localAddresses(dist) : []),
  ]);
  logger?.info(`search: ${pages} pages indexed; offline: ${(precached / 1024).toFixed(1)} KB precached in all languages`);
  if (problems.length) {
    throw new Error(`The built site failed its output check (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`);
  }
  return timings;
}

/** A deployment build must not point readers at a developer's machine. */
function localAddresses(dist: string): string[] {
  return ['sitemap-0.xml', 'robots.txt', 'en/index.html', 'services.json'].flatMap((file) => {
    const path = `${dist}/${file}`;
    return existsSync(path) && /localhost:4321|127\.0\.0\.1/.test(readFileSync(path, 'utf8')) ? [`/${file}  contains a localhost address: set SITE_URL to the published address`] : [];
  });
}

export function publish(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'dalil:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${LISTEN_PATH.replace(/^\//, '')}`, (_req, res) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(listenReader());
        });
        server.middlewares.use('/_search/header.js', (_req, res) => {
          void headerSearchCode().then((code) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(code);
          });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const timings = await publishSteps(fileURLToPath(dir).replace(/\/$/, ''), site, logger);
        if (process.env.DALIL_STEP_TIMINGS) writeFileSync(process.env.DALIL_STEP_TIMINGS, JSON.stringify(timings));
      },
    },
  };
}
