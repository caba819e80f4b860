// npm run bench: builds synthetic content sets and the real site, then measures them.
// Reports build time per stage and per page at 1×, 4× and 10× content (and whether it grows
// linearly), output size, per-page bytes in Chromium (median, p95, max), search index size per
// language and a first Arabic query's bytes beside Starlight's, and Lighthouse (mobile, default
// throttling, median of 3 runs) scores and LCP for every page kind in ar, ckb and en. Writes
// bench/out/report.json and prints a table against the budgets. Not part of npm test: timings vary
// by machine.
//
// Options (environment): BENCH_GUIDES (per language at 1×, default 15), BENCH_SERVICES (at 1×,
// default 150), BENCH_SCALES (default "1,4,10"), BENCH_LIGHTHOUSE_RUNS (default 3),
// BENCH_SKIP_LIGHTHOUSE=1.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/support/chromium.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';

const OUT = 'bench/out';
// The defaults make the 10× build about 10,000 pages, the size the build-cost target is set at.
const GUIDES = Number(process.env.BENCH_GUIDES ?? 15);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 150);
const SCALES = (process.env.BENCH_SCALES ?? '1,4,10').split(',').map(Number);
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/**
 * Targets (issue #16). Starlight's figures were measured beside Dalil on this kind of machine: a
 * Starlight 0.42 site with 8 guides in en/fr/ar, first Arabic search "حماية".
 */
const BUDGET = { pageBytes: 32 * 1024, lighthouse: 100, lcpMs: 700, buildMsPerPage: 5, firstSearchBytes: 101_988 };
const STARLIGHT = { lcpArHome: 982, lcpArGuide: 1121, firstArabicSearch: 101_988, arabicIndex: 9.8 * 1024, buildMsPerPage: 8.5 };
mkdirSync(OUT, { recursive: true });

function node(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}
const sizeOf = (dir: string) => files(dir).reduce((sum, f) => sum + statSync(f).size, 0);

// 1. Builds at each scale of synthetic content.
const builds: Record<string, { timings: Record<string, number>; pages: number; bytes: number; pagesPerSecond: number; wall: number; msPerPage: number }> = {};
for (const scale of SCALES) {
  const name = `${scale}x`;
  const content = join(OUT, `content-${name}`);
  node(['bench/synthetic-content.ts', '--guides', String(GUIDES * scale), '--services', String(SERVICES * scale), '--out', content]);
  const timingsFile = join(OUT, `timings-${name}.json`);
  const started = performance.now();
  node(['scripts/build.mjs'], { DALIL_DIST: join(OUT, `dist-${name}`), DALIL_GUIDES_DIR: join(content, 'guides'), DALIL_SERVICES_DIR: join(content, 'services'), DALIL_TIMINGS: timingsFile });
  const wall = performance.now() - started;
  const dist = join(OUT, `dist-${name}`);
  const pages = files(dist).filter((f) => f.endsWith('.html')).length;
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
  builds[name] = { timings, pages, bytes: sizeOf(dist), pagesPerSecond: Math.round(pages / ((timings.astro ?? wall) / 1000)), wall: Math.round(wall), msPerPage: Number((wall / pages).toFixed(2)) };
  console.log(`built ${name}: ${pages} pages in ${(wall / 1000).toFixed(1)} s (${builds[name]!.msPerPage} ms per page)`);
}
const [smallest, largest] = [builds[`${SCALES[0]}x`]!, builds[`${SCALES.at(-1)}x`]!];
// Linear: the time per page at the largest scale is no more than 1.25 times that at the smallest.
const growth = Number((largest.msPerPage / smallest.msPerPage).toFixed(2));

// 2. The real site, as readers get it.
node(['scripts/build.mjs']);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '4340', DIST_DIR: join(OUT, 'dist-1x') }, stdio: 'ignore' });
const real = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '4341' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

/** Bytes a page costs on a first visit (compressed, as transferred), without the offline worker. */
async function pageBytes(browser: Browser, base: string, paths: string[]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const result: { path: string; bytes: number }[] = [];
  for (const path of paths) {
    const sizes: Promise<number>[] = [];
    const listener = (r: import('@playwright/test').Request) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize).catch(() => 0));
    page.on('requestfinished', listener);
    await page.goto(base + path, { waitUntil: 'networkidle' });
    page.off('requestfinished', listener);
    result.push({ path, bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0) });
  }
  await context.close();
  return result;
}

/** What the offline worker downloads in the background on a first visit (precache). */
async function offlineInstallBytes(browser: Browser, base: string, path: string) {
  const context = await browser.newContext();
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize).catch(() => 0)));
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  await context.close();
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const sampleDist = join(OUT, 'dist-1x');
const sample = LOCALE_CODES.flatMap((lang) => [
  `/${lang}/`,
  ...readdirSync(join(sampleDist, lang, 'guides')).filter((n) => !n.endsWith('.html')).slice(0, 8).map((n) => `/${lang}/guides/${n}/`),
  `/${lang}/topics/rights/`,
  `/${lang}/directory/`,
  `/${lang}/directory/category/legal-aid/`,
  ...readdirSync(join(sampleDist, lang, 'directory', 'service')).slice(0, 4).map((n) => `/${lang}/directory/service/${n}/`),
]);
const measured = await pageBytes(browser, 'http://127.0.0.1:4340', sample);
const realGuide = await pageBytes(browser, 'http://127.0.0.1:4341', ['/en/guides/voluntary-return/', '/ar/guides/voluntary-return/']);
const firstVisitWithOffline = await offlineInstallBytes(browser, 'http://127.0.0.1:4341', '/en/guides/voluntary-return/');
const perPage = { median: percentile(measured.map((m) => m.bytes), 50), p95: percentile(measured.map((m) => m.bytes), 95), max: Math.max(...measured.map((m) => m.bytes)), pages: measured.length };

// 3. Search: per language, the index (its chunks, filters and metadata: what a query may load
// besides fragments) and, apart, the fragments (one per page, the text results are shown from);
// and a first query's bytes and time, the Arabic one as Starlight's was measured.
const pf = join('dist', 'pagefind');
const pagefindFiles = files(pf).map((f) => f.slice(pf.length + 1));
const bytesOf = (names: string[]) => names.reduce((sum, f) => sum + statSync(join(pf, f)).size, 0);
const indexBytes = Object.fromEntries(
  LOCALE_CODES.map((lang) => {
    const chunks = pagefindFiles.filter((f) => f.startsWith(`index/${lang}_`));
    const rest = pagefindFiles.filter((f) => f.startsWith(`filter/${lang}_`) || new RegExp(`^pagefind\\.${lang}_[^/]*\\.pf_meta$`).test(f));
    const fragments = pagefindFiles.filter((f) => f.startsWith(`fragment/${lang}_`));
    return [lang, { index: bytesOf([...chunks, ...rest]), chunks: chunks.length, fragments: bytesOf(fragments), pages: fragments.length }];
  }),
);
async function firstQuery(lang: string, query: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:4341/${lang}/search/`, { waitUntil: 'networkidle' });
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (r) => {
    if (r.url().includes('/pagefind/')) sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize).catch(() => 0));
  });
  const ms = await page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#search-query')!;
    const list = document.querySelector('[data-search-results]')!;
    const start = performance.now();
    const done = new Promise<number>((resolve) => new MutationObserver(() => list.children.length && resolve(performance.now() - start)).observe(list, { childList: true }));
    input.value = q;
    input.dispatchEvent(new Event('input'));
    return done;
  }, query);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0), ms: Math.round(ms - 180) }; // minus the input debounce
}
const search = { en: await firstQuery('en', 'voluntary return'), ar: await firstQuery('ar', 'حماية'), ckb: await firstQuery('ckb', 'پاراستن') };
await browser.close();

// 4. Lighthouse, mobile preset, on the real site.
const lighthouse: Record<string, { performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number }> = {};
type Lhr = { categories: Record<string, { score: number | null } | undefined>; audits: Record<string, { numericValue?: number } | undefined> };
const PAGE_KINDS = [['home', ''], ['guide', 'guides/voluntary-return/'], ['topic', 'topics/rights/'], ['directory', 'directory/'], ['service', 'directory/service/unhcr-morocco-registration-helpline/'], ['emergency', 'emergency/'], ['search', 'search/']] as const;
if (!process.env.BENCH_SKIP_LIGHTHOUSE) {
  // Lighthouse lives in bench/'s own package (bench/install.mjs installs it on first use).
  // Resolved from bench/, so bench/node_modules is found first; untyped, as the project's own
  // install (and so its type check) does not include them.
  const [lighthouseModule, launcherModule] = ['lighthouse', 'chrome-launcher'];
  const { default: run } = (await import(lighthouseModule)) as { default: (url: string, flags: object) => Promise<{ lhr: Lhr } | undefined> };
  const launcher = (await import(launcherModule)) as { launch: (options: object) => Promise<{ port: number; kill: () => void }> };
  const chrome = await launcher.launch({ chromePath: chromiumExecutable(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_ARGS] });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  try {
    // One discarded run first: the first page a fresh browser loads also pays for warming its own
    // caches (fonts, the compositor), which no reader's phone pays on every page.
    await run('http://127.0.0.1:4341/en/', { port: chrome.port, output: 'json', logLevel: 'error' });
    for (const lang of ['ar', 'ckb', 'en']) {
      for (const [name, path] of PAGE_KINDS) {
        const runs: Lhr[] = [];
        for (let i = 0; i < RUNS; i += 1) {
          const result = await run(`http://127.0.0.1:4341/${lang}/${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
          runs.push(result!.lhr);
        }
        const score = (id: string) => median(runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
        lighthouse[`${lang} ${name}`] = {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: median(runs.map((lhr) => Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0))),
        };
      }
    }
  } finally {
    chrome.kill();
  }
}
server.kill();
real.kill();

const report = { date: new Date().toISOString(), content: { guidesPerLanguage: GUIDES, services: SERVICES, languages: LOCALE_CODES.length, scales: SCALES }, builds, growthPerPage: growth, perPage, realGuide, firstVisitWithOffline, indexBytes, search, lighthouse, budgets: BUDGET, starlight: STARLIGHT };
writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const row = (label: string, value: string, verdict = '') => console.log(`${label.padEnd(44)} ${value.padEnd(28)} ${verdict}`);
console.log('\nDalil benchmark');
for (const [name, b] of Object.entries(builds)) {
  row(`build ${name}: pages, output`, `${b.pages} pages, ${kb(b.bytes)}`);
  row(`build ${name}: stages`, Object.entries(b.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}s`).join(', '));
  row(`build ${name}: time per page`, `${b.msPerPage} ms`, b.msPerPage <= BUDGET.buildMsPerPage ? `ok (≤ ${BUDGET.buildMsPerPage} ms; Starlight ~${STARLIGHT.buildMsPerPage})` : `over ${BUDGET.buildMsPerPage} ms`);
}
row(`time per page, ${SCALES[0]}× → ${SCALES.at(-1)}×`, `× ${growth}`, growth <= 1.25 ? 'ok (linear)' : 'grows faster than linear');
row('page bytes in Chromium (median / p95 / max)', `${kb(perPage.median)} / ${kb(perPage.p95)} / ${kb(perPage.max)}`, perPage.p95 <= BUDGET.pageBytes ? `ok (≤ ${kb(BUDGET.pageBytes)})` : 'OVER BUDGET');
for (const g of realGuide) row(`real guide page ${g.path}`, kb(g.bytes));
row('first visit incl. offline install (background)', kb(firstVisitWithOffline));
for (const [lang, i] of Object.entries(indexBytes)) row(`search ${lang}: index (chunks), fragments`, `${kb(i.index)} (${i.chunks}), ${kb(i.fragments)} for ${i.pages} pages`, lang === 'ar' ? `(Starlight: ${kb(STARLIGHT.arabicIndex)} in 1 chunk for 8 pages)` : '');
for (const [lang, s] of Object.entries(search)) {
  row(`first search query, ${lang}`, `${s.bytes} B, ${s.ms} ms`, lang === 'ar' ? (s.bytes <= BUDGET.firstSearchBytes ? `ok (Starlight: ${STARLIGHT.firstArabicSearch} B)` : `over Starlight's ${STARLIGHT.firstArabicSearch} B`) : '');
}
for (const [page, s] of Object.entries(lighthouse)) {
  const ok = s.performance >= BUDGET.lighthouse && s.accessibility >= BUDGET.lighthouse && s.bestPractices >= BUDGET.lighthouse && s.seo >= BUDGET.lighthouse && s.lcpMs < BUDGET.lcpMs;
  row(`lighthouse ${page} (perf/a11y/bp/seo, LCP)`, `${s.performance}/${s.accessibility}/${s.bestPractices}/${s.seo}, ${s.lcpMs} ms`, ok ? 'ok' : 'below target');
}
console.log(`\nReport: ${join(OUT, 'report.json')}`);
