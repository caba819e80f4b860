import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { LOCALES } from '../support/site.ts';

/** An HSDS service as /<lang>/services.json publishes it, with Dalil's slug id in x_dalil. */
interface HsdsService {
  id: string;
  name: string;
  phones?: { number: string }[];
  x_dalil: { id: string; emergency: boolean };
}

const services = async (request: APIRequestContext, lang: string) => (await (await request.get(`/${lang}/services.json`)).json()) as HsdsService[];

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

test.describe('the service directory', () => {
  for (const { code: lang, dir } of LOCALES) {
    test(`${lang}: home by type of help and by city, with counts that match the lists`, async ({ page }) => {
      await page.goto(`/${lang}/directory/`);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      const categoryLinks = page.locator('section[aria-labelledby="by-category"] a');
      expect(await categoryLinks.count()).toBeGreaterThan(3);
      const first = categoryLinks.first();
      const count = Number((await first.locator('span').last().textContent())!.replace(/[^\d٠-٩۰-۹]/g, '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))));
      await first.click();
      await expect(page.locator('[data-service-card]')).toHaveCount(count);
    });
  }

  test('every phone link on directory pages can be dialled', async ({ page }) => {
    for (const path of ['/en/directory/all/', '/ar/directory/category/hotline/']) {
      await page.goto(path);
      const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^tel:(\+[1-9]\d{6,14}|\d{2,8})$/);
    }
  });

  test('cards read right to left in Arabic and Kurdish, numbers left to right', async ({ page }) => {
    for (const lang of ['ar', 'ckb']) {
      await page.goto(`/${lang}/directory/all/`);
      const card = page.locator('[data-service-card]').first();
      expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      const number = page.locator('[data-service-card] a[href^="tel:"] .ltr-run').first();
      expect(await number.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test('the open-data exports parse and match the pages', async ({ page, request }) => {
    const fr = await services(request, 'fr');
    expect(fr.length).toBeGreaterThan(5);
    const csv = parseCsv(await (await request.get('/fr/services.csv')).text());
    expect(csv[0]).toContain('name');
    expect(csv.length - 1).toBe(fr.length);
    const nameCol = csv[0]!.indexOf('name');
    for (const service of fr.slice(0, 6)) {
      await page.goto(`/fr/directory/service/${service.x_dalil.id}/`);
      const h1 = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      expect(service.name).toBe(h1);
      expect(csv.find((row) => row[0] === service.x_dalil.id)![nameCol]).toBe(h1);
    }
  });

  test('the footer and the emergency page show exactly the emergency services of the directory', async ({ page, request }) => {
    const numbers = (await services(request, 'es')).filter((s) => s.x_dalil.emergency).map((s) => `tel:${s.phones![0]!.number}`).sort();
    await page.goto('/es/');
    expect((await page.locator('footer a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).sort()).toEqual(numbers);
    await page.goto('/es/emergency/');
    expect((await page.locator('.emergency-number a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).sort()).toEqual(numbers);
  });

  test('a guide embeds the matching services and links to them', async ({ page }) => {
    await page.goto('/en/guides/voluntary-return/');
    const embed = page.locator('.service-embed').first();
    const link = embed.locator('[data-service-card] a').first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/en\/directory\/service\/iom-(morocco|iraq)-avrr\/$/);
  });

  test('partner associations are named, reached through a referral', async ({ page }) => {
    const referralOnly = readdirSync('content/services').filter((f) => ((JSON.parse(readFileSync(`content/services/${f}`, 'utf8')) as { services?: unknown[] }).services ?? []).length === 0);
    expect(referralOnly.length).toBeGreaterThan(0);
    await page.goto('/fr/directory/');
    await expect(page.locator('section[aria-labelledby="partners"] li')).toHaveCount(referralOnly.length);
  });

  test('every service page names its source and when it was last verified', async ({ page, request }) => {
    for (const service of await services(request, 'ckb')) {
      await page.goto(`/ckb/directory/service/${service.x_dalil.id}/`);
      await expect(page.locator('.service-detail footer')).toContainText(/\d|[٠-٩]/);
      expect(await page.locator('.service-detail footer cite').count()).toBeGreaterThan(0);
    }
  });
});
