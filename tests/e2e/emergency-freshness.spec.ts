import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Issue #11: a deployment that changes an emergency number reaches readers on their next online
 * visit, even on a connection slower than any network timeout, and a copy read offline says from
 * when it is. This serves dist/ itself so the test can "deploy" a change (the police number 19
 * becomes 190 on every page) and make the network slow (every page answer waits 8 seconds).
 */
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml' };
const state = { deployed: false, slowMs: 0 };
let server: Server;
let origin = '';

function file(pathname: string): string | undefined {
  let path = join('dist', normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = file(url.pathname);
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const send = () => {
      if (type.startsWith('text/html')) {
        let html = readFileSync(path, 'utf8');
        if (state.deployed) html = html.replaceAll('href="tel:19"', 'href="tel:190"').replaceAll('>19</a>', '>190</a>');
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(html);
      } else {
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
        createReadStream(path).pipe(res);
      }
    };
    if (type.startsWith('text/html') && state.slowMs) setTimeout(send, state.slowMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
}
const policeLinks = (page: Page) => page.locator('footer a[href^="tel:19"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

test('a changed emergency number is seen on the next online visit, however slow the connection; offline, the copy says when it was saved', async ({ page, context }) => {
  test.setTimeout(90_000);
  state.deployed = false;
  state.slowMs = 0;
  await page.goto(`${origin}/fr/`);
  await controlled(page);
  await page.goto(`${origin}/fr/emergency/`);
  expect(await policeLinks(page)).toContain('tel:19');
  // Save a guide too: saved pages must follow the deployment as well.
  await page.goto(`${origin}/fr/guides/voluntary-return/`);
  await page.locator('[data-save-offline] button').click();
  await expect(page.locator('[data-save-offline] [role="status"]')).not.toBeEmpty();

  // The new number is deployed, and the connection is slower than any worker timeout would be.
  state.deployed = true;
  state.slowMs = 8_000;
  await page.goto(`${origin}/fr/emergency/`, { timeout: 30_000 });
  expect(await policeLinks(page)).toContain('tel:190');
  expect(await policeLinks(page)).not.toContain('tel:19');
  await expect(page.locator('[data-saved-copy-notice]')).toBeHidden();

  // That visit also refreshed the saved guide in the background.
  state.slowMs = 0;
  await expect
    .poll(async () => page.evaluate(async () => (await (await caches.open('dalil-fr-saved')).match('/fr/guides/voluntary-return/'))?.text()), { timeout: 20_000 })
    .toContain('href="tel:190"');

  // Offline, the stored copy is used, and it says from when.
  await context.setOffline(true);
  await page.goto(`${origin}/fr/emergency/`);
  expect(await policeLinks(page)).toContain('tel:190');
  const notice = page.locator('[data-saved-copy-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/Ceci est une copie enregistrée sur ce téléphone le .*\d{4}/);
  await page.goto(`${origin}/fr/offline/`);
  await expect(page.locator('[data-saved-list] time').first()).toBeVisible();
  await context.setOffline(false);
});
