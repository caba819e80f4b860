/**
 * Splits text into the sentences it is read aloud in, one utterance each: the page can then show
 * which sentence is being read, and short utterances are not cut off (some phones stop a long
 * one after about fifteen seconds).
 */

/** Longest piece spoken at once; longer sentences are split at a comma or semicolon (Arabic ، and ؛ too). */
export const MAX_SENTENCE = 160;

// A sentence ends at . ! ? … or the Arabic ؟ and ۔, with any closing quote or bracket, before a
// space: "3.5" and "iom.int" stay whole.
const SENTENCE_END = /(?<=[.!?…؟۔]["'”’»)\]]*)\s+/u;
const CLAUSE_END = /(?<=[,;:،؛])\s+/u;
const SPEAKABLE = /[\p{L}\p{N}]/u;
// "1." or "٢." before a step is no sentence of its own: it is read with the step.
const NO_WORDS = /^[\p{N}\p{P}\p{S}\s]*$/u;

/** Joins pieces back up to `max` characters, so a long sentence becomes a few parts, not many. */
function pack(pieces: string[], max: number): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + piece.length <= max) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out;
}

function shorten(sentence: string, max: number): string[] {
  if (sentence.length <= max) return [sentence];
  return pack(sentence.split(CLAUSE_END), max).flatMap((part) => (part.length <= max ? [part] : pack(part.split(' '), max)));
}

export function splitSentences(text: string, max = MAX_SENTENCE): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const sentences: string[] = [];
  let carried = '';
  for (const piece of clean.split(SENTENCE_END)) {
    if (NO_WORDS.test(piece)) carried += `${piece} `;
    else {
      sentences.push(`${carried}${piece}`);
      carried = '';
    }
  }
  if (carried.trim()) sentences.push(carried.trim());
  return sentences.flatMap((s) => shorten(s, max)).filter((s) => SPEAKABLE.test(s));
}
