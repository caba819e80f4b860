import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALE_CODES, fallbackCases } from '../support/site.ts';

const PAGE_TYPES = ['', 'guides/', 'guides/voluntary-return/', 'topics/trafficking/', 'glossary/', 'emergency/', 'about/', 'privacy/', 'browsing-safely/', 'directory/', 'directory/all/', 'directory/service/iom-morocco-avrr/', 'search/', 'offline/', 'no-such-page/', 'print/card-ma/', 'print/card-iq/', 'print/poster/'];

for (const lang of LOCALE_CODES) {
  test(`${lang}: axe finds no WCAG 2.2 A/AA violation on any page type`, async ({ page }) => {
    test.setTimeout(90_000);
    const fallback = fallbackCases().find((c) => c.lang === lang);
    const paths = [...PAGE_TYPES, ...(fallback ? [`guides/${fallback.slug}/`] : [])];
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(`/${lang}/${path}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const v of results.violations) found.push(`/${lang}/${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(found).toEqual([]);
  });
}

test('the language chooser has no axe violation', async ({ page }) => {
  await page.goto('/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a keyboard user can skip to the content', async ({ page }) => {
  await page.goto('/ar/guides/voluntary-return/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a[href="#main"]');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
