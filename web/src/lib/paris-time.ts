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

/** Minutes east of UTC of Paris at an instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: number): number {
  const m = parisMoment(new Date(instant));
  const seconds = new Date(instant).getUTCSeconds();
  const wall = Date.UTC(
    Number(m.date.slice(0, 4)),
    Number(m.date.slice(5, 7)) - 1,
    Number(m.date.slice(8, 10)),
    Number(m.time.slice(0, 2)),
    Number(m.time.slice(3, 5)),
    seconds,
  );
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant of a Paris date and time, as ISO 8601 with the Paris offset of that moment; null when
 * the date or time is not valid. A time skipped by the spring change (02:30) is read with the winter
 * offset, as most tools do.
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
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59) return null;
  // The offset at the guessed instant, then again at the corrected one (they differ around a change).
  let offset = parisOffsetMinutes(wall - parisOffsetMinutes(wall) * 60_000);
  if (parisOffsetMinutes(wall - offset * 60_000) !== offset) offset = Math.min(offset, 60);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
