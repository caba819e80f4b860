import { expect, test, type APIRequestContext } from '@playwright/test';
import { LOCALE_CODES, guideLanguages } from '../support/site.ts';

/**
 * Pages reachable from a start page by following internal links, each fetched once. Links into
 * other languages (the switcher) are fetched but not followed, so each language is crawled once.
 */
async function crawl(request: APIRequestContext, start: string, prefix: string) {
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
      if (seen.has(url.pathname)) continue;
      if (url.pathname.startsWith(prefix) || !path.startsWith(prefix)) queue.push(url.pathname);
      else if (!queue.includes(url.pathname)) seen.set(url.pathname, { status: (await request.head(url.pathname)).status(), ids: new Set(), links: [] });
    }
  }
  return seen;
}

for (const lang of LOCALE_CODES) {
  test(`${lang}: every page reached from the home page exists, and so does every anchor`, async ({ request }) => {
    const pages = await crawl(request, `/${lang}/`, `/${lang}/`);
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
    // Every guide is reachable in every language, translated or not.
    for (const slug of guideLanguages().keys()) expect(paths, slug).toContain(`/${lang}/guides/${slug}/`);
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
