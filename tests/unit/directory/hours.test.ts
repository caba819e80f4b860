import { describe, expect, it } from 'vitest';
import { dayName, formatTime, isOpenAt, localTime } from '../../../src/directory/hours.ts';
import { csvCell } from '../../../src/directory/hsds.ts';

const office = { timezone: 'Africa/Casablanca', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'] as const, opens: '09:00', closes: '17:00' }].map((p) => ({ ...p, days: [...p.days] })) };

describe('opening hours', () => {
  it('reads the time where the service is', () => {
    expect(localTime(new Date('2026-11-23T08:30:00Z'), 'Asia/Baghdad')).toEqual({ day: 'mo', minute: 11 * 60 + 30 });
    expect(localTime(new Date('2026-11-22T23:30:00Z'), 'Asia/Baghdad')).toEqual({ day: 'mo', minute: 2 * 60 + 30 });
  });

  it('is open inside its hours and closed outside, in its own time zone', () => {
    // The time-zone database (2026c) has Morocco on UTC+0 from late October 2026, UTC+1 before.
    expect(isOpenAt(office, new Date('2026-11-23T09:00:00Z'))).toBe(true);
    expect(isOpenAt(office, new Date('2026-11-23T08:59:00Z'))).toBe(false);
    expect(isOpenAt(office, new Date('2026-11-23T17:00:00Z'))).toBe(false); // 17:00: closed
    expect(isOpenAt(office, new Date('2026-06-01T08:00:00Z'))).toBe(true); // 09:00 local in June (UTC+1)
    expect(isOpenAt(office, new Date('2026-11-28T10:00:00Z'))).toBe(false); // Saturday
    const baghdad = { ...office, timezone: 'Asia/Baghdad' };
    expect(isOpenAt(baghdad, new Date('2026-11-23T06:00:00Z'))).toBe(true); // 09:00 in Baghdad (UTC+3)
    expect(isOpenAt(baghdad, new Date('2026-11-23T14:00:00Z'))).toBe(false); // 17:00 in Baghdad
  });

  it('knows nothing when no hours are published, and always-open lines are open', () => {
    expect(isOpenAt(undefined, new Date())).toBeUndefined();
    expect(isOpenAt({ timezone: 'Asia/Baghdad', always_open: true }, new Date())).toBe(true);
  });

  it('writes times and days the reader\'s way', () => {
    expect(formatTime('17:30', 'en')).toBe('5:30 PM');
    expect(formatTime('17:30', 'fr')).toBe('17:30');
    expect(dayName('mo', 'ar')).toBe('الاثنين');
  });
});

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
  it('never lets a spreadsheet run a formula from the data', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('+212537652881')).toBe('+212537652881');
  });
});
