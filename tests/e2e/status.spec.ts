import { expect, test } from '@playwright/test';
import { LOCALE_CODES, guideLanguages } from '../support/site.ts';

test('staff see the translation status of every language at /status/, kept out of search engines', async ({ page, request }) => {
  await page.goto('/status/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  for (const lang of LOCALE_CODES) await expect(page.locator(`tr[data-lang="${lang}"]`)).toBeVisible();
  const missingInCkb = [...guideLanguages()].filter(([, langs]) => !langs.includes('ckb')).length;
  await expect(page.locator('tr[data-lang="ckb"] td[data-state="missing"]')).toHaveText(String(missingInCkb));
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toContain('/status/');
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /status/');
  await page.goto('/en/');
  await expect(page.locator('a[href="/status/"]')).toHaveCount(0);
});
