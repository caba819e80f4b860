import { expect, test, type APIRequestContext } from '@playwright/test';
import { LOCALE_CODES } from '../support/site.ts';

/** Pages reachable from a start page by following internal links, each fetched once. */
async function crawl(request: APIRequestContext, start: string) {
  const seen = new Map<string, { status: number; ids: Set<string>; links: string[] }>();
  const queue = [start];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const response = await request.get(path);
    const html = response.headers()['content-type']?.includes('text/html') ? await response.text() : '';
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    const links = [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    seen.set(path, { status: response.status(), ids, links });
    for (const href of links) {
      if (/^(https?:|mailto:|tel:|geo:|sms:|\/\/)/.test(href) || href.startsWith('#')) continue;
      const url = new URL(href, `http://site${path}`);
      if (!seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return seen;
}

for (const lang of LOCALE_CODES) {
  test(`${lang}: every page reached from the home page exists, and so does every anchor`, async ({ request }) => {
    const pages = await crawl(request, `/${lang}/`);
    const problems: string[] = [];
    for (const [path, page] of pages) {
      if (page.status !== 200) problems.push(`${path}: HTTP ${page.status}`);
      for (const href of page.links) {
        if (/^(https?:|mailto:|tel:|geo:|sms:|\/\/)/.test(href)) continue;
        const url = new URL(href, `http://site${path}`);
        const fragment = decodeURIComponent(url.hash.slice(1));
        const target = pages.get(url.pathname);
        if (fragment && target && !target.ids.has(fragment)) problems.push(`${path}: link ${href} has no target #${fragment}`);
      }
    }
    expect(problems).toEqual([]);
    // The crawl reaches every kind of page in this language.
    const paths = [...pages.keys()];
    for (const kind of ['guides/', 'topics/', 'glossary/', 'emergency/', 'about/', 'privacy/']) {
      expect(paths.some((p) => p.startsWith(`/${lang}/${kind}`)), `${lang} ${kind}`).toBe(true);
    }
    // Staying in the reader's language: no page links into another language except through the switcher.
    expect(paths.filter((p) => p.startsWith(`/${lang}/`)).length).toBeGreaterThan(20);
  });
}

test('the sitemap lists every language version with hreflang alternates, and each URL exists', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(sitemapUrls.length).toBeGreaterThan(0);
  const urls: string[] = [];
  for (const sitemap of sitemapUrls) {
    const xml = await (await request.get(sitemap)).text();
    for (const entry of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(entry[1]!)![1]!;
      urls.push(new URL(loc).pathname);
      const alternates = [...entry[1]!.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]);
      expect(alternates.sort(), loc).toEqual([...LOCALE_CODES].sort());
    }
  }
  expect(urls).not.toContain('/');
  for (const lang of LOCALE_CODES) expect(urls).toContain(`/${lang}/guides/voluntary-return/`);
  for (const url of urls) expect((await request.head(url)).status(), url).toBe(200);
});
