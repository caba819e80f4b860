import { z } from 'astro/zod';
import { plainText } from '../schema/fields.ts';

/**
 * Plain words for readers with little schooling. A guide is read against three lists and every
 * hit is a warning for the editor (never an error: a writer may keep a word for a reason, said in
 * the guide's `plain_language_exceptions`):
 * - sentences longer than MAX_WORDS;
 * - words from the language's jargon list (`content/jargon/<lang>.json`);
 * - variants the glossary says to avoid (`avoid` in `content/glossary/<lang>.json`).
 */
export const MAX_WORDS = 25;

export const jargonFileSchema = z
  .object({
    $comment: z.string().optional(),
    words: z.array(
      z
        .object({
          word: plainText.pipe(z.string().min(2)),
          /** What to write instead, for the editor. */
          instead: plainText.pipe(z.string().min(2)),
        })
        .strict(),
    ),
  })
  .strict();

/** A word or sentence a guide keeps on purpose, and why (frontmatter `plain_language_exceptions`). */
export const plainLanguageException = z
  .object({
    text: plainText.pipe(z.string().min(2)).describe('the word, or the first words of the sentence'),
    reason: plainText.pipe(z.string().min(10, { error: 'say why the exception is needed' })),
  })
  .strict();

export interface PlainLanguageHit {
  line: number;
  field: string;
  message: string;
  /** What an exception must name to silence it. */
  subject: string;
}

export interface Wordlists {
  jargon: { word: string; instead: string }[];
  avoid: { variant: string; term: string }[];
}

/** Splits a block into sentences, keeping the line each starts on. */
function sentences(text: string, line: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let current = '';
  let start = line;
  let at = line;
  for (const char of text) {
    if (current.trim() === '') start = at;
    current += char;
    if (char === '\n') at += 1;
    if (/[.!?؟;:。]/.test(char) || char === '\n') {
      if (current.trim()) out.push({ text: current.trim(), line: start });
      current = '';
    }
  }
  if (current.trim()) out.push({ text: current.trim(), line: start });
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches a word or phrase on its own, in any script (a plain `\b` only knows Latin letters). */
const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(word)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');

export function plainLanguageHits(blocks: { text: string; line: number; unlinked?: string }[], lists: Wordlists): PlainLanguageHit[] {
  const hits: PlainLanguageHit[] = [];
  const jargon = lists.jargon.map((j) => ({ ...j, pattern: wordPattern(j.word) }));
  const avoid = lists.avoid.map((a) => ({ ...a, pattern: wordPattern(a.variant) }));
  for (const block of blocks) {
    for (const sentence of sentences(block.text, block.line)) {
      const words = sentence.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length > MAX_WORDS) {
        hits.push({ line: sentence.line, field: 'plain language', subject: sentence.text, message: `a sentence of ${words.length} words ("${words.slice(0, 6).join(' ')}…"): split it, ${MAX_WORDS} words at most` });
      }
    }
    for (const j of jargon) {
      if (j.pattern.test(block.unlinked ?? block.text)) hits.push({ line: block.line, field: 'plain language', subject: j.word, message: `"${j.word}" is jargon for many readers: ${j.instead}` });
    }
    for (const a of avoid) {
      if (a.pattern.test(block.unlinked ?? block.text)) hits.push({ line: block.line, field: 'term', subject: a.variant, message: `"${a.variant}": the glossary's term for this is "${a.term}"; use one term for one concept` });
    }
  }
  return hits;
}
