import { expect, test } from '@playwright/test';
import { LOCALES } from '../support/site.ts';

test.describe('every language home page on a 360 px phone', () => {
  for (const locale of LOCALES) {
    test(`${locale.code}: right lang and dir, no sideways scrolling`, async ({ page }) => {
      const response = await page.goto(`/${locale.code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Urgent help comes first: the emergency numbers are on screen before the topics.
      const telLink = page.locator('main a[href^="tel:"]').first();
      await expect(telLink).toBeVisible();
    });
  }
});

test.describe('the language chooser at /', () => {
  test('names every language in its own script and does not redirect', async ({ page }) => {
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
    for (const locale of LOCALES) {
      const link = page.locator(`a[data-locale-choice="${locale.code}"]`);
      await expect(link).toContainText(locale.name);
      await expect(link).toHaveAttribute('href', `/${locale.code}/`);
      await expect(page.locator(`li[lang="${locale.code}"]`)).toHaveAttribute('dir', locale.dir);
    }
  });

  test.describe('with a browser set to Moroccan Arabic', () => {
    test.use({ locale: 'ar-MA' });
    test('suggests Arabic first, without leaving the page', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('[data-suggested]:visible')).toHaveCount(1);
      await expect(page.locator('li').first()).toHaveAttribute('lang', 'ar');
      await expect(page.locator('li[lang="ar"] [data-suggested]')).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/');
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('still lists every language and suggests none', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('a[data-locale-choice]')).toHaveCount(LOCALES.length);
      await expect(page.locator('[data-suggested]:visible')).toHaveCount(0);
    });
  });
});
