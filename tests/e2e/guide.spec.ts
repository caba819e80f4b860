import { expect, test } from '@playwright/test';
import { LOCALES, guideLanguages, uiString } from '../support/site.ts';

const slug = 'voluntary-return';

test.describe('a guide page', () => {
  for (const lang of ['ar', 'en']) {
    test(`${lang}: title, summary, review status, sources, related guides and sharing`, async ({ page }) => {
      await page.goto(`/${lang}/guides/${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('article .summary')).not.toBeEmpty();
      // Reviewed date or a visible draft notice: readers always know how far to trust it.
      const reviewed = page.locator('[data-notice="draft"]').or(page.getByText(uiString(lang, 'guide.lastReviewed').split('{{')[0]!.trim()));
      await expect(reviewed.first()).toBeVisible();
      await expect(page.getByRole('heading', { name: uiString(lang, 'guide.sources') })).toBeVisible();
      await expect(page.locator('#sources ~ ul li, section[aria-labelledby="sources"] li').first()).toBeVisible();
      await expect(page.getByRole('heading', { name: uiString(lang, 'guide.related') })).toBeVisible();

      const whatsapp = page.getByRole('link', { name: uiString(lang, 'guide.whatsapp') });
      const href = new URL((await whatsapp.getAttribute('href'))!);
      expect(href.host).toBe('wa.me');
      expect(href.searchParams.get('text')).toContain(`/${lang}/guides/${slug}/`);
      await expect(page.getByRole('button', { name: uiString(lang, 'guide.print') })).toBeVisible();
    });
  }

  test('copy link puts the page address on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/guides/${slug}/`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/en/guides/${slug}/$`));
  });

  test('every phone link is a number that can be dialled', async ({ page }) => {
    await page.goto(`/fr/guides/${slug}/`);
    const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^tel:(\+[1-9]\d{6,14}|\d{2,8})$/);
  });

  test('phone numbers read left to right inside right-to-left text', async ({ page }) => {
    await page.goto(`/ar/guides/${slug}/`);
    const directions = await page.locator('main a[href^="tel:"] .ltr-run, main a.ltr-run[href^="tel:"]').evaluateAll((els) => els.map((e) => getComputedStyle(e).direction));
    expect(directions.length).toBeGreaterThan(0);
    expect(new Set(directions)).toEqual(new Set(['ltr']));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('reads fully, and hides only the buttons that need a script', async ({ page }) => {
      await page.goto(`/es/guides/${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('article .prose p').first()).toBeVisible();
      await expect(page.getByRole('link', { name: uiString('es', 'guide.whatsapp') })).toBeVisible();
      await expect(page.getByRole('button', { name: uiString('es', 'guide.print') })).toBeHidden();
      await expect(page.getByRole('button', { name: uiString('es', 'guide.copyLink') })).toBeHidden();
    });
  });
});

test.describe('page head for sharing and discovery', () => {
  for (const lang of ['ar', 'en', 'ckb']) {
    test(`${lang}: canonical, hreflang alternates, Open Graph in the page language, manifest`, async ({ page, request }) => {
      await page.goto(`/${lang}/guides/${slug}/`);
      const head = page.locator('head');
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${lang}/guides/${slug}/$`));
      for (const l of LOCALES) {
        await expect(head.locator(`link[rel="alternate"][hreflang="${l.code}"]`)).toHaveAttribute('href', new RegExp(`/${l.code}/guides/${slug}/$`));
      }
      await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
      const h1 = await page.getByRole('heading', { level: 1 }).textContent();
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', h1!.trim());
      await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', (await page.locator('article .summary').textContent())!.trim());
      const manifestHref = await head.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await (await request.get(manifestHref!)).json();
      expect(manifest.lang).toBe(lang);
      expect(manifest.dir).toBe(LOCALES.find((l) => l.code === lang)!.dir);
      expect(manifest.start_url).toBe(`/${lang}/`);
    });
  }

  test('robots.txt points at the sitemap', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});

test.describe('page not found', () => {
  test('a missing page under a language answers 404 in that language', async ({ page }) => {
    const response = await page.goto('/ar/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiString('ar', 'notFound.title'));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('a missing page outside any language offers every language', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    for (const l of LOCALES) await expect(page.locator(`li[lang="${l.code}"] a[href="/${l.code}/"]`)).toBeVisible();
  });
});

test('every guide, in every language, has a number to call on its first screen', async ({ page }) => {
  test.setTimeout(300_000);
  const late: string[] = [];
  for (const [slug, langs] of guideLanguages()) {
    for (const lang of langs) {
      await page.goto(`/${lang}/guides/${slug}/`);
      const first = page.locator('main a[href^="tel:"]').first();
      const box = await first.boundingBox();
      const viewport = page.viewportSize()!;
      if (!box || box.y + box.height > viewport.height) late.push(`/${lang}/guides/${slug}/: ${box ? Math.round(box.y) : 'no'} px`);
    }
  }
  expect(late).toEqual([]);
});
