import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  easterSunday,
  frenchPublicHolidays,
  isoWeekday,
  isPublicHoliday,
  parisInstant,
  parisIso,
  parisWallClock,
} from './calendar.js';
import { parisDate } from './clock.js';

describe('the calendar', () => {
  it('finds Easter Sunday', () => {
    expect([2019, 2022, 2023, 2024, 2025, 2026, 2038].map(easterSunday)).toEqual([
      '2019-04-21',
      '2022-04-17',
      '2023-04-09',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2038-04-25',
    ]);
  });

  it('lists the eleven French public holidays', () => {
    expect(frenchPublicHolidays(2024)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-05-01',
      '2024-05-08',
      '2024-05-09',
      '2024-05-20',
      '2024-07-14',
      '2024-08-15',
      '2024-11-01',
      '2024-11-11',
      '2024-12-25',
    ]);
    expect(frenchPublicHolidays(2025)).toContain('2025-05-29'); // Ascension
    expect(frenchPublicHolidays(2023)).toContain('2023-05-29'); // Whit Monday
  });

  it('gives ISO weekdays', () => {
    expect(['2023-01-01', '2023-01-02', '2023-01-05', '2024-02-29'].map(isoWeekday)).toEqual([7, 1, 4, 4]);
  });

  it('turns a Paris wall-clock time into the right instant, summer and winter', () => {
    expect(parisInstant('2023-01-16', '14:00').toISOString()).toBe('2023-01-16T13:00:00.000Z');
    expect(parisInstant('2023-07-03', '14:00').toISOString()).toBe('2023-07-03T12:00:00.000Z');
    // The Monday after each switch.
    expect(parisInstant('2024-04-01', '09:00').toISOString()).toBe('2024-04-01T07:00:00.000Z');
    expect(parisInstant('2024-10-28', '09:00').toISOString()).toBe('2024-10-28T08:00:00.000Z');
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (let date = '2022-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      for (const t of ['00:00', '09:00', '14:00', '17:29', '23:59']) {
        const instant = parisInstant(date, t);
        expect([parisDate(instant), time.format(instant)]).toEqual([date, t]);
      }
    }
  });

  it('knows the public holidays of any year', () => {
    expect(['2026-05-14', '2026-05-25', '2026-07-14', '2027-03-29'].map(isPublicHoliday)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['2026-05-13', '2026-03-02', '2027-03-28'].map(isPublicHoliday)).toEqual([false, false, false]);
  });

  it('reads an instant back as the Paris wall clock it came from, without Intl', () => {
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const wall = parisWallClock(d);
        expect([wall.date, wall.time]).toEqual([parisDate(d), time.format(d)]);
        expect(wall.weekday).toBe(isoWeekday(wall.date));
      }),
    );
  });

  it('writes a Paris date and time with its offset, and refuses what does not exist', () => {
    expect(parisIso('2026-03-02', '14:05')).toBe('2026-03-02T14:05:00+01:00');
    expect(parisIso('2026-07-02', '09:30')).toBe('2026-07-02T09:30:00+02:00');
    // The hour skipped in spring is read with the winter offset.
    expect(parisIso('2026-03-29', '02:30')).toBe('2026-03-29T02:30:00+01:00');
    for (const [date, time] of [
      ['2026-02-30', '10:00'],
      ['2026-13-01', '10:00'],
      ['2026-03-02', '24:00'],
      ['2026-03-02', '10:60'],
      ['2 mars', '10:00'],
      ['2026-03-02', '10h'],
    ]) {
      expect(parisIso(date!, time!), `${date} ${time}`).toBeNull();
    }
    for (let date = '2026-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const iso = parisIso(date, '12:00')!;
      expect(new Date(iso).getTime()).toBe(parisInstant(date, '12:00').getTime());
    }
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(addDays('2026-03-02', -3)).toBe('2026-02-27');
  });
});
