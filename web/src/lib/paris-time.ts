/**
 * Wall-clock time in Europe/Paris, whatever the time zone of the browser: the relais works in Paris
 * time, and an instant sent to the server carries its offset ("2026-03-02T14:05:00+01:00").
 */

export interface ParisMoment {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

let partsFormat: Intl.DateTimeFormat | undefined;

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The Paris date, time and weekday of an instant (now by default). */
export function parisMoment(instant: Date = new Date()): ParisMoment {
  partsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 1,
  };
}

/**
 * The instant of a Paris date and time, as ISO 8601 with the Paris offset of that moment; null when
 * the date or time is not valid. The pure rule is the server's (src/app/calendar.ts).
 */
export { parisIso } from '../../../src/app/calendar.js';
