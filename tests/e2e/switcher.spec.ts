import { expect, test } from '@playwright/test';
import { fallbackCases, guideLanguages } from '../support/site.ts';

test('the language switcher leads to the same page in the other language, by keyboard', async ({ page }) => {
  const [slug] = [...guideLanguages()].find(([, langs]) => langs.includes('en') && langs.includes('ar'))!;
  await page.goto(`/en/guides/${slug}/`);
  const summary = page.locator('.language-switcher summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const arabic = page.locator('.language-switcher a[hreflang="ar"]');
  await expect(arabic).toBeVisible();
  await arabic.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/ar/guides/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.language-switcher a[aria-current="page"]')).toHaveAttribute('hreflang', 'ar');
});

test('the switcher shows which languages have a real translation of a guide', async ({ page }) => {
  const fallback = fallbackCases()[0];
  expect(fallback, 'the content should have at least one guide that falls back in some language').toBeDefined();
  const langs = guideLanguages().get(fallback!.slug)!;
  await page.goto(`/en/guides/${fallback!.slug}/`);
  await expect(page.locator(`.language-switcher a[hreflang="${fallback!.lang}"]`)).toHaveAttribute('data-translated', 'false');
  for (const lang of langs) await expect(page.locator(`.language-switcher a[hreflang="${lang}"]`)).toHaveAttribute('data-translated', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switcher still opens and its links work', async ({ page }) => {
    await page.goto('/fr/glossary/');
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="es"]').click();
    await expect(page).toHaveURL('/es/glossary/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});
