import { describe, expect, it } from 'vitest';
import {
  capitalize,
  formatDuration,
  formatHours,
  formatLongDate,
  formatSlot,
  formatTime,
  formatWeek,
  isIsoDate,
  mondayOf,
} from '../../web/src/lib/appointment-format.js';
import { validateBookingSearch } from '../../web/src/routes/public/appointments/search.js';

describe('dates and times of appointments in French', () => {
  it('writes a slot as people say it', () => {
    expect(formatSlot('2026-12-08', '14:30')).toBe('mardi 8 décembre 2026 à 14 h 30');
    expect(formatSlot('2026-12-01', '09:00')).toBe('mardi 1er décembre 2026 à 9 h');
    expect(formatTime('09:05')).toBe('9 h 05');
    expect(formatHours('09:00', '09:30')).toBe('de 9 h à 9 h 30');
    expect(capitalize(formatLongDate('2027-01-01'))).toBe('Vendredi 1er janvier 2027');
  });

  it('names durations and weeks, across months and years', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(formatWeek('2026-12-07')).toBe('semaine du 7 au 13 décembre 2026');
    expect(formatWeek('2026-11-30')).toBe('semaine du 30 novembre au 6 décembre 2026');
    expect(formatWeek('2026-12-28')).toBe('semaine du 28 décembre 2026 au 3 janvier 2027');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});

describe('the address of the booking page', () => {
  const id = '3f2a9c1e-1b2c-4d5e-8f90-123456789abc';

  it('keeps each step only when the previous one is there', () => {
    expect(validateBookingSearch({ motif: id, creneau: '2026-12-08T13:30:00.000Z', permanence: id })).toEqual({
      motif: id,
      date: undefined,
      creneau: '2026-12-08T13:30:00.000Z',
      permanence: id,
    });
    expect(validateBookingSearch({ creneau: '2026-12-08T13:30:00.000Z', permanence: id }).creneau).toBeUndefined();
    expect(validateBookingSearch({ motif: id, creneau: '2026-12-08T13:30:00.000Z' }).creneau).toBeUndefined();
    expect(validateBookingSearch({ motif: 'x', date: '2026-12-08' })).toEqual({
      motif: undefined,
      date: undefined,
      creneau: undefined,
      permanence: undefined,
    });
    expect(validateBookingSearch({ motif: id, date: '2026-12-08' }).date).toBe('2026-12-08');
    expect(validateBookingSearch({ motif: id, date: '2026-13-08' }).date).toBeUndefined();
  });
});
