import { expect, test, type Page } from '@playwright/test';

const NEUTRAL = 'https://www.bbc.com/weather';

/** The neutral site is outside the test network: answer for it so the navigation completes. */
async function stubNeutralSite(page: Page) {
  await page.route('https://www.bbc.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
}

test.describe('quick exit', () => {
  for (const lang of ['ar', 'en']) {
    test(`${lang}: the button is on screen without scrolling and a click leaves; Back does not return`, async ({ page }) => {
      await stubNeutralSite(page);
      await page.goto(`/${lang}/`);
      await page.goto(`/${lang}/guides/voluntary-return/`);
      const button = page.locator('a[data-quick-exit]');
      await expect(button).toBeInViewport();
      const box = (await button.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      await button.click();
      await expect(page).toHaveURL(NEUTRAL);
      await page.goBack();
      // The guide's history entry was replaced: Back lands on the page before it.
      await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    });
  }

  test('pressing Shift three times leaves too', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/fr/glossary/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/fr\/glossary\/$/);
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('Shift pressed twice, or typing in between, does not leave', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/es/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/es\/$/);
  });

  test('the page is hidden at once, before the next site has answered', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/ckb/');
    // Read the page's visibility in the same task as the click: nothing may be shown after it.
    const visibility = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
      return { body: getComputedStyle(document.body).visibility, title: document.title };
    });
    expect(visibility).toEqual({ body: 'hidden', title: '' });
  });

  test('leaving deletes everything the site stored and unregisters its service worker', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/en/');
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
    await page.goto('/en/guides/voluntary-return/');
    await page.locator('[data-save-offline] button').click();
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(1);
    await page.locator('a[data-quick-exit]').click();
    await expect(page).toHaveURL(NEUTRAL);
    // Back on the site's origin, on a page no worker controls and that registers none.
    await page.goto('/robots.txt');
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the button is a plain link to the neutral site, sending no referrer', async ({ page }) => {
      await page.goto('/en/');
      const link = page.locator('a[data-quick-exit]');
      await expect(link).toHaveAttribute('href', NEUTRAL);
      await expect(link).toHaveAttribute('rel', /noreferrer/);
    });
  });
});
