import { expect, test } from '@playwright/test';
import { LOCALES, uiString } from '../support/site.ts';

for (const { code: lang } of LOCALES) {
  test(`${lang}: emergency, glossary, about and privacy pages exist in the reader's language`, async ({ page }) => {
    await page.goto(`/${lang}/emergency/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiString(lang, 'emergency.title'));
    const numbers = page.locator('.emergency-number');
    expect(await numbers.count()).toBeGreaterThan(3);
    // Every national number says where it comes from and when it was checked.
    for (const n of await numbers.all()) {
      await expect(n.locator('a[href^="tel:"]')).toHaveCount(1);
      await expect(n.locator('a[href^="http"]').first()).toBeVisible();
    }

    await page.goto(`/${lang}/glossary/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiString(lang, 'glossary.title'));
    for (const id of ['migrant', 'smuggling-of-migrants', 'trafficking-in-persons']) await expect(page.locator(`#${id}`)).toBeVisible();

    for (const p of ['about', 'privacy', 'browsing-safely']) {
      const response = await page.goto(`/${lang}/${p}/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    }
  });
}

test('a glossary link in a guide lands on its term', async ({ page }) => {
  await page.goto('/en/guides/trafficking-or-smuggling/');
  const term = page.locator('a.glossary-term').first();
  const id = await term.getAttribute('data-term');
  await term.click();
  await expect(page).toHaveURL(new RegExp(`/en/glossary/#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('the header and footer carry help on every page: need-help link, quick exit, emergency numbers', async ({ page }) => {
  for (const path of ['/ckb/', '/fr/guides/', '/es/topics/rights/', '/ar/privacy/']) {
    await page.goto(path);
    await expect(page.locator('a.need-help')).toBeVisible();
    await expect(page.locator('a[data-quick-exit]')).toBeInViewport();
    expect(await page.locator('footer a[href^="tel:"]').count()).toBeGreaterThan(3);
  }
});
