import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { LOCALE_CODES } from '../support/site.ts';

test.describe('printing a guide for outreach', () => {
  for (const lang of ['ar', 'en']) {
    test(`${lang}: no site chrome, link targets written out, and a QR code back to the same page`, async ({ page, baseURL }) => {
      await page.goto(`/${lang}/guides/voluntary-return/`);
      await expect(page.locator('.print-qr')).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['body > header', 'body > footer', 'a[data-quick-exit]', '.share']) await expect(page.locator(chrome).first()).toBeHidden();
      await expect(page.locator('article h1')).toBeVisible();
      const after = await page.locator('.prose a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('http');

      const qr = page.locator('.print-qr svg');
      await expect(qr).toBeVisible();
      const png = PNG.sync.read(await qr.screenshot({ scale: 'css' }));
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data).toBe(await page.locator('.print-qr').getAttribute('data-qr-url'));
      expect(new URL(decoded!.data).pathname).toBe(`/${lang}/guides/voluntary-return/`);
      expect(baseURL).toBeTruthy();
    });
  }
});

test.describe('reflow and zoom (WCAG 1.4.4, 1.4.10)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const lang of LOCALE_CODES) {
    test(`${lang}: at 320 px wide and with text at 200 %, nothing needs sideways scrolling`, async ({ page }) => {
      for (const path of ['', 'guides/voluntary-return/', 'directory/all/', 'emergency/', 'search/']) {
        await page.goto(`/${lang}/${path}`);
        // Through the CSSOM, as a browser's text-size setting would; the page's CSP rightly blocks injected <style>.
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
        const wide = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const offenders = [...document.querySelectorAll('body *')]
            .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > width + 1)
            .map((el) => `${el.outerHTML.slice(0, 120)} right=${Math.round(el.getBoundingClientRect().right)}`);
          return { overflow: document.documentElement.scrollWidth - width, offenders: offenders.slice(0, 5) };
        });
        expect(wide, `/${lang}/${path}`).toEqual({ overflow: 0, offenders: [] });
      }
    });
  }
});

test('primary actions are at least 44 × 44 px', async ({ page }) => {
  await page.goto('/ar/guides/voluntary-return/');
  const targets = page.locator('a[data-quick-exit], a.need-help, .language-switcher summary, header button, .share a, .contact-card a[href^="tel:"], .get-help-now a[href^="tel:"], footer a[href^="tel:"]');
  expect(await targets.count()).toBeGreaterThan(5);
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    if (!box) continue; // hidden until JavaScript shows it
    expect(box.height, await target.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('no animation or smooth scrolling is left on', async ({ page }) => {
    await page.goto('/en/');
    const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    expect(behaviour).toBe('auto');
  });
});
