import { expect, test } from '@playwright/test';
import { COUNTRIES } from '../../src/places/countries.ts';
import { LOCALE_CODES } from '../support/site.ts';

/** Every page of the site, from the sitemap plus the pages kept out of it (not found, printable cards and posters). */
async function allPages(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const printables = LOCALE_CODES.flatMap((lang) => [...COUNTRIES.map((c) => `/${lang}/print/card-${c.toLowerCase()}/`), `/${lang}/print/poster/`]);
  const pages = ['/', '/no-such-page/', '/ar/no-such-page/', ...printables];
  for (const sitemap of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)) {
    const xml = await (await request.get(sitemap)).text();
    pages.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return pages;
}

test('no page makes a request to another site, sets a cookie, or breaks its Content-Security-Policy', async ({ page, context, request, baseURL }) => {
  test.setTimeout(600_000); // every page of every language, on a 2-core machine
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) outside.push(`${page.url()} → ${r.url()}`);
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to (execute|apply|load)/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  const pages = await allPages(request);
  expect(pages.length).toBeGreaterThan(100);
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('pages are served with a strict policy and no referrer', async ({ request, page }) => {
  const response = await request.get('/en/guides/voluntary-return/');
  expect(response.headers()['referrer-policy']).toBe('no-referrer');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  // The header policy refuses framing on every path; the page's own policy is in a <meta>.
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-frame-options']).toBe('DENY');
  await page.goto('/en/guides/voluntary-return/');
  const meta = (await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content'))!;
  expect(meta).toContain("default-src 'self'");
  // Scripts from this site or by hash only; WebAssembly (Pagefind, for the search box) but no eval.
  expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toMatch(/'unsafe-eval'/);
  // The <meta> comes before every script and style it governs.
  expect(await page.evaluate(() => document.querySelector('meta[http-equiv], script, style')?.tagName)).toBe('META');
});

test('links to other sites say so and send no referrer', async ({ page }) => {
  await page.goto('/en/guides/voluntary-return/');
  const external = page.locator('main a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const link of await external.all()) await expect(link).toHaveAttribute('rel', /noreferrer/);
});
