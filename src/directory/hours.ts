/**
 * Opening hours in the service's own time zone. "Open now" must be computed where the reader is,
 * at the moment they look (a static page cannot know), so this module runs in the browser too.
 */
export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Day = (typeof DAYS)[number];

export interface OpeningPeriod {
  days: Day[];
  opens: string; // HH:MM
  closes: string; // HH:MM, after opens; 24:00 allowed
}

export interface Schedule {
  timezone: string;
  always_open?: boolean;
  hours?: OpeningPeriod[];
}

const WEEKDAY: Record<string, Day> = { Mon: 'mo', Tue: 'tu', Wed: 'we', Thu: 'th', Fri: 'fr', Sat: 'sa', Sun: 'su' };

export function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The weekday and minute of the day at `at`, in time zone `timezone`. */
export function localTime(at: Date, timezone: string): { day: Day; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: WEEKDAY[get('weekday')] ?? 'mo', minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** True or false when the schedule says; undefined when the service publishes no hours. */
export function isOpenAt(schedule: Schedule | undefined, at: Date): boolean | undefined {
  if (!schedule) return undefined;
  if (schedule.always_open) return true;
  if (!schedule.hours?.length) return undefined;
  const { day, minute } = localTime(at, schedule.timezone);
  return schedule.hours.some((p) => p.days.includes(day) && minute >= minutes(p.opens) && minute < minutes(p.closes));
}

/** "09:00" as the reader's locale writes times ("9:00 AM", "٩:٠٠ ص"). */
export function formatTime(hhmm: string, lang: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, h === 24 ? 23 : (h ?? 0), h === 24 ? 59 : (m ?? 0)));
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date);
}

/** Monday…Sunday in the reader's language. */
export function dayName(day: Day, lang: string): string {
  const date = new Date(Date.UTC(2024, 0, 1 + DAYS.indexOf(day))); // 2024-01-01 was a Monday
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
}
