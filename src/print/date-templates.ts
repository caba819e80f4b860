/**
 * The printed date is written by the page's script on the day of printing, but browsers carry date
 * names for fewer languages than Node does (Chromium has none for Kurdish, and would print
 * "November 29, 2026" on a Sorani card). So the build writes the language's long date once per
 * month, as Node formats it everywhere else on the site (src/i18n/format.ts), with the day and year
 * left open; the script only fills in digits, in the language's own digits.
 */
export interface DateTemplates {
  /** January to December: the long date with `{d}` for the day and `{y}` for the year. */
  months: string[];
  /** The numbering system of the digits (`latn`, `arab`, …). */
  digits: string;
}

export function dateTemplates(lang: string): DateTemplates {
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, month) =>
    format
      .formatToParts(new Date(Date.UTC(2000, month, 15, 12)))
      .map((part) => (part.type === 'day' ? '{d}' : part.type === 'year' ? '{y}' : part.value))
      .join(''),
  );
  return { months, digits: format.resolvedOptions().numberingSystem };
}

/** A day written with the build's templates; undefined if they are missing or broken. */
export function fillDate(templates: DateTemplates, day: Date): string | undefined {
  const template = templates.months[day.getMonth()];
  if (!template?.includes('{d}') || !/^[a-z]{3,8}$/.test(templates.digits)) return undefined;
  const digits = new Intl.NumberFormat(`en-u-nu-${templates.digits}`, { useGrouping: false });
  return template.replace('{d}', digits.format(day.getDate())).replace('{y}', digits.format(day.getFullYear()));
}
