import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/support/chromium.ts';

const sitePort = Number(process.env.E2E_PORT ?? 4327);
const fixturePort = sitePort + 1;

/**
 * End-to-end tests run against built sites, served as a static host would serve them:
 * - "site": the real site (dist/);
 * - "fixture": the same site built with synthetic directory data and a fictional guide with a
 *   recording (dist-fixture/, scripts/build-fixture.mjs), for what real data cannot show (opening
 *   hours in several time zones, many services to filter, a recording).
 * `npm test` builds both first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    // Phone-first: a small Android phone.
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    hasTouch: true,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'site', testIgnore: /fixture\//, use: { baseURL: `http://127.0.0.1:${sitePort}` } },
    { name: 'fixture', testMatch: /fixture\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${fixturePort}` } },
  ],
  webServer: [
    { command: 'node scripts/serve.mjs', env: { PORT: String(sitePort) }, url: `http://127.0.0.1:${sitePort}/`, reuseExistingServer: false, timeout: 20_000 },
    { command: 'node scripts/serve.mjs', env: { PORT: String(fixturePort), DIST_DIR: 'dist-fixture' }, url: `http://127.0.0.1:${fixturePort}/`, reuseExistingServer: false, timeout: 20_000 },
  ],
});
