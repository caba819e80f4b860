import type { Locale } from './locales.ts';

/** A calendar date in the reader's language. Dates in content are days, so format them in UTC. */
export function formatDate(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A date as YYYY-MM-DD, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
