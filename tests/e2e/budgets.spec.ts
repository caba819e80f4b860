import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../src/perf/page-weight.ts';
import { LOCALE_CODES } from '../support/site.ts';

/**
 * Size budgets on the built site (dist/): a guide, topic or directory page renders from its first
 * 14 KB (one TCP round trip on a slow link), and ships under 2 KB of script before the reader
 * searches or filters. No web fonts.
 */
const FIRST_ROUND_TRIP = 14 * 1024;
const SCRIPT_BEFORE_USE = 2 * 1024;

function contentPages(lang: string): string[] {
  const list = (dir: string) => readdirSync(`dist/${lang}/${dir}`).map((name) => `/${lang}/${dir}/${name}/`);
  return [`/${lang}/`, `/${lang}/guides/`, ...list('guides'), ...list('topics'), `/${lang}/directory/`, ...list('directory/category'), ...list('directory/city'), ...list('directory/service')].filter((p) => !p.endsWith('/index.html/'));
}

for (const lang of LOCALE_CODES) {
  test(`${lang}: every guide, topic and directory page fits the first round trip and ships under 2 KB of script`, () => {
    const over: string[] = [];
    for (const page of contentPages(lang)) {
      const w = pageWeight('dist', page);
      if (w.html + w.blockingCss > FIRST_ROUND_TRIP) over.push(`${page}: HTML + blocking CSS ${w.html + w.blockingCss} B > ${FIRST_ROUND_TRIP} B`);
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
