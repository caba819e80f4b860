/**
 * "Listen to this page", loaded on the reader's first press (see loader.ts): reads the page's main
 * text aloud with the phone's own voices, one sentence at a time, showing the sentence being read.
 * Nothing is sent anywhere: only voices that run on the phone are used (voices.ts).
 */
import { passages } from './collect.ts';
import { splitSentences } from './sentences.ts';
import { chooseVoice } from './voices.ts';

interface Sentence {
  el: HTMLElement;
  lang: string;
  text: string;
  voice: SpeechSynthesisVoice;
}

type State = 'idle' | 'playing' | 'paused';

const CURRENT = 'data-listen-current';

/** What to read, with the voice for each sentence; text in a language the phone cannot speak is left out. */
export function readingList(doc: Document, voices: readonly SpeechSynthesisVoice[]): Sentence[] {
  const byLang = new Map<string, SpeechSynthesisVoice | undefined>();
  return passages(doc).flatMap(({ el, lang, text }) => {
    if (!byLang.has(lang)) byLang.set(lang, chooseVoice(voices, lang));
    const voice = byLang.get(lang);
    return voice ? splitSentences(text).map((s) => ({ el, lang, text: s, voice })) : [];
  });
}

export function listen(box: HTMLElement): void {
  if (box.dataset.ready) return;
  box.dataset.ready = '1';
  const synth = window.speechSynthesis;
  const button = (name: string) => box.querySelector<HTMLButtonElement>(`[data-listen-${name}]`)!;
  const [start, pause, resume, stop] = ['start', 'pause', 'resume', 'stop'].map(button) as [HTMLButtonElement, HTMLButtonElement, HTMLButtonElement, HTMLButtonElement];
  const now = box.querySelector<HTMLElement>('[data-listen-now]');
  const shown = box.querySelector<HTMLElement>('[data-listen-sentence]');

  let list: Sentence[] = [];
  let index = 0;
  let state: State = 'idle';
  // Each reading has its own number, so events of an utterance that was cancelled change nothing.
  let reading = 0;
  // Some phones end the utterance on pause() instead of pausing it: then resume reads it again.
  let endedWhilePaused = false;
  // Held so the browser does not collect an utterance (and drop its events) while it is spoken.
  let utterance: SpeechSynthesisUtterance | undefined;

  const show = (next: State, focus?: HTMLButtonElement) => {
    const hadFocus = box.contains(document.activeElement);
    state = next;
    start.hidden = next !== 'idle';
    pause.hidden = next !== 'playing';
    resume.hidden = next !== 'paused';
    stop.hidden = next === 'idle';
    if (now) now.hidden = next === 'idle';
    // While it reads, the control stays at the bottom of the screen (global.css), so pause and stop
    // are at hand wherever the reader scrolls.
    box.toggleAttribute('data-active', next !== 'idle');
    // The pressed button may have just been hidden: keep keyboard focus in the control.
    if (hadFocus && focus) focus.focus();
  };

  const mark = (sentence?: Sentence) => {
    document.querySelector(`[${CURRENT}]`)?.removeAttribute(CURRENT);
    if (!sentence) return;
    sentence.el.setAttribute(CURRENT, '');
    if (shown) {
      shown.textContent = sentence.text;
      shown.lang = sentence.lang;
    }
    const { top, bottom } = sentence.el.getBoundingClientRect();
    if (top < 0 || bottom > innerHeight) sentence.el.scrollIntoView({ block: 'center' });
  };

  const finish = () => {
    reading += 1;
    mark();
    show('idle', start);
  };
  const halt = () => {
    const wasPaused = state === 'paused';
    finish();
    synth.cancel();
    // A paused synthesiser stays paused after cancel() on some browsers, and would not read again.
    if (wasPaused) synth.resume();
  };

  const speak = (i: number) => {
    const sentence = list[i];
    if (!sentence) return finish();
    index = i;
    endedWhilePaused = false;
    const mine = reading;
    const u = new SpeechSynthesisUtterance(sentence.text);
    u.lang = sentence.lang;
    u.voice = sentence.voice;
    u.onstart = () => {
      if (mine === reading) mark(sentence);
    };
    u.onend = () => {
      if (mine !== reading || utterance !== u) return;
      if (state === 'paused') endedWhilePaused = true;
      else speak(i + 1);
    };
    u.onerror = (event) => {
      if (mine !== reading || utterance !== u) return;
      // One sentence the voice could not say is skipped; anything else (no voice, no sound, another
      // app speaking) ends the reading rather than racing through every sentence.
      if (event.error === 'synthesis-failed' || event.error === 'text-too-long') speak(i + 1);
      else finish();
    };
    utterance = u;
    mark(sentence);
    synth.speak(u);
  };

  start.addEventListener('click', () => {
    list = readingList(document, synth.getVoices());
    if (!list.length) return;
    reading += 1;
    // Some browsers drop an utterance spoken just after cancel(): cancel only what another page left.
    if (synth.speaking || synth.pending) synth.cancel();
    show('playing', pause);
    speak(0);
  });
  pause.addEventListener('click', () => {
    show('paused', resume);
    synth.pause();
  });
  resume.addEventListener('click', () => {
    show('playing', pause);
    synth.resume();
    if (endedWhilePaused) speak(index);
  });
  stop.addEventListener('click', halt);

  // Leaving the page, or the quick exit, silences the phone at once.
  addEventListener('pagehide', () => state !== 'idle' && halt());
  new MutationObserver(() => {
    if (state !== 'idle' && document.documentElement.classList.contains('quick-exiting')) halt();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });

  start.click();
}
