import { expect, test, type Page } from '@playwright/test';
import { uiString } from '../support/site.ts';

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
}

test.describe('reading offline', () => {
  test('pages read online open offline; an unsaved page shows the offline page in the reader\'s language', async ({ page, context }) => {
    await page.goto('/ar/');
    await controlled(page);
    await page.goto('/ar/guides/voluntary-return/');
    await page.goto('/ar/glossary/');
    await context.setOffline(true);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiString('ar', 'glossary.title'));
    // A stored copy says so, and from when (Arabic digits or Latin ones, as the browser formats).
    await expect(page.locator('[data-saved-copy-notice]')).toBeVisible();
    await expect(page.locator('[data-saved-copy-notice]')).toContainText(/[0-9٠-٩]/);
    await page.goto('/ar/guides/voluntary-return/');
    await expect(page.locator('article h1')).toBeVisible();
    await page.goto('/ar/emergency/'); // precached at install, never visited
    await expect(page.locator('.emergency-number').first()).toBeVisible();

    await page.goto('/ar/guides/fraud-and-scams/'); // never read, never saved
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiString('ar', 'offline.title'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const saved = page.locator('[data-saved-list] a');
    await expect
      .poll(() => saved.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      .toEqual(expect.arrayContaining(['/ar/guides/voluntary-return/', '/ar/glossary/', '/ar/', '/ar/emergency/']));
    await page.locator('[data-saved-list] a[href="/ar/glossary/"]').click();
    await expect(page).toHaveURL('/ar/glossary/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiString('ar', 'glossary.title'));
  });

  test('a guide saved from its page opens offline', async ({ page, context }) => {
    await page.goto('/en/');
    await controlled(page);
    await page.goto('/en/guides/health-and-mental-health/');
    const save = page.locator('[data-save-offline] button');
    await expect(save).toHaveText(/^Save for offline \(\d+ KB\)$/);
    await save.click();
    await expect(page.locator('[data-save-offline] [role="status"]')).toHaveText(uiString('en', 'offline.saved'));
    await expect(save).toHaveAttribute('aria-pressed', 'true');
    // Forget what was kept by reading, so only the explicit save can serve the page.
    await page.evaluate(() => caches.delete('dalil-en-pages'));
    await context.setOffline(true);
    await page.goto('/en/guides/health-and-mental-health/');
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('[data-saved-copy-notice]')).toContainText(/This is a copy saved on this phone on .*\d{4}/);
  });

  test('online, pages always come from the network, so updated numbers are never hidden by a saved copy', async ({ page }) => {
    await page.goto('/fr/');
    await controlled(page);
    await page.goto('/fr/emergency/');
    // Replace the saved copy with a stale one; a network-first worker must not serve it online.
    await page.evaluate(async () => {
      const cache = await caches.open('dalil-fr-pages');
      await cache.put('/fr/emergency/', new Response('<h1>stale</h1>', { headers: { 'Content-Type': 'text/html' } }));
    });
    await page.goto('/fr/emergency/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiString('fr', 'emergency.title'));
  });

  test('saving a page saves the language\'s search too (its size shown first), and search then works offline', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/ar/');
    await controlled(page);
    await page.goto('/ar/guides/voluntary-return/');
    const save = page.locator('[data-save-offline] button');
    const manifest = (await (await page.request.get('/pagefind/offline-ar.json')).json()) as { files: string[]; bytes: number };
    // The size offered includes the search files the first time.
    await expect.poll(async () => Number(((await save.textContent()) ?? '').replace(/[^\d٠-٩]/g, '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))))).toBeGreaterThanOrEqual(Math.floor(manifest.bytes / 1024));
    await save.click();
    await expect(page.locator('[data-save-offline] [role="status"]')).toHaveText(uiString('ar', 'offline.saved'), { timeout: 60_000 });
    expect(await page.evaluate(async (files) => {
      const cache = await caches.open('dalil-ar-search');
      return (await Promise.all(files.map((f) => cache.match(f, { ignoreSearch: true })))).every(Boolean);
    }, manifest.files)).toBe(true);
    await context.setOffline(true);
    await page.goto('/ar/search/?q=%D8%A7%D9%84%D8%B9%D9%88%D8%AF%D8%A9');
    const results = page.locator('[data-search-results] li a');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    expect(await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/ar/guides/voluntary-return/');
    await context.setOffline(false);
  });

  test('each language has its own worker, which precaches only that language', async ({ request }) => {
    const sw = await (await request.get('/ckb/sw.js')).text();
    expect(sw).toContain('/ckb/emergency/index.html');
    expect(sw).toContain('/ckb/offline/index.html');
    expect(sw).not.toContain('/ar/emergency/index.html');
  });
});
