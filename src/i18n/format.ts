import type { Locale } from './locales.ts';

/** A calendar date in the reader's language. Dates in content are days, so format them in UTC. */
export function formatDate(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A date as YYYY-MM-DD, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "Morocco and Iraq" / "المغرب والعراق", as the reader's language joins a list. */
export function formatList(items: string[], lang: Locale): string {
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
