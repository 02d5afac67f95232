/**
 * Calendar helpers of the demo data: French public holidays, weekdays, Paris wall-clock times.
 * Pure and deterministic (no clock, no Intl): the demo draws its dates with them.
 */
import { addDays } from './random.js';

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The eleven public holidays of metropolitan France (Code du travail, L3133-1), sorted. Whit Monday
 * is included: the relais, like most services of a communauté de communes, is closed that day.
 */
export function frenchPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [
    `${year}-01-01`,
    addDays(easter, 1),
    `${year}-05-01`,
    `${year}-05-08`,
    addDays(easter, 39),
    addDays(easter, 50),
    `${year}-07-14`,
    `${year}-08-15`,
    `${year}-11-01`,
    `${year}-11-11`,
    `${year}-12-25`,
  ].sort();
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** Day of the month of the last Sunday of a month (1-based month). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * The instant of a Paris wall-clock time ("HH:MM") on a date. Summer time (UTC+2) runs from the last
 * Sunday of March to the last Sunday of October, switching at 01:00 UTC (EU rule since 1996);
 * otherwise UTC+1. Times inside the skipped or repeated hour of the switch are not meant.
 */
export function parisInstant(date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const local = Date.UTC(y, mo - 1, d, h, mi);
  const summerStart = Date.UTC(y, 2, lastSunday(y, 3), 1);
  const summerEnd = Date.UTC(y, 9, lastSunday(y, 10), 1);
  const asSummer = local - 2 * 3_600_000;
  return new Date(asSummer >= summerStart && asSummer < summerEnd ? asSummer : local - 3_600_000);
}
