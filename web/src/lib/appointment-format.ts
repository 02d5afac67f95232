/**
 * Dates and times of appointments as French readers expect them: "mardi 8 décembre 2026 à 14 h 30".
 * Calendar dates (YYYY-MM-DD) and wall-clock times (HH:MM) are Paris ones, as the server gives them.
 */
import { addDays, isoWeekday, MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS } from '../../../src/app/calendar.js';

export { addDays, isoWeekday };

const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
] as const;

function parts(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const dayNumber = (day: number) => (day === 1 ? '1er' : String(day));

/** "lundi", "mardi"… of a date. */
export function weekdayName(date: string): string {
  return WEEKDAYS[isoWeekday(date) - 1] ?? '';
}

/** "mardi 8 décembre 2026", "mardi 1er décembre 2026". */
export function formatLongDate(date: string): string {
  const { year, month, day } = parts(date);
  return `${weekdayName(date)} ${dayNumber(day)} ${MONTHS[month - 1]} ${year}`;
}

/** "mardi 8 décembre" (the year of the current week goes without saying). */
export function formatDayMonth(date: string): string {
  const { month, day } = parts(date);
  return `${weekdayName(date)} ${dayNumber(day)} ${MONTHS[month - 1]}`;
}

/** "mar. 8 déc.", for narrow columns. */
export function formatShortDay(date: string): string {
  const { month, day } = parts(date);
  return `${weekdayName(date).slice(0, 3)}. ${day} ${SHORT_MONTHS[month - 1]}`;
}

/** "décembre 2026". */
export function formatMonth(date: string): string {
  const { year, month } = parts(date);
  return `${MONTHS[month - 1]} ${year}`;
}

/** "14 h 30", "9 h" from "14:30", "09:00". */
export function formatTime(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** "mardi 8 décembre 2026 à 14 h 30". */
export function formatSlot(date: string, time: string): string {
  return `${formatLongDate(date)} à ${formatTime(time)}`;
}

/** "de 14 h 30 à 15 h". */
export function formatHours(start: string, end: string): string {
  return `de ${formatTime(start)} à ${formatTime(end)}`;
}

/** "45 min", "1 h", "1 h 30". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** The Monday of the week of a date. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** "semaine du 7 au 13 décembre 2026", "semaine du 28 décembre 2026 au 3 janvier 2027". */
export function formatWeek(monday: string): string {
  const sunday = addDays(monday, 6);
  const a = parts(monday);
  const b = parts(sunday);
  if (a.year !== b.year) {
    return `semaine du ${dayNumber(a.day)} ${MONTHS[a.month - 1]} ${a.year} au ${dayNumber(b.day)} ${MONTHS[b.month - 1]} ${b.year}`;
  }
  if (a.month !== b.month) {
    return `semaine du ${dayNumber(a.day)} ${MONTHS[a.month - 1]} au ${dayNumber(b.day)} ${MONTHS[b.month - 1]} ${b.year}`;
  }
  return `semaine du ${dayNumber(a.day)} au ${dayNumber(b.day)} ${MONTHS[b.month - 1]} ${b.year}`;
}

/** The text with its first letter in capitals ("mardi 8 décembre" → "Mardi 8 décembre"). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** Whether a string is a real calendar date YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
