import type { Page } from '@playwright/test';

/**
 * A stand-in for the phone's speech synthesiser (`speechSynthesis`), installed before any page
 * script runs: it offers the voices a test chooses, records every utterance (text, language,
 * voice) and every call, and plays utterances by firing start, boundary and end asynchronously,
 * as browsers do. With `auto`, each utterance ends by itself after a few milliseconds (unless
 * paused); otherwise the test ends it with `finish()`. With `late`, the phone has no voices until
 * the test calls `loadVoices()`, which then fires `voiceschanged`, as phones do while they load.
 */
export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
}

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  /** Where the page showed it was reading when the utterance was spoken. */
  marked: { tag: string; inListen: boolean; inSkipped: boolean } | null;
}

export const VOICES = {
  localArabic: { name: 'Local Arabic', lang: 'ar-MA', localService: true },
  networkArabic: { name: 'Network Arabic', lang: 'ar', localService: false },
  localEnglish: { name: 'Local English', lang: 'en-GB', localService: true },
  networkEnglish: { name: 'Network English', lang: 'en', localService: false },
  localFrench: { name: 'Local French', lang: 'fr_FR', localService: true },
} satisfies Record<string, FakeVoice>;

export async function fakeSpeech(page: Page, options: { voices: FakeVoice[]; auto?: boolean; late?: boolean }): Promise<void> {
  await page.addInitScript(({ voices, auto, late }) => {
    type U = { text: string; lang: string; voice: { name: string } | null; [handler: `on${string}`]: ((e: unknown) => void) | null };
    const log = { spoken: [] as unknown[], calls: [] as string[], finish: (_?: U) => {}, loadVoices: () => {} };
    (window as unknown as { __speech: typeof log }).__speech = log;
    let loaded = !late;
    let current: U | null = null;
    let queue: U[] = [];
    let paused = false;
    const fire = (u: U, type: string, extra: object = {}) => u[`on${type}`]?.({ type, utterance: u, charIndex: 0, elapsedTime: 0, ...extra });

    class Utterance {
      text: string;
      lang = '';
      voice = null;
      onstart = null;
      onend = null;
      onerror = null;
      onboundary = null;
      onpause = null;
      onresume = null;
      constructor(text = '') {
        this.text = text;
      }
    }
    const next = () => {
      if (current || !queue.length) return;
      const u = (current = queue.shift()!);
      setTimeout(() => {
        if (current !== u) return;
        fire(u, 'start');
        fire(u, 'boundary', { name: 'word' });
        const tick = () => {
          if (current !== u) return;
          if (paused) setTimeout(tick, 5);
          else log.finish(u);
        };
        if (auto) setTimeout(tick, 5);
      }, 0);
    };
    log.finish = (u = current ?? undefined) => {
      if (!u || current !== u) return;
      current = null;
      fire(u, 'end');
      next();
    };
    const synth = Object.assign(new EventTarget(), {
      get speaking() {
        return current !== null;
      },
      get pending() {
        return queue.length > 0;
      },
      get paused() {
        return paused;
      },
      onvoiceschanged: null,
      getVoices: () => (loaded ? voices : []),
      speak(u: U) {
        const el = document.querySelector('[data-listen-current]');
        log.spoken.push({
          text: u.text,
          lang: u.lang,
          voice: u.voice?.name ?? null,
          marked: el && { tag: el.tagName.toLowerCase(), inListen: !!el.closest('[data-listen]'), inSkipped: !!el.closest('[data-listen-skip], footer, nav, header, .top-bar, #sources') },
        });
        queue.push(u);
        next();
      },
      pause() {
        log.calls.push('pause');
        paused = true;
      },
      resume() {
        log.calls.push('resume');
        paused = false;
      },
      cancel() {
        log.calls.push('cancel');
        const u = current;
        current = null;
        queue = [];
        // Browsers report the utterance they cut off: the page must not take it as finished.
        if (u) setTimeout(() => fire(u, 'end'), 0);
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
    log.loadVoices = () => {
      loaded = true;
      synth.dispatchEvent(new Event('voiceschanged'));
    };
  }, options);
}

export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken);
export const calls = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { calls: string[] } }).__speech.calls);
export const loadVoices = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { loadVoices: () => void } }).__speech.loadVoices());
export const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish());
