import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../src/perf/page-weight.ts';
import { LOCALE_CODES } from '../support/site.ts';

/**
 * Size budgets on the built site (dist/): the first screen of a guide, topic or directory page
 * (for a guide: its title, summary and emergency numbers) arrives with its CSS in the first 14 KB
 * (one TCP round trip on a slow link), no page is over 32 KB, and none ships more than 2.3 KB of
 * script before the reader searches or filters (quick exit, which also removes everything stored
 * on the phone; the offline worker's registration; on listings, "open now" in each service's time
 * zone and the filter; the one-line marker that lets JavaScript-only controls keep their place; on
 * guides and service pages, the "Listen" loader, whose reader loads only when pressed). No web fonts.
 */
const FIRST_ROUND_TRIP = 14 * 1024;
const WHOLE_PAGE = 32 * 1024;
const SCRIPT_BEFORE_USE = 2.3 * 1024;

function contentPages(lang: string): string[] {
  const list = (dir: string) => readdirSync(`dist/${lang}/${dir}`).map((name) => `/${lang}/${dir}/${name}/`);
  return [`/${lang}/`, `/${lang}/guides/`, ...list('guides'), ...list('topics'), `/${lang}/directory/`, ...list('directory/category'), ...list('directory/city'), ...list('directory/service')].filter((p) => !p.endsWith('/index.html/'));
}

for (const lang of LOCALE_CODES) {
  test(`${lang}: every guide, topic and directory page shows its first screen from the first round trip and ships under 2.3 KB of script`, () => {
    const over: string[] = [];
    for (const page of contentPages(lang)) {
      const w = pageWeight('dist', page);
      if (w.firstScreen + w.blockingCss > FIRST_ROUND_TRIP) over.push(`${page}: first screen + blocking CSS ${w.firstScreen + w.blockingCss} B > ${FIRST_ROUND_TRIP} B`);
      if (w.html + w.blockingCss > WHOLE_PAGE) over.push(`${page}: HTML + blocking CSS ${w.html + w.blockingCss} B > ${WHOLE_PAGE} B`);
      if (w.script > SCRIPT_BEFORE_USE) over.push(`${page}: script ${w.script} B > ${SCRIPT_BEFORE_USE} B (${w.scripts.join(', ')})`);
      if (w.fonts.length) over.push(`${page}: web fonts ${w.fonts.join(', ')}`);
    }
    expect(over).toEqual([]);
  });
}

test('a guide page ships no search code', () => {
  const w = pageWeight('dist', '/en/guides/voluntary-return/');
  expect(w.scripts.join(' ')).not.toMatch(/search|pagefind/);
});
