import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../../src/listen/sentences.ts';

describe('splitting text into the sentences read aloud', () => {
  it('splits Latin text at full stops, question and exclamation marks, keeping numbers and addresses whole', () => {
    expect(splitSentences('Call IOM. Is it free? Yes! It costs 3.5 dirhams at iom.int today.')).toEqual(['Call IOM.', 'Is it free?', 'Yes!', 'It costs 3.5 dirhams at iom.int today.']);
    expect(splitSentences('« Voluntary » means you decide. “Free.” Then go.')).toEqual(['« Voluntary » means you decide.', '“Free.”', 'Then go.']);
    expect(splitSentences('¿Es gratis? Sí. Llama ahora…  Luego espera.')).toEqual(['¿Es gratis?', 'Sí.', 'Llama ahora…', 'Luego espera.']);
  });

  it('splits Arabic text at the Arabic question mark ؟ and at full stops', () => {
    expect(splitSentences('هل القرار حقاً بيدي؟ نعم. القرار لك.')).toEqual(['هل القرار حقاً بيدي؟', 'نعم.', 'القرار لك.']);
    expect(splitSentences('ئایا دەتوانم بگەڕێمەوە؟ بەڵێ.')).toEqual(['ئایا دەتوانم بگەڕێمەوە؟', 'بەڵێ.']);
  });

  it('keeps a short Arabic sentence with commas ، whole, and splits a long one at its commas', () => {
    expect(splitSentences('في المغرب، يمكن الاتصال بالمنظمة.')).toEqual(['في المغرب، يمكن الاتصال بالمنظمة.']);
    const clause = 'يمكن للمنظمة أن تساعدك على التحضير للرحلة والقيام بها بأمان';
    const long = `${clause}، ${clause}، ${clause}، ${clause}.`;
    const parts = splitSentences(long);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= MAX_SENTENCE)).toBe(true);
    expect(parts[0]!.endsWith('،')).toBe(true);
    expect(parts.join(' ')).toBe(long);
  });

  it('splits a long sentence without commas between words, never inside one', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const parts = splitSentences(long, 100);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(parts.join(' ')).toBe(long);
  });

  it('reads a step number with its step, and leaves out what has no words', () => {
    expect(splitSentences('1. Call IOM. 2. Talk with a case worker.')).toEqual(['1. Call IOM.', '2. Talk with a case worker.']);
    expect(splitSentences('  ★ — •  ')).toEqual([]);
    expect(splitSentences('Call\n  19 \t now.')).toEqual(['Call 19 now.']);
  });
});
