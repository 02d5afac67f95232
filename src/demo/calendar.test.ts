import { describe, expect, it } from 'vitest';
import { parisDate } from '../app/clock.js';
import { easterSunday, frenchPublicHolidays, isoWeekday, parisInstant } from './calendar.js';
import { addDays } from './random.js';

describe('the calendar of the demo', () => {
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
});
