import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { displayPhone } from '../../src/directory/phone-format.ts';
import { LOCALE_CODES } from '../support/site.ts';

interface HsdsService {
  name: string;
  phones?: { number: string; type: string }[];
  x_dalil: { id: string };
}

for (const lang of ['ar', 'en']) {
  test(`${lang}: a service shares as plain text with its numbers, as written locally, and when it was checked`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${lang}/directory/service/unhcr-morocco-registration-helpline/`);
    const text = (await page.locator('[data-share-text]').textContent())!;
    expect(text).toContain(displayPhone('+212537545400'));
    expect(text).toContain('05 37 54 54 00');
    const verified = (await page.locator('.service-detail footer p').first().textContent())!.trim();
    expect(text).toContain(verified);
    expect(text).toContain(`/${lang}/directory/service/unhcr-morocco-registration-helpline/`);
    // WhatsApp and SMS carry the same text; copying puts it on the clipboard.
    const whatsapp = await page.locator('.share a[href^="https://wa.me/"]').getAttribute('href');
    expect(decodeURIComponent(new URL(whatsapp!).searchParams.get('text')!)).toBe(text);
    const sms = (await page.locator('.share a[href^="sms:"]').getAttribute('href'))!;
    expect(decodeURIComponent(sms.replace(/^sms:\?&body=/, ''))).toBe(text);
    await page.locator('[data-copy-text]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    // Links dial the international form.
    expect(await page.locator('.service-detail a[href^="tel:"]').first().getAttribute('href')).toBe('tel:+212537545400');
  });
}

test('report a change goes to the editors with the page address and nothing about the reader', async ({ page }) => {
  const settings = JSON.parse(readFileSync('content/settings.json', 'utf8')) as { editors: { email: string } };
  await page.goto('/fr/directory/service/iom-morocco-avrr/');
  const href = (await page.locator('.service-detail footer a[href^="mailto:"]').getAttribute('href'))!;
  expect(href.startsWith(`mailto:${settings.editors.email}?`)).toBe(true);
  const body = new URLSearchParams(href.split('?')[1]).get('body')!;
  // One line: the address of the page. Nothing the reader typed, read or where they are.
  expect(body.trim()).toMatch(/^https?:\/\/[^\s]+\/fr\/directory\/service\/iom-morocco-avrr\/$/);
});

test('every service page carries schema.org data that parses, and no tracking', async ({ request }) => {
  const services = (await (await request.get('/en/services.json')).json()) as HsdsService[];
  for (const service of services) {
    const html = await (await request.get(`/en/directory/service/${service.x_dalil.id}/`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks, service.x_dalil.id).toHaveLength(1);
    const data = JSON.parse(blocks[0]!) as { '@context': string; '@type': string; name: string; provider: { name: string }; availableChannel: { servicePhone?: { telephone: string }[] } };
    expect(data['@context']).toBe('https://schema.org');
    expect(['Service', 'GovernmentService']).toContain(data['@type']);
    expect(data.name).toBe(service.name);
    expect(data.provider.name.length).toBeGreaterThan(1);
    const voice = (service.phones ?? []).filter((p) => p.type === 'voice').map((p) => p.number);
    expect((data.availableChannel.servicePhone ?? []).map((p) => p.telephone)).toEqual(voice);
    // Data only: nothing in it can close the script element it sits in.
    expect(blocks[0]).not.toContain('</');
  }
});

test('guides carry an Article with their dates', async ({ request }) => {
  const html = await (await request.get('/ar/guides/voluntary-return/')).text();
  const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { '@type': string; dateModified: string; inLanguage: string };
  expect(data['@type']).toBe('Article');
  expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(data.inLanguage).toBe('ar');
});

test('no listing in the sitemap is empty, and every category without a service says so on the directory home', async ({ request, page }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const listings = [...sitemap.matchAll(/<loc>([^<]+\/(?:directory\/(?:category|city)|topics)\/[^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(listings.length).toBeGreaterThan(20);
  for (const path of listings) {
    const html = await (await request.get(path)).text();
    expect(/data-service-card|class="guide-list/.test(html), `${path} lists nothing`).toBe(true);
  }
  for (const lang of LOCALE_CODES.slice(0, 2)) {
    await page.goto(`/${lang}/directory/`);
    for (const empty of await page.locator('[data-empty-category]').all()) {
      const id = (await empty.getAttribute('data-empty-category'))!;
      expect(sitemap).not.toContain(`/${lang}/directory/category/${id}/`);
      await expect(empty.locator('a[href^="mailto:"]')).toHaveCount(1);
    }
  }
});
