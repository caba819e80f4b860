/**
 * Text written in another script than the page's, such as a French citation title or a Moroccan
 * street address on an Arabic page, must carry its own `lang` and `dir`, or a screen reader reads
 * it with the page's voice. Data does not say which Latin-script language a title or address is
 * in, so this guesses between French and English from letters and common words; Spanish, the
 * third Latin-script language of the sources, is told by its own marks.
 */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_LETTER = /[A-Za-zÀ-ÿ]/;

export function latinLang(text: string): 'fr' | 'es' | 'en' {
  if (/[ñ¿¡]|\b(el|los|las|del|para|con|una)\b/i.test(text)) return 'es';
  if (/[àâçèêëîïôûùüÿœ]|\b(le|la|les|des|du|et|pour|aux|une|rue|quartier)\b/i.test(text)) return 'fr';
  return 'en';
}

/**
 * The `lang` and `dir` attributes a piece of data-text needs on a page in `pageDir`, or nothing
 * when it is in the page's own script.
 */
export function scriptAttributes(text: string, pageDir: 'ltr' | 'rtl'): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (pageDir === 'rtl' && !ARABIC_SCRIPT.test(text) && LATIN_LETTER.test(text)) return { lang: latinLang(text), dir: 'ltr' };
  if (pageDir === 'ltr' && ARABIC_SCRIPT.test(text) && !LATIN_LETTER.test(text)) return { dir: 'rtl' };
  return {};
}
