/**
 * Search normalisation for what people actually type. Pagefind folds some of this itself
 * (light Arabic stemming, diacritics and alef forms); the rest is done here, the same way on the
 * indexed text (at build time) and on the query (in the browser), so that both meet:
 *
 * - Arabic script (ar, ckb): tashkeel and tatweel removed; أ إ آ ٱ → ا; ى ی → ي; ک → ك;
 *   ة ە ۀ → ه. So Kurdish typed on an Arabic keyboard (ي, ك, ه) matches Sorani text (ی, ک, ە).
 * - Arabic attached words: a leading و ف ب ل ك and the article ال are also indexed stripped
 *   (والحماية → حماية), for words long enough that the rest is still a word.
 * - Latin script (fr, es): accents folded (é → e, ñ → n).
 *
 * Not matched: spelling mistakes, Arabic broken plurals (أطفال / طفل), dialect words, or
 * Latin transliterations of Arabic.
 */
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ک': 'ك',
  'ة': 'ه', 'ە': 'ه', 'ۀ': 'ه', 'ھ': 'ه',
};
const MAPPED = new RegExp(`[${Object.keys(MAP).join('')}]`, 'g');
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** One word (or a whole query) in its canonical searchable form. */
export function canonical(text: string): string {
  return text
    .normalize('NFC')
    .replace(TASHKEEL, '')
    .replace(MAPPED, (c) => MAP[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents; Arabic letters have no combining marks after NFC
    .normalize('NFC')
    .toLowerCase();
}

const PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];

/** A canonical Arabic-script word with attached conjunctions, prepositions and article removed. */
export function stripClitics(word: string): string {
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) return word.slice(prefix.length);
  }
  return word;
}

export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/** One word as the index and the query both hold it: canonical, and in Arabic script without clitics. */
export function searchForm(word: string): string {
  const base = canonical(word);
  return ARABIC_SCRIPT.test(base) ? stripClitics(base) : base;
}

/**
 * The extra forms to index for a passage: for each word whose searched form (what any query for
 * it becomes: see normalizeQuery) differs from the word as written, that form, once. Only the one
 * form, since queries are normalised the same way: a second copy of the text would only make the
 * index and its fragments bigger. Appended to the indexed copy of a page; readers never see it.
 */
export function searchVariants(text: string): string[] {
  const out = new Set<string>();
  for (const word of words(text)) {
    const form = searchForm(word);
    if (form !== word.toLowerCase()) out.add(form);
  }
  return [...out];
}

/** The query as the index holds it: each word canonical and, in Arabic script, without clitics. */
export function normalizeQuery(query: string): string {
  return words(query).map(searchForm).join(' ');
}
