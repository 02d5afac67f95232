/**
 * The rules of appointments, pure (no database, no clock): vocabulary, when a permanence is open,
 * its free slots between two dates, the 5-minute cells a booking holds, and when the reminder goes.
 * Times are Paris wall-clock times; instants are Dates (UTC), converted with src/app/calendar.ts.
 */
import { addDays, isoWeekday, isPublicHoliday, parisInstant, parisWallClock } from '../../app/calendar.js';
import { PUBLICS, type Public } from '../contacts/contacts.rules.js';
import { schoolDayZoneB } from './school-holidays.js';

export const MODES = {
  in_person: 'Sur place',
  phone: 'Par téléphone',
  video: 'En visio',
} as const;
export type Mode = keyof typeof MODES;
export const MODE_KEYS = Object.keys(MODES) as [Mode, ...Mode[]];

/** Who a reason is for. */
export const AUDIENCES = {
  families: 'Familles',
  childminders: 'Assistant·es maternel·les et futur·es professionnel·les',
  all: 'Tout public',
} as const;
export type Audience = keyof typeof AUDIENCES;
export const AUDIENCE_KEYS = Object.keys(AUDIENCES) as [Audience, ...Audience[]];

/** The publics of the contact log each audience accepts (candidates and project carriers may book either). */
export const AUDIENCE_PUBLICS: Record<Audience, readonly Public[]> = {
  families: ['parent', 'future_parent', 'candidate', 'project_carrier'],
  childminders: ['childminder', 'candidate', 'project_carrier'],
  all: Object.keys(PUBLICS) as Public[],
};

export const STATUSES = {
  booked: 'Réservé',
  honoured: 'Honoré',
  missed: 'Non honoré (absence)',
  cancelled: 'Annulé',
} as const;
export type Status = keyof typeof STATUSES;

/** What a booking blocks in an animator's diary: cells of this many minutes. */
export const CELL_MINUTES = 5;
export const MIN_DURATION_MINUTES = 10;
export const MAX_DURATION_MINUTES = 240;
/** Longest period of free slots asked at once (a month and a bit). */
export const MAX_SLOT_SEARCH_DAYS = 35;
/** Longest period of the staff agenda asked at once. */
export const MAX_AGENDA_DAYS = 31;
/** A person may cancel or move an appointment until this many minutes before it starts. */
export const CHANGE_DEADLINE_MINUTES = 0;
/** Hour (Paris) of the reminder e-mail. */
export const REMINDER_TIME = '09:00';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Minutes since midnight of "HH:MM". */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** "HH:MM" of minutes since midnight. */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A weekly permanence, as the slot search sees it. */
export interface PermanencePattern {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Paris wall-clock "HH:MM", on the 5-minute grid; start < end. */
  startTime: string;
  endTime: string;
  /** YYYY-MM-DD, included. */
  validFrom: string;
  /** YYYY-MM-DD, included; null: no end. */
  validTo: string | null;
  /** Closed during the school holidays of zone B (and on dates the table does not know). */
  skipSchoolHolidays: boolean;
  /** Dates (YYYY-MM-DD) of one-off closures. */
  closures: ReadonlySet<string> | readonly string[];
}

export type Closed =
  | { open: true }
  | { open: false; why: 'weekday' | 'validity' | 'public_holiday' | 'closure' | 'school_holiday' | 'school_unknown' };

/** Whether a permanence is held on a date, and if not, why. Public holidays are always closed. */
export function permanenceOpenOn(p: PermanencePattern, date: string): Closed {
  if (isoWeekday(date) !== p.weekday) return { open: false, why: 'weekday' };
  if (date < p.validFrom || (p.validTo !== null && date > p.validTo)) return { open: false, why: 'validity' };
  if (isPublicHoliday(date)) return { open: false, why: 'public_holiday' };
  const closures = p.closures;
  if (Array.isArray(closures) ? closures.includes(date) : (closures as ReadonlySet<string>).has(date)) {
    return { open: false, why: 'closure' };
  }
  if (p.skipSchoolHolidays) {
    const school = schoolDayZoneB(date);
    if (school.kind === 'holiday') return { open: false, why: 'school_holiday' };
    if (school.kind === 'unknown') return { open: false, why: 'school_unknown' };
  }
  return { open: true };
}

export interface Slot {
  /** Paris date. */
  date: string;
  start: Date;
  end: Date;
}

export interface Notice {
  /** Earliest start: now + this many hours (0 for staff). */
  minHours: number;
  /** Latest start: now + this many days; null: no limit. */
  maxDays: number | null;
}

/** The 5-minute cells (their start instants, ms) that an appointment from `start` lasting `minutes` covers. */
export function cellsOf(start: Date, minutes: number): number[] {
  const first = Math.floor(start.getTime() / (CELL_MINUTES * MINUTE_MS)) * CELL_MINUTES * MINUTE_MS;
  const end = start.getTime() + minutes * MINUTE_MS;
  const cells: number[] = [];
  for (let t = first; t < end; t += CELL_MINUTES * MINUTE_MS) cells.push(t);
  return cells;
}

/** Whether `start` is at or after the earliest and at or before the latest start the notice allows. */
export function withinNotice(start: Date, now: Date, notice: Notice): boolean {
  const t = start.getTime();
  if (t < now.getTime() + notice.minHours * HOUR_MS) return false;
  if (t <= now.getTime()) return false;
  return notice.maxDays === null || t <= now.getTime() + notice.maxDays * DAY_MS;
}

/**
 * Every slot of a permanence between two Paris dates (both included) for a reason lasting
 * `durationMinutes`: slots start at the permanence's start and follow each other without gap, the
 * last one ending at or before its end. Without the days the permanence is closed, the slots
 * outside the notice, and those that overlap a held cell of the animator. Sorted by start.
 */
export function freeSlots(
  p: PermanencePattern,
  durationMinutes: number,
  fromDate: string,
  toDate: string,
  now: Date,
  notice: Notice,
  heldCells: ReadonlySet<number>,
): Slot[] {
  const slots: Slot[] = [];
  const start = minutesOf(p.startTime);
  const end = minutesOf(p.endTime);
  if (durationMinutes <= 0) return slots;
  for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
    if (!permanenceOpenOn(p, date).open) continue;
    for (let m = start; m + durationMinutes <= end; m += durationMinutes) {
      const slotStart = parisInstant(date, timeOf(m));
      if (!withinNotice(slotStart, now, notice)) continue;
      if (cellsOf(slotStart, durationMinutes).some((cell) => heldCells.has(cell))) continue;
      slots.push({ date, start: slotStart, end: new Date(slotStart.getTime() + durationMinutes * MINUTE_MS) });
    }
  }
  return slots;
}

/**
 * Whether `start` is one of the permanence's slots for a reason of `durationMinutes` (its day open,
 * on the step of the duration from the permanence's start, ending within it); holds and notice are
 * not looked at.
 */
export function isSlotOf(p: PermanencePattern, durationMinutes: number, start: Date): boolean {
  const wall = parisWallClock(start);
  if (!permanenceOpenOn(p, wall.date).open) return false;
  if (parisInstant(wall.date, wall.time).getTime() !== start.getTime() || start.getUTCSeconds() !== 0) return false;
  if (start.getUTCMilliseconds() !== 0) return false;
  const m = minutesOf(wall.time);
  const first = minutesOf(p.startTime);
  return m >= first && (m - first) % durationMinutes === 0 && m + durationMinutes <= minutesOf(p.endTime);
}

/**
 * When the reminder of an appointment goes: 09:00 Paris two days before its date, moved back to
 * the previous day while that day is a Sunday or a public holiday. Null when that instant is not
 * after `now` (a booking made late gets no reminder).
 */
export function reminderInstant(startsAt: Date, now: Date): Date | null {
  let day = addDays(parisWallClock(startsAt).date, -2);
  while (isoWeekday(day) === 7 || isPublicHoliday(day)) day = addDays(day, -1);
  const at = parisInstant(day, REMINDER_TIME);
  return at.getTime() > now.getTime() ? at : null;
}

export interface Problem {
  field: string;
  message: string;
}

/**
 * How the relais reaches the person for an appointment held at a distance: a phone number for a
 * phone call, an e-mail address for the video link. Empty when the person can be reached.
 */
export function reachProblems(mode: Mode, person: { email: string; phone: string }): Problem[] {
  if (mode === 'phone' && person.phone.replace(/\D/g, '').length < 6) {
    return [{ field: 'phone', message: 'Un rendez-vous par téléphone demande un numéro de téléphone.' }];
  }
  if (mode === 'video' && person.email === '') {
    return [{ field: 'email', message: 'Un rendez-vous en visio demande une adresse e-mail (pour recevoir le lien).' }];
  }
  return [];
}

/** What makes a permanence's weekly hours impossible; empty when they are valid. */
export function permanenceProblems(p: {
  startTime: string;
  endTime: string;
  validFrom: string;
  validTo: string | null;
  mode: Mode;
  siteId: string | null;
}): Problem[] {
  const problems: Problem[] = [];
  const start = minutesOf(p.startTime);
  const end = minutesOf(p.endTime);
  if (start % CELL_MINUTES !== 0) {
    problems.push({ field: 'startTime', message: 'L’heure de début doit tomber sur 5 minutes (09:00, 09:05…).' });
  }
  if (end % CELL_MINUTES !== 0) {
    problems.push({ field: 'endTime', message: 'L’heure de fin doit tomber sur 5 minutes (12:00, 12:05…).' });
  }
  if (end - start < MIN_DURATION_MINUTES) {
    problems.push({ field: 'endTime', message: 'La fin doit suivre le début d’au moins 10 minutes.' });
  }
  if (p.validTo !== null && p.validTo < p.validFrom) {
    problems.push({ field: 'validTo', message: 'La date de fin précède la date de début.' });
  }
  if (p.mode === 'in_person' && p.siteId === null) {
    problems.push({
      field: 'siteId',
      message: 'Une permanence sur place a lieu dans un lieu du relais : choisissez-le.',
    });
  }
  if (p.mode !== 'in_person' && p.siteId !== null) {
    problems.push({ field: 'siteId', message: 'Une permanence par téléphone ou en visio n’a pas de lieu.' });
  }
  return problems;
}

/** What makes a reason impossible; empty when it is valid. */
export function reasonProblems(r: {
  durationMinutes: number;
  modes: readonly Mode[];
  minNoticeHours: number;
  maxNoticeDays: number;
}): Problem[] {
  const problems: Problem[] = [];
  if (r.durationMinutes % CELL_MINUTES !== 0) {
    problems.push({ field: 'durationMinutes', message: 'La durée doit être un multiple de 5 minutes.' });
  }
  if (new Set(r.modes).size !== r.modes.length) {
    problems.push({ field: 'modes', message: 'Chaque modalité ne peut figurer qu’une fois.' });
  }
  if (r.minNoticeHours > r.maxNoticeDays * 24) {
    problems.push({
      field: 'minNoticeHours',
      message: 'Le délai minimal dépasse le délai maximal de réservation.',
    });
  }
  return problems;
}

/** The place of an appointment as a person reads it: the venue, or how it is held. */
export function placeLabel(mode: Mode, site: { name: string; address: string } | null): string {
  if (mode === 'phone') return 'Par téléphone';
  if (mode === 'video') return 'En visio';
  if (!site) return 'Sur place';
  return site.address ? `${site.name}, ${site.address}` : site.name;
}

/** First name of an animator (the public sees no more): the first word of the display name. */
export function firstNameOf(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? '';
}

/** A person's first name and the initial of the rest ("Camille D."): what a phone calendar shows. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const [first, ...rest] = words;
  return rest.length === 0 ? first! : `${first} ${rest[0]!.charAt(0).toLocaleUpperCase('fr')}.`;
}
