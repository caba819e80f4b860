import { expect, test } from '@playwright/test';
import { LOCALES, fallbackCases, uiString } from '../support/site.ts';

const cases = fallbackCases();

test('a guide missing in a language is shown from the nearest fallback, marked and explained', async ({ page }) => {
  expect(cases.length, 'the content should have at least one untranslated guide to show a fallback').toBeGreaterThan(0);
  // One case per reader language keeps the run short while covering every direction.
  const perLang = [...new Map(cases.map((c) => [c.lang, c])).values()];
  for (const { lang, slug, shownIn } of perLang) {
    const response = await page.goto(`/${lang}/guides/${slug}/`);
    expect(response?.status(), `${lang}/${slug}`).toBe(200);
    const reader = LOCALES.find((l) => l.code === lang)!;
    const source = LOCALES.find((l) => l.code === shownIn)!;
    // The page chrome stays in the reader's language and direction…
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', reader.dir);
    // …the notice is in the reader's language…
    const notice = page.locator('article [data-notice="fallback"][role="note"]');
    await expect(notice).toBeVisible();
    const start = uiString(lang, 'fallback.notice').split('{{')[0]!.trim();
    await expect(notice).toContainText(start);
    // …and the borrowed text carries its own language and direction.
    const borrowed = page.locator('article > .prose');
    await expect(borrowed).toHaveAttribute('lang', shownIn);
    await expect(borrowed).toHaveAttribute('dir', source.dir);
    await expect(page.locator('article h1').locator('..')).toHaveAttribute('lang', shownIn);
  }
});
