import { expect, test } from '@playwright/test';
import { LOCALE_CODES, guideLanguages } from '../support/site.ts';

test('every glossary link in every guide, in every language, lands on a term that exists', async ({ page, request }) => {
  test.setTimeout(120_000);
  const anchors = new Map<string, Set<string>>();
  for (const lang of LOCALE_CODES) {
    const html = await (await request.get(`/${lang}/glossary/`)).text();
    anchors.set(lang, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  let links = 0;
  for (const slug of guideLanguages().keys()) {
    for (const lang of LOCALE_CODES) {
      await page.goto(`/${lang}/guides/${slug}/`);
      for (const href of await page.locator('a.glossary-term').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        const url = new URL(href, 'http://site');
        expect(url.pathname, href).toBe(`/${lang}/glossary/`);
        expect(anchors.get(lang)!.has(url.hash.slice(1)), `${lang}/${slug}: ${href}`).toBe(true);
        links += 1;
      }
    }
  }
  expect(links).toBeGreaterThan(50);
});
