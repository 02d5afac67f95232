/**
 * Calendar rules of France and Paris time, pure and deterministic (no clock, no Intl): French
 * public holidays, Easter, ISO weekdays, and the conversion between a Paris wall-clock time and an
 * instant. The appointments' slots and reminders, the demo data and the web forms share them.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

function utc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** French names of the weekdays, Monday first (index = ISO weekday − 1). */
export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** French names of the months, January first. */
export const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** The date `days` days after `date` (YYYY-MM-DD; negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

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

const holidaysByYear = new Map<number, Set<string>>();

/** Whether a date (YYYY-MM-DD) is a French public holiday. */
export function isPublicHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = new Set(frenchPublicHolidays(year));
    holidaysByYear.set(year, holidays);
  }
  return holidays.has(date);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(utc(date)).getUTCDay() + 6) % 7) + 1;
}

/** Day of the month of the last Sunday of a month (1-based month). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** The instants summer time starts and ends in a year (EU rule since 1996: 01:00 UTC, last Sundays of March and October). */
function summerTime(year: number): [number, number] {
  return [Date.UTC(year, 2, lastSunday(year, 3), 1), Date.UTC(year, 9, lastSunday(year, 10), 1)];
}

/**
 * The instant of a Paris wall-clock time ("HH:MM") on a date. Summer time (UTC+2) runs from the last
 * Sunday of March to the last Sunday of October, switching at 01:00 UTC (EU rule since 1996);
 * otherwise UTC+1. A time skipped by the spring change (02:30) is read with the winter offset; a time
 * repeated by the autumn change is the first of the two (summer time).
 */
export function parisInstant(date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const local = Date.UTC(y, mo - 1, d, h, mi);
  const [summerStart, summerEnd] = summerTime(y);
  const asSummer = local - 2 * HOUR_MS;
  return new Date(asSummer >= summerStart && asSummer < summerEnd ? asSummer : local - HOUR_MS);
}

/** Minutes east of UTC of Paris at an instant: 120 in summer time, 60 otherwise. */
export function parisOffsetMinutes(instant: Date): number {
  const t = instant.getTime();
  const [summerStart, summerEnd] = summerTime(instant.getUTCFullYear());
  return t >= summerStart && t < summerEnd ? 120 : 60;
}

export interface ParisWallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

/** The Paris date, time and weekday of an instant. */
export function parisWallClock(instant: Date): ParisWallClock {
  const wall = new Date(instant.getTime() + parisOffsetMinutes(instant) * 60_000).toISOString();
  const date = wall.slice(0, 10);
  return { date, time: wall.slice(11, 16), weekday: isoWeekday(date) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant of a Paris date and time as ISO 8601 with the Paris offset of that moment
 * ("2026-03-02T14:05:00+01:00"); null when the date or the time does not exist.
 */
export function parisIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59) return null;
  const offset = Math.round(
    (Date.UTC(year, month - 1, day, hour, minute) - parisInstant(date, time).getTime()) / 60_000,
  );
  return `${date}T${time}:00+${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}
