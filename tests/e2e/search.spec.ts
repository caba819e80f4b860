import { expect, test, type Page } from '@playwright/test';
import { uiString } from '../support/site.ts';

/** The first `atLeast` results' addresses, pressing "Show more results" as a reader would. */
async function search(page: Page, lang: string, query: string, atLeast = 10) {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…/, { timeout: 10_000 });
  const items = page.locator('[data-search-results] li');
  const next = page.locator('[data-search-next]');
  while ((await items.count()) < atLeast && (await next.isVisible())) {
    const before = await items.count();
    await next.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  return page.locator('[data-search-results] li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** Each row: language, what a reader types, a page that must be among the first five results. */
const EXPECTED: [string, string, string][] = [
  ['en', 'voluntary return', '/en/guides/voluntary-return/'],
  ['en', 'smuggling', '/en/guides/trafficking-or-smuggling/'],
  ['fr', 'réintégration', '/fr/guides/reintegration-after-return/'],
  ['fr', 'reintegration', '/fr/guides/reintegration-after-return/'],
  ['es', 'niños', '/es/guides/children-on-the-move/'],
  ['es', 'ninos', '/es/guides/children-on-the-move/'],
  // Arabic as people type it: with or without the article, tashkeel, tatweel, ة/ه, alef forms, ى/ي.
  ['ar', 'العودة الطوعية', '/ar/guides/voluntary-return/'],
  ['ar', 'عوده طوعيه', '/ar/guides/voluntary-return/'],
  ['ar', 'العَوْدَة الطَّوْعِيَّة', '/ar/guides/voluntary-return/'],
  ['ar', 'العـــودة الطوعيـة', '/ar/guides/voluntary-return/'],
  ['ar', 'إعادة الإدماج', '/ar/guides/reintegration-after-return/'],
  ['ar', 'اعادة الادماج', '/ar/guides/reintegration-after-return/'],
  ['ar', 'اعاده الادماج', '/ar/guides/reintegration-after-return/'],
  // Attached conjunction and prepositions: و ب ل.
  ['ar', 'والاتجار', '/ar/guides/recognising-trafficking/'],
  ['ar', 'بالمغرب', '/ar/guides/rights-in-morocco/'],
  ['ar', 'للاتجار بالبشر', '/ar/guides/recognising-trafficking/'],
  ['ar', 'فالعودة الطوعية', '/ar/guides/voluntary-return/'],
  // Kurdish Sorani with Persian/Kurdish letters, or typed on an Arabic keyboard.
  ['ckb', 'خۆبەخشانە', '/ckb/guides/voluntary-return/'],
  ['ckb', 'خۆبهخشانه', '/ckb/guides/voluntary-return/'],
  ['ckb', 'قاچاخکردنی', '/ckb/guides/trafficking-or-smuggling/'],
  ['ckb', 'قاچاخكردني', '/ckb/guides/trafficking-or-smuggling/'],
];

test.describe('search in every language', () => {
  for (const [lang, query, expected] of EXPECTED) {
    test(`${lang}: "${query}" finds ${expected}`, async ({ page }) => {
      const results = await search(page, lang, query);
      // Among the first ten: services now share many words with the guides.
      expect(results.slice(0, 10)).toContain(expected);
    });
  }

  test('Kurdish typed with Arabic ي and ك finds the same as with ی and ک', async ({ page }) => {
    const kurdish = await search(page, 'ckb', 'یارمەتی کۆچبەران');
    const arabicKeyboard = await search(page, 'ckb', 'يارمهتي كۆچبهران');
    expect(kurdish.length).toBeGreaterThan(0);
    expect(arabicKeyboard).toEqual(kurdish);
  });

  test('Arabic with ى or ي finds the same', async ({ page }) => {
    const withAlefMaqsura = await search(page, 'ar', 'مستشفى');
    const withYa = await search(page, 'ar', 'مستشفي');
    expect(withYa).toEqual(withAlefMaqsura);
  });
});

test.describe('search results', () => {
  test('show a title, a highlighted excerpt and a type badge, and links work by keyboard', async ({ page }) => {
    await search(page, 'en', 'trafficking');
    const first = page.locator('[data-search-results] li').first();
    await expect(first.locator('.badge')).toHaveText(/Guide|Service|Word explained/);
    await expect(first.locator('mark').first()).toBeVisible();
    await page.locator('#search-query').focus();
    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab'); // first filter
    const href = await first.locator('a').getAttribute('href');
    await first.locator('a').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href!);
  });

  test('five at first, five more on request: each result is downloaded only when shown', async ({ page }) => {
    const fragments: string[] = [];
    page.on('request', (r) => void (r.url().includes('/pagefind/fragment/') && fragments.push(r.url())));
    await page.goto('/en/search/?q=return');
    const status = page.locator('[data-search-status]');
    await expect(status).not.toHaveText(/^$|…/, { timeout: 10_000 });
    const found = Number((await status.textContent())!.replace(/\D/g, ''));
    expect(found).toBeGreaterThan(10);
    const items = page.locator('[data-search-results] li');
    await expect(items).toHaveCount(5);
    expect(fragments).toHaveLength(5);

    const next = page.getByRole('button', { name: uiString('en', 'search.moreResults') });
    await next.click();
    await expect(items).toHaveCount(10);
    expect(fragments).toHaveLength(10);
    // Focus goes to the first new result, so keyboard and screen-reader users go on from there.
    await expect(items.nth(5).locator('a')).toBeFocused();

    // Tapped twice in a row (an impatient reader on a slow link): the next results come once.
    await next.dblclick();
    await expect(items).toHaveCount(15);
    while (await next.isVisible()) {
      const before = await items.count();
      await next.click();
      await expect.poll(() => items.count()).toBeGreaterThan(before);
    }
    await expect.poll(() => fragments.length).toBe(found);
    const hrefs = await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    // A new search starts again from five.
    await page.locator('#search-query').fill('trafficking');
    await expect(items).toHaveCount(5);
  });

  test('filter by type, country and topic', async ({ page }) => {
    await search(page, 'en', 'return');
    await page.locator('select[name="type"]').selectOption('service');
    await expect(page.locator('[data-search-results] li').first()).toHaveAttribute('data-type', 'service');
    const types = await page.locator('[data-search-results] li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.type));
    expect(new Set(types)).toEqual(new Set(['service']));
    await page.locator('select[name="country"]').selectOption('IQ');
    await expect(page.locator('[data-search-results] li a[href*="iom-iraq"]').first()).toBeVisible();
    await expect(page.locator('[data-search-results] li a[href*="iom-morocco"]')).toHaveCount(0);
    await page.locator('select[name="type"]').selectOption('guide');
    await page.locator('select[name="country"]').selectOption('');
    await page.locator('select[name="topic"]').selectOption('voluntary-return');
    const hrefs = () => page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(0);
    await expect.poll(async () => (await hrefs()).every((g) => /voluntary-return|reintegration-after-return/.test(g))).toBe(true);
  });

  test('glossary words are their own results, leading to the term', async ({ page }) => {
    await search(page, 'fr', 'non-refoulement');
    const terms = page.locator('[data-search-results] li[data-type="glossary"] a');
    await expect.poll(() => terms.evaluateAll((as) => as.some((a) => /\/fr\/glossary\/#non-refoulement/.test(a.getAttribute('href') ?? '')))).toBe(true);
  });

  test('a search with no result helps in the reader\'s language', async ({ page }) => {
    await page.goto('/ar/search/?q=zzqxw');
    const empty = page.locator('[data-search-empty]');
    await expect(empty).toBeVisible();
    await expect(empty.locator('[data-query]')).toHaveText('zzqxw');
    await expect(page.locator('section[aria-labelledby="browse"] a[href="/ar/emergency/"]')).toBeVisible();
    await expect(page.locator('section[aria-labelledby="browse"] a[href="/ar/directory/"]')).toBeVisible();
    await expect(page.locator('section[aria-labelledby="browse"] a[href^="/ar/topics/"]').first()).toBeVisible();
  });

  test('right to left in Arabic', async ({ page }) => {
    await search(page, 'ar', 'الحماية');
    expect(await page.locator('[data-search-results] li').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });
});

test.describe('the header search box', () => {
  test('shows results as the reader types, the same as the search page, and Enter leads there', async ({ page }) => {
    await page.goto('/ar/guides/voluntary-return/');
    const box = page.locator('[data-header-search]');
    await box.locator('input[name="q"]').pressSequentially('بالمغرب', { delay: 30 });
    const links = box.locator('[data-search-results] li a');
    await expect(links.first()).toBeVisible();
    await page.waitForTimeout(400); // past the typing debounce, so the last query is the one shown
    await expect(box.locator('[data-search-status]')).not.toHaveText(/^$|…/);
    const header = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(header.length).toBeGreaterThan(0);
    expect(header.length).toBeLessThanOrEqual(5);
    await expect(box.locator('[data-search-more]')).toHaveAttribute('href', `/ar/search/?q=${encodeURIComponent('بالمغرب')}`);
    await box.locator('input[name="q"]').press('Enter');
    await expect(page).toHaveURL(/\/ar\/search\/\?q=/);
    await expect(page.locator('main [data-search-status]')).not.toHaveText(/^$|…/);
    const full = await page.locator('main [data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(full.slice(0, header.length)).toEqual(header);
  });

  test('Escape closes the results', async ({ page }) => {
    await page.goto('/fr/');
    const input = page.locator('[data-header-search] input[name="q"]');
    await input.fill('retour');
    await expect(page.locator('[data-header-search] [data-search-panel]')).toBeVisible();
    await input.press('Escape');
    await expect(page.locator('[data-header-search] [data-search-panel]')).toBeHidden();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('[data-header-search] input[name="q"]').fill('zzqxw');
    await expect(page.locator('[data-header-search] [data-search-empty]')).toBeVisible();
  });
});

test.describe('search costs nothing until used', () => {
  test('a guide page, and the search page before typing, download no search files', async ({ page }) => {
    const searchRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/') || r.url().includes('/_search/')) searchRequests.push(r.url());
    });
    await page.goto('/en/guides/voluntary-return/');
    await page.locator('[data-header-search] input[name="q"]').focus();
    await page.goto('/ar/');
    await page.goto('/fr/search/');
    await page.waitForTimeout(300);
    expect(searchRequests).toEqual([]);
    await page.locator('#search-query').fill('retour');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    expect(searchRequests.length).toBeGreaterThan(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the header search leads to a page that offers topics, the directory and emergency contacts', async ({ page }) => {
      await page.goto('/es/');
      await page.locator('[data-header-search] input[name="q"]').fill('retorno');
      await page.locator('[data-header-search] form[role="search"] button').click();
      await expect(page).toHaveURL(/\/es\/search\/\?q=retorno$/);
      await expect(page.locator('[data-search-nojs]')).toBeVisible();
      await expect(page.locator('section[aria-labelledby="browse"] a[href="/es/directory/"]')).toBeVisible();
      await expect(page.locator('section[aria-labelledby="browse"] a[href^="/es/topics/"]').first()).toBeVisible();
    });
  });
});
