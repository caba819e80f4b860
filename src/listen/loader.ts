/**
 * Inlined in pages that can be listened to (src/listen/bundle.ts builds it): shows the "Listen"
 * button only where the phone has a voice of the text's language that runs on the phone (voices
 * may arrive late: `voiceschanged`), and loads the reader itself on the first press, so a reader
 * who never listens downloads nothing more. Every byte here is paid on every page view.
 */
import { hasVoice } from './voices.ts';

declare const LISTEN_MODULE: string;

const box = document.querySelector<HTMLElement>('[data-listen-control]');
const synth = window.speechSynthesis;
if (box && synth) {
  const show = () => {
    box.hidden = !hasVoice(synth.getVoices(), box.dataset.lang!);
  };
  show();
  synth.addEventListener('voiceschanged', show);
  box.querySelector('button')!.addEventListener('click', () => {
    if (!box.dataset.ready) void import(LISTEN_MODULE).then((m: typeof import('./listen.ts')) => m.listen(box));
  });
}
