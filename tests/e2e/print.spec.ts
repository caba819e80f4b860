import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { displayPhone } from '../../src/directory/phone-format.ts';
import { formatDate } from '../../src/i18n/format.ts';
import { COUNTRIES } from '../../src/places/countries.ts';
import { LOCALES, uiString } from '../support/site.ts';

/** The directory and settings as staff wrote them, to compare the printed card against. */
interface Phone { number: string; type: string; short_code?: boolean }
interface Service { id: string; phones?: Phone[]; cost?: string; emergency?: boolean; location_ids: string[] }
const files = readdirSync('content/services').map((f) => JSON.parse(readFileSync(`content/services/${f}`, 'utf8')) as { locations?: { id: string; country: string }[]; services?: Service[] });
const services = new Map(files.flatMap((f) => (f.services ?? []).map((s) => [s.id, { ...s, countries: (f.locations ?? []).filter((l) => s.location_ids.includes(l.id)).map((l) => l.country) }] as const)));
const settings = JSON.parse(readFileSync('content/settings.json', 'utf8')) as { pocketCard: Record<string, { services: string[]; freeSource: { url: string } }> };
const shortCodes = new Set([...services.values()].flatMap((s) => (s.phones ?? []).filter((p) => p.short_code).map((p) => p.number)));

/** Pages in a PDF (page objects, not the page tree) and the size of the first, in points. */
function pdfPages(pdf: Buffer): { count: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const [, , width, height] = (/\/MediaBox\s*\[([^\]]+)\]/.exec(text)?.[1] ?? '').trim().split(/\s+/).map(Number);
  return { count: [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length, width: width ?? 0, height: height ?? 0 };
}

const MM = 72 / 25.4;

async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot({ scale: 'css' }));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

for (const { code: lang, dir } of LOCALES) {
  test(`${lang}: each country's pocket card prints on exactly one A6 page, with its numbers, the free-help sentence, a QR code home and the day it was printed`, async ({ page }) => {
    test.setTimeout(60_000);
    // A day other than the build's: the printed date must come from the day of printing.
    await page.clock.setFixedTime(new Date(2027, 2, 15, 10, 0, 0));
    for (const country of COUNTRIES) {
      const path = `/${lang}/print/card-${country.toLowerCase()}/`;
      await page.goto(path);
      const card = page.locator('.pocket-card');

      // The reader's language and direction.
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe(dir);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiString(lang, 'card.title').replace('{{country}}', uiString(lang, `country.${country}`)));

      // Every number dials in E.164, or as a short code the directory marks as one, and reads as written locally.
      const links = card.locator('a[href^="tel:"]');
      expect(await links.count()).toBeGreaterThanOrEqual(3);
      for (const link of await links.all()) {
        const number = (await link.getAttribute('href'))!.slice('tel:'.length);
        if (shortCodes.has(number)) expect(number).toMatch(/^\d{2,8}$/);
        else expect(number).toMatch(/^\+[1-9]\d{6,14}$/);
        await expect(link).toHaveText(displayPhone(number));
      }

      // The national emergency numbers of this country, from the directory.
      const emergency = [...services.values()].filter((s) => s.emergency && s.countries.includes(country)).map((s) => `tel:${s.phones![0]!.number}`);
      expect(await card.locator('.pc-emergency a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(emergency);

      // The services staff chose, in their order, each with its number and marked free as the directory says.
      const chosen = settings.pocketCard[country]!.services;
      expect(chosen.length).toBeLessThanOrEqual(5);
      expect(await card.locator('[data-service]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-service')))).toEqual(chosen);
      for (const id of chosen) {
        const service = services.get(id)!;
        const item = card.locator(`[data-service="${id}"]`);
        await expect(item.locator('a[href^="tel:"]')).toHaveAttribute('href', `tel:${service.phones!.find((p) => p.type === 'voice')!.number}`);
        await expect(item.locator('[data-free]')).toHaveCount(service.cost === 'free' ? 1 : 0);
      }

      // Help is free, in the words of the UI string, with the page it repeats.
      await expect(card.locator('.pc-free strong')).toHaveText(uiString(lang, `card.free.${country}`));
      await expect(card.locator('.pc-free a')).toHaveAttribute('href', settings.pocketCard[country]!.freeSource.url);

      // The QR code opens the home page in this language.
      const decoded = await decodeQr(page, '.pc-qr');
      expect(decoded).toBe(await card.locator('.pc-qr').getAttribute('data-qr-url'));
      expect(new URL(decoded!).pathname).toBe(`/${lang}/`);
      expect(new URL(decoded!).origin).toBe(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin);

      // The day it is printed, written as the rest of the site writes dates in this language (also
      // where the browser has no date names for it, as Chromium has none for Kurdish).
      const today = formatDate(new Date(Date.UTC(2027, 2, 15, 12)), lang);
      await expect(card.locator('[data-print-date]')).toHaveText(uiString(lang, 'card.printed').replace('{{date}}', today));
      await expect(card.locator('[data-print-date]')).toHaveAttribute('data-print-date', '2027-03-15');

      // On screen the site's quick exit is there; on paper only the card.
      await expect(page.locator('a[data-quick-exit]')).toBeVisible();
      const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pdf.count, `${path} prints on one page`).toBe(1);
      expect(Math.round(pdf.width / MM), `${path} is A6 wide`).toBe(105);
      expect(Math.round(pdf.height / MM), `${path} is A6 high`).toBe(148);
      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['body > header', 'body > footer', '.top-bar', 'a[data-quick-exit]', '.print-staff']) await expect(page.locator(chrome).first()).toBeHidden();
      await expect(card.locator('.pc-qr')).toBeVisible();
      await expect(card.locator('[data-print-date]')).toContainText(today);
      await page.emulateMedia({ media: null });
    }
  });

  test(`${lang}: the poster prints on exactly one A4 page, with what Dalil is, a QR code home and how to save pages`, async ({ page, baseURL }) => {
    await page.goto(`/${lang}/print/poster/`);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    expect(await page.locator('.poster').evaluate((el) => getComputedStyle(el).direction)).toBe(dir);
    await expect(page.locator('.poster-what')).toHaveText(uiString(lang, 'poster.what'));

    const decoded = await decodeQr(page, '.poster-code');
    expect(decoded).toBe(await page.locator('.poster-code').getAttribute('data-qr-url'));
    expect(new URL(decoded!).pathname).toBe(`/${lang}/`);

    // Three steps; the second names the button readers will see on a guide.
    const steps = page.locator('.poster-offline li');
    await expect(steps).toHaveCount(3);
    const [before, after] = uiString(lang, 'poster.step2').split('{{button}}') as [string, string];
    const step2 = (await steps.nth(1).textContent())!;
    expect(step2.startsWith(before) && step2.endsWith(after)).toBe(true);
    const button = step2.slice(before.length, step2.length - after.length);
    expect(button.length).toBeGreaterThan(3);
    expect(button).not.toContain('{{');

    const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.count).toBe(1);
    expect(Math.round(pdf.width / MM)).toBe(210);
    expect(Math.round(pdf.height / MM)).toBe(297);

    const guide = await (await page.request.get(`${baseURL}/${lang}/guides/voluntary-return/`)).text();
    const label = /data-save="([^"]+)"/.exec(guide)?.[1];
    expect(label).toContain(button);
  });
}

test('the printed date falls back to the day of the build without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const lang of ['ar', 'en', 'ckb']) {
    await page.goto(`/${lang}/print/card-ma/`);
    const date = page.locator('[data-print-date]');
    const built = (await date.getAttribute('data-printed-on'))!;
    expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(date).toHaveText(uiString(lang, 'card.printed').replace('{{date}}', formatDate(new Date(`${built}T12:00:00Z`), lang)));
    await expect(page.locator('[data-print-button]')).toBeHidden();
  }
  await context.close();
});

test('printable pages are linked for staff from the about page only, kept out of search engines and the sitemap', async ({ page, request }) => {
  for (const { code: lang } of LOCALES) {
    await page.goto(`/${lang}/about/`);
    const links = page.locator('[data-printables] a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      ...COUNTRIES.map((c) => `/${lang}/print/card-${c.toLowerCase()}/`),
      `/${lang}/print/poster/`,
    ]);
    await expect(page.locator('header nav a[href*="/print/"]')).toHaveCount(0);
  }
  for (const path of ['/fr/print/card-ma/', '/ckb/print/card-iq/', '/es/print/poster/']) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  }
  const index = await (await request.get('/sitemap-index.xml')).text();
  for (const sitemap of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)) {
    expect(await (await request.get(sitemap)).text()).not.toContain('/print/');
  }
});
