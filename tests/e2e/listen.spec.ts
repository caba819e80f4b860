import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { uiString } from '../support/site.ts';
import { calls, fakeSpeech, finishUtterance, loadVoices, spoken, VOICES } from '../support/speech.ts';

/**
 * Issue #15, "Listen to a page": the phone's own voices read the page's main text, with a fake
 * synthesiser standing in for the phone's (tests/support/speech.ts).
 */
const control = (page: Page) => page.locator('[data-listen-control]');
const button = (page: Page, lang: string, key: string) => control(page).getByRole('button', { name: uiString(lang, key), exact: true });
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of `selector` as a reader sees it (without words only for screen readers). */
const visibleText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.sr-only, [aria-hidden="true"], [data-listen-skip]').forEach((e) => e.remove());
    return clone.textContent ?? '';
  });

async function listenToEnd(page: Page, lang: string) {
  await button(page, lang, 'listen.start').click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  // Reading ends by itself: the controls return to "Listen".
  await expect(button(page, lang, 'listen.start')).toBeVisible({ timeout: 20_000 });
  return spoken(page);
}

/** Every text appears in `whole`, each after the one before. */
function inOrder(texts: string[], whole: string): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const text of texts) {
    const at = whole.indexOf(text, from);
    if (at === -1) missing.push(text);
    else from = at + text.length;
  }
  return missing;
}

test.describe('listening to a page with the phone\'s own voices', () => {
  test('en guide: the title, then the summary, then the sections in order, in English, by the local English voice', async ({ page }) => {
    await fakeSpeech(page, { voices: [VOICES.networkEnglish, VOICES.localArabic, VOICES.localEnglish, VOICES.localFrench], auto: true });
    await page.goto('/en/guides/voluntary-return/');
    const said = await listenToEnd(page, 'en');

    expect(said[0]!.text).toBe(norm(await page.locator('h1').innerText()));
    expect(said[1]!.text).toBe(norm(await page.locator('.summary').innerText()));
    expect(said.length).toBeGreaterThan(20);
    expect(inOrder(said.slice(2).map((s) => s.text), norm(await visibleText(page, '.prose[data-listen]')))).toEqual([]);
    for (const s of said) {
      expect(s).toMatchObject({ lang: 'en', voice: 'Local English' });
      expect(s.marked).toMatchObject({ inListen: true, inSkipped: false });
    }
    // Nothing from the sources, sharing, related guides or the footer.
    const texts = said.map((s) => s.text);
    for (const key of ['guide.sources', 'guide.share', 'guide.related', 'footer.emergencyTitle', 'listen.start', 'helpFirst.title']) expect(texts).not.toContain(uiString('en', key));
    const firstSource = norm(await page.locator('#sources ~ ul li').first().innerText());
    expect(texts.some((t) => firstSource.includes(t) && t.length > 20)).toBe(false);
    await expect(page.locator('[data-listen-current]')).toHaveCount(0);
  });

  test('ar guide (RTL): read in Arabic by the local Arabic voice, never by a voice over the network', async ({ page }) => {
    await fakeSpeech(page, { voices: [VOICES.networkArabic, VOICES.localEnglish, VOICES.localArabic], auto: true });
    await page.goto('/ar/guides/voluntary-return/');
    await expect(button(page, 'ar', 'listen.start')).toBeVisible();
    const said = await listenToEnd(page, 'ar');
    expect(said[0]!.text).toBe(norm(await page.locator('h1').innerText()));
    expect(said[1]!.text).toBe(norm(await page.locator('.summary').innerText()));
    expect(said.filter((s) => s.lang === 'ar').length).toBeGreaterThan(20);
    for (const s of said) expect(s.voice).toBe(s.lang === 'ar' ? 'Local Arabic' : 'Local English');
    expect(said.some((s) => s.voice === 'Network Arabic')).toBe(false);
    // Arabic sentences end with ؟ as well as a full stop: questions are read as sentences of their own.
    const questions = said.filter((s) => s.text.endsWith('؟'));
    expect(questions.length).toBeGreaterThan(0);
  });

  test('shows the sentence being read; pause, resume and stop call the synthesiser and change the controls (keyboard only)', async ({ page }) => {
    await fakeSpeech(page, { voices: [VOICES.localEnglish], auto: false });
    await page.goto('/en/guides/voluntary-return/');
    const start = button(page, 'en', 'listen.start');
    const pause = button(page, 'en', 'listen.pause');
    const resume = button(page, 'en', 'listen.resume');
    const stop = button(page, 'en', 'listen.stop');
    const sentence = page.locator('[data-listen-sentence]');
    const title = norm(await page.locator('h1').innerText());
    const summary = norm(await page.locator('.summary').innerText());

    await start.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveAttribute('data-listen-current', '');
    await expect(sentence).toBeVisible();
    await expect(sentence).toHaveText(title);
    await expect(pause).toBeFocused();
    await expect(start).toBeHidden();
    for (const b of [pause, stop]) {
      const box = (await b.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    const axe = await new AxeBuilder({ page }).include('[data-listen-control]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await finishUtterance(page);
    await expect(page.locator('.summary')).toHaveAttribute('data-listen-current', '');
    await expect(page.locator('h1')).not.toHaveAttribute('data-listen-current', '');
    await expect(sentence).toHaveText(summary);

    await page.keyboard.press('Enter'); // pause
    expect(await calls(page)).toEqual(['pause']);
    await expect(resume).toBeFocused();
    await expect(pause).toBeHidden();
    await page.keyboard.press('Enter'); // resume
    expect((await calls(page)).at(-1)).toBe('resume');
    await expect(pause).toBeFocused();
    expect((await spoken(page)).length).toBe(2);

    // Some phones end the utterance on pause(): resuming reads that sentence again, nothing is skipped.
    await page.keyboard.press('Enter'); // pause
    await finishUtterance(page);
    await page.waitForTimeout(100);
    expect((await spoken(page)).length).toBe(2);
    await page.keyboard.press('Enter'); // resume
    await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual([title, summary, summary]);

    // Wherever the reader scrolls, pause and stop stay on the screen.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(pause).toBeInViewport();
    await expect(stop).toBeInViewport();
    await expect(sentence).toBeInViewport();

    await stop.focus();
    await page.keyboard.press('Enter');
    expect((await calls(page)).at(-1)).toBe('cancel');
    await expect(start).toBeVisible();
    await expect(start).toBeFocused();
    await expect(stop).toBeHidden();
    await expect(sentence).toBeHidden();
    await expect(page.locator('[data-listen-current]')).toHaveCount(0);
    // The end of the cancelled utterance does not start the next sentence.
    await page.waitForTimeout(100);
    expect((await spoken(page)).length).toBe(3);
  });

  test('no voice of the page\'s language on the phone: no control, nothing spoken', async ({ page }) => {
    for (const voices of [[VOICES.networkEnglish], [VOICES.localArabic, VOICES.localFrench], []]) {
      await fakeSpeech(page, { voices });
      await page.goto('/en/guides/voluntary-return/');
      await page.evaluate(() => window.speechSynthesis.dispatchEvent(new Event('voiceschanged')));
      await expect(control(page)).toBeHidden();
      expect(await spoken(page)).toEqual([]);
    }
  });

  test('voices that arrive late show the control', async ({ page }) => {
    await fakeSpeech(page, { voices: [VOICES.localEnglish], late: true });
    await page.goto('/en/emergency/');
    await page.waitForLoadState('load');
    await expect(control(page)).toBeHidden();
    await loadVoices(page);
    await expect(button(page, 'en', 'listen.start')).toBeVisible();
  });

  test('without speech synthesis (or without JavaScript) the page shows no control', async ({ browser, page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
    await page.goto('/en/guides/voluntary-return/');
    await expect(page.locator('[data-listen-control]')).toBeHidden();
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto('/en/guides/voluntary-return/');
    await expect(plain.locator('[data-listen-control]')).toBeHidden();
    await noJs.close();
  });

  const VOICE_OF = { ar: 'Local Arabic', en: 'Local English' } as Record<string, string>;

  for (const lang of ['en', 'ar']) {
    test(`${lang} service page: the service, not the way back, the share box or the sources`, async ({ page }) => {
      await fakeSpeech(page, { voices: [VOICES.localEnglish, VOICES.localArabic], auto: true });
      await page.goto(`/${lang}/directory/service/iom-morocco-avrr/`);
      const said = await listenToEnd(page, lang);
      expect(said[0]!.text).toBe(norm(await page.locator('h1').innerText()));
      const texts = said.map((s) => s.text);
      for (const key of ['directory.title', 'service.share', 'service.shareCopy', 'service.osm', 'service.reportChange']) expect(texts).not.toContain(uiString(lang, key));
      expect(texts.some((t) => t.startsWith(uiString(lang, 'service.lastVerified').split('{{')[0]!.trim()))).toBe(false);
      expect(said.filter((s) => s.lang === lang).length).toBeGreaterThan(5);
      for (const s of said) {
        expect(s.voice).toBe(VOICE_OF[s.lang]);
        expect(s.marked).toMatchObject({ inListen: true, inSkipped: false });
      }
    });

    test(`${lang} emergency page: the numbers, without the dates and sources`, async ({ page }) => {
      await fakeSpeech(page, { voices: [lang === 'ar' ? VOICES.localArabic : VOICES.localEnglish], auto: true });
      await page.goto(`/${lang}/emergency/`);
      const said = await listenToEnd(page, lang);
      expect(said[0]).toMatchObject({ text: uiString(lang, 'emergency.title'), lang, voice: VOICE_OF[lang] });
      expect(said[1]!.text).toBe(norm(uiString(lang, 'emergency.intro')));
      const texts = said.map((s) => s.text).join(' ');
      expect(texts).toContain(norm(await page.locator('.emergency-number .ltr-run').first().innerText()));
      expect(texts).not.toContain(uiString(lang, 'emergency.source'));
      expect(texts).not.toContain(uiString(lang, 'emergency.checked').split('{{')[0]!.trim());
      for (const s of said) expect(s).toMatchObject({ lang, voice: VOICE_OF[lang], marked: { inListen: true, inSkipped: false } });
    });
  }

  test('the sentence shown is marked with its language and reads right to left in Arabic', async ({ page }) => {
    await fakeSpeech(page, { voices: [VOICES.localArabic], auto: false });
    await page.goto('/ar/emergency/');
    await button(page, 'ar', 'listen.start').click();
    const sentence = page.locator('[data-listen-sentence]');
    await expect(sentence).toHaveText(uiString('ar', 'emergency.title'));
    await expect(sentence).toHaveAttribute('lang', 'ar');
    expect(await sentence.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });

  test('the quick exit silences the phone at once', async ({ page }) => {
    await page.route('https://www.bbc.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await fakeSpeech(page, { voices: [VOICES.localEnglish], auto: false });
    await page.goto('/en/guides/voluntary-return/');
    await button(page, 'en', 'listen.start').click();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    const cancelled = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const speech = (window as unknown as { __speech: { calls: string[] } }).__speech;
          new MutationObserver(() => resolve(speech.calls.includes('cancel'))).observe(document.documentElement, { attributes: true });
          setTimeout(() => resolve(speech.calls.includes('cancel')), 2000);
        }),
    );
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(await cancelled).toBe(true);
  });

  test('its code costs nothing until pressed, and works offline once the worker has it', async ({ page, context }) => {
    const loaded: string[] = [];
    page.on('request', (r) => void (r.url().includes('/_listen/') && loaded.push(r.url())));
    await fakeSpeech(page, { voices: [VOICES.localEnglish], auto: true });
    await page.goto('/en/');
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
    await page.goto('/en/guides/voluntary-return/');
    await expect(button(page, 'en', 'listen.start')).toBeVisible();
    expect(loaded).toEqual([]);
    await context.setOffline(true);
    await page.reload();
    const said = await listenToEnd(page, 'en');
    expect(said.length).toBeGreaterThan(20);
    expect(loaded.length).toBe(1);
  });
});
