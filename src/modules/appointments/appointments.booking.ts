/**
 * The heart of appointments, shared by the public pages and the staff: free slots of a reason,
 * checking a slot, booking it, moving and cancelling (with the waiting list told of freed slots).
 * Two bookings of one animator's time can never both commit: each holds the 5-minute cells it
 * covers, whose key is unique (appointment_hold), in the booking's transaction.
 */
import type { Kysely } from 'kysely';
import { addDays, parisInstant, parisWallClock } from '../../app/calendar.js';
import type { Clock } from '../../app/clock.js';
import type { Database } from '../../db/schema.js';
import { hashToken, newToken } from '../auth/auth.rules.js';
import { AppointmentClosedError, invalid, SlotTakenError, SlotUnavailableError } from './appointments.errors.js';
import { sendCancellation, sendConfirmation, sendSlotFreed, type AppointmentView } from './appointments.mails.js';
import {
  cancelBooking,
  closuresOfPermanences,
  findPermanenceRow,
  heldCellsOf,
  insertBooking,
  markWaitlistNotified,
  moveBooking,
  permanencesOfReason,
  reasonsOfPermanences,
  waitlistCovering,
  type AppointmentRow,
  type NewEvent,
  type ReasonRow,
  type SlotPermanenceRow,
} from './appointments.repository.js';
import {
  cellsOf,
  CHANGE_DEADLINE_MINUTES,
  firstNameOf,
  freeSlots,
  isSlotOf,
  MODES,
  placeLabel,
  reachProblems,
  reminderInstant,
  STATUSES,
  withinNotice,
  type Mode,
  type Notice,
  type PermanencePattern,
  type Status,
} from './appointments.rules.js';

export interface BookingDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: { publicUrl: string };
}

export function modesOf(reason: { modes: string }): Mode[] {
  return reason.modes.split(',').filter((m): m is Mode => m in MODES);
}

export function noticeOf(reason: { min_notice_hours: number; max_notice_days: number }): Notice {
  return { minHours: Number(reason.min_notice_hours), maxDays: Number(reason.max_notice_days) };
}

/** What staff may book: no minimum notice, no maximum, only the future. */
export const STAFF_NOTICE: Notice = { minHours: 0, maxDays: null };

function patternOf(p: SlotPermanenceRow, closures: string[]): PermanencePattern {
  return {
    weekday: Number(p.weekday),
    startTime: p.start_time,
    endTime: p.end_time,
    validFrom: p.valid_from,
    validTo: p.valid_to,
    skipSchoolHolidays: Number(p.skip_school_holidays) === 1,
    closures,
  };
}

export interface FoundSlot {
  start: string;
  end: string;
  time: string;
  endTime: string;
  permanenceId: string;
  mode: string;
  modeLabel: string;
  placeName: string | null;
  placeAddress: string | null;
  placeLabel: string;
  animatorFirstName: string;
  animatorId: string;
  animatorName: string;
}

/** Free slots of a reason between two Paris dates (both included), grouped by day, in order. */
export async function slotsOfReason(
  deps: BookingDeps,
  relaisId: string,
  reason: ReasonRow,
  fromDate: string,
  toDate: string,
  notice: Notice,
): Promise<{ date: string; slots: FoundSlot[] }[]> {
  const modes = modesOf(reason);
  const permanences = (await permanencesOfReason(deps.db, relaisId, reason.id, fromDate, toDate)).filter((p) =>
    modes.includes(p.mode as Mode),
  );
  if (permanences.length === 0) return [];
  const [closures, held] = await Promise.all([
    closuresOfPermanences(
      deps.db,
      permanences.map((p) => p.id),
      fromDate,
      toDate,
    ),
    heldCellsOf(
      deps.db,
      [...new Set(permanences.map((p) => p.animator_id))],
      parisInstant(fromDate, '00:00').toISOString(),
      parisInstant(addDays(toDate, 1), '00:00').toISOString(),
    ),
  ]);
  const now = deps.clock.now();
  const duration = Number(reason.duration_minutes);
  const found: FoundSlot[] = [];
  for (const p of permanences) {
    const pattern = patternOf(
      p,
      closures.filter((c) => c.permanence_id === p.id).map((c) => c.date),
    );
    const site = p.site_name !== null ? { name: p.site_name, address: p.site_address ?? '' } : null;
    const mode = p.mode as Mode;
    for (const slot of freeSlots(
      pattern,
      duration,
      fromDate,
      toDate,
      now,
      notice,
      held.get(p.animator_id) ?? new Set(),
    )) {
      found.push({
        start: slot.start.toISOString(),
        end: slot.end.toISOString(),
        time: parisWallClock(slot.start).time,
        endTime: parisWallClock(slot.end).time,
        permanenceId: p.id,
        mode,
        modeLabel: MODES[mode],
        placeName: mode === 'in_person' ? (site?.name ?? null) : null,
        placeAddress: mode === 'in_person' ? (site?.address ?? null) : null,
        placeLabel: placeLabel(mode, site),
        animatorFirstName: firstNameOf(p.animator_name),
        animatorId: p.animator_id,
        animatorName: p.animator_name,
      });
    }
  }
  found.sort((a, b) => a.start.localeCompare(b.start) || a.animatorName.localeCompare(b.animatorName, 'fr'));
  const days = new Map<string, FoundSlot[]>();
  for (const slot of found) {
    const date = parisWallClock(new Date(slot.start)).date;
    const list = days.get(date) ?? [];
    list.push(slot);
    days.set(date, list);
  }
  return [...days].map(([date, slots]) => ({ date, slots }));
}

/**
 * The permanence a booking names, once checked: live, serving the reason in one of its modes, the
 * start one of its slots on an open day, within the notice. Otherwise 409 (the slot is not, or no
 * longer, available).
 */
export async function checkedSlot(
  deps: BookingDeps,
  relaisId: string,
  reason: ReasonRow,
  permanenceId: string,
  start: Date,
  notice: Notice,
) {
  const permanence = await findPermanenceRow(deps.db, relaisId, permanenceId);
  if (!permanence || permanence.archived_at !== null) throw new SlotUnavailableError();
  const [links, closures] = await Promise.all([
    reasonsOfPermanences(deps.db, [permanence.id]),
    closuresOfPermanences(deps.db, [permanence.id], parisWallClock(start).date, parisWallClock(start).date),
  ]);
  const duration = Number(reason.duration_minutes);
  const serves = links.some((l) => l.id === reason.id) && modesOf(reason).includes(permanence.mode as Mode);
  const pattern = patternOf(
    permanence,
    closures.map((c) => c.date),
  );
  if (!serves || !isSlotOf(pattern, duration, start) || !withinNotice(start, deps.clock.now(), notice)) {
    throw new SlotUnavailableError();
  }
  return permanence;
}

export interface Person {
  name: string;
  email: string;
  phone: string;
  note: string;
  public: string;
  inseeCode: string | null;
  familyId?: string | null;
}

/**
 * Books a checked slot: the appointment, its cells and its first event in one transaction (409 if
 * the animator's time was taken meanwhile). Returns its id and the secret of the person's link.
 */
export async function placeBooking(
  deps: BookingDeps,
  b: {
    relaisId: string;
    reason: ReasonRow;
    permanence: NonNullable<Awaited<ReturnType<typeof findPermanenceRow>>>;
    start: Date;
    person: Person;
    via: 'online' | 'staff';
    bookedBy: string | null;
    event: NewEvent;
  },
): Promise<{ id: string; token: string }> {
  const unreachable = reachProblems(b.permanence.mode as Mode, b.person);
  if (unreachable.length > 0) invalid(unreachable);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const duration = Number(b.reason.duration_minutes);
  const token = newToken();
  const id = crypto.randomUUID();
  const end = new Date(b.start.getTime() + duration * 60_000);
  const reminder = b.person.email ? reminderInstant(b.start, now) : null;
  const booked = await insertBooking(
    deps.db,
    {
      id,
      relais_id: b.relaisId,
      permanence_id: b.permanence.id,
      reason_id: b.reason.id,
      animator_id: b.permanence.animator_id,
      site_id: b.permanence.site_id,
      mode: b.permanence.mode,
      starts_at: b.start.toISOString(),
      ends_at: end.toISOString(),
      person_name: b.person.name,
      person_email: b.person.email,
      person_phone: b.person.phone,
      person_note: b.person.note,
      public: b.person.public,
      insee_code: b.person.inseeCode,
      family_id: b.person.familyId ?? null,
      status: 'booked',
      booked_via: b.via,
      booked_by: b.bookedBy,
      manage_token_hash: hashToken(token),
      moved_from_id: null,
      cancelled_at: null,
      cancelled_by: null,
      reminder_due_at: reminder?.toISOString() ?? null,
      reminder_sent_at: null,
      contact_id: null,
      anonymised_at: null,
      created_at: nowIso,
      updated_at: nowIso,
    },
    cellsOf(b.start, duration),
    b.event,
  );
  if (!booked) throw new SlotTakenError();
  return { id, token };
}

export function viewOf(row: AppointmentRow): AppointmentView {
  const mode = row.mode as Mode;
  const site = row.site_name !== null ? { name: row.site_name, address: row.site_address ?? '' } : null;
  return {
    id: row.id,
    relaisId: row.relais_id,
    relaisName: row.relais_name,
    relaisSlug: row.relais_slug,
    reasonId: row.reason_id,
    reasonLabel: row.reason_label,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    mode,
    placeLabel: placeLabel(mode, site),
    animatorFirstName: firstNameOf(row.animator_name),
    personName: row.person_name,
    personEmail: row.person_email,
    updatedAt: row.updated_at,
  };
}

/** Whether the person may still cancel or move it: booked, and not started. */
export function changeable(row: { status: string; starts_at: string }, now: Date): boolean {
  return row.status === 'booked' && Date.parse(row.starts_at) - CHANGE_DEADLINE_MINUTES * 60_000 > now.getTime();
}

/** The appointment as the person sees it on her page. */
export function publicSummary(row: AppointmentRow, now: Date) {
  const mode = row.mode as Mode;
  const start = parisWallClock(new Date(row.starts_at));
  const site = row.site_name !== null ? { name: row.site_name, address: row.site_address ?? '' } : null;
  return {
    relaisName: row.relais_name,
    relaisSlug: row.relais_slug,
    reasonId: row.reason_id,
    reasonLabel: row.reason_label,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    date: start.date,
    startTime: start.time,
    endTime: parisWallClock(new Date(row.ends_at)).time,
    mode,
    modeLabel: MODES[mode] ?? mode,
    placeName: mode === 'in_person' ? (site?.name ?? null) : null,
    placeAddress: mode === 'in_person' ? (site?.address ?? null) : null,
    placeLabel: placeLabel(mode, site),
    animatorFirstName: firstNameOf(row.animator_name),
    personName: row.person_name,
    status: row.status,
    statusLabel: STATUSES[row.status as Status] ?? row.status,
    canCancel: changeable(row, now),
    canMove: changeable(row, now),
  };
}

/**
 * Tells the people waiting for this reason, whose period covers the freed slot, that it is free:
 * each once for this slot (a slot is freed once: cancelling is a compare-and-set). Only for a
 * reason the public can book, and a slot still ahead.
 */
export async function notifyWaitlist(deps: BookingDeps, row: AppointmentRow, reason: ReasonRow | undefined) {
  if (!reason || Number(reason.bookable_online) !== 1 || reason.archived_at !== null) return 0;
  if (Date.parse(row.starts_at) <= deps.clock.now().getTime()) return 0;
  const date = parisWallClock(new Date(row.starts_at)).date;
  const waiting = await waitlistCovering(deps.db, row.relais_id, row.reason_id, date);
  const view = viewOf(row);
  for (const person of waiting) await sendSlotFreed(deps, view, person);
  await markWaitlistNotified(
    deps.db,
    waiting.map((w) => w.id),
    deps.clock.now().toISOString(),
  );
  return waiting.length;
}

/** Cancels a booked appointment, tells the person (by e-mail) and the waiting list. */
export async function cancelAppointment(
  deps: BookingDeps,
  row: AppointmentRow,
  reason: ReasonRow | undefined,
  by: 'person' | 'staff',
  event: NewEvent,
  why = '',
) {
  const now = deps.clock.now().toISOString();
  if (!(await cancelBooking(deps.db, row, by, now, event))) {
    throw new AppointmentClosedError('Ce rendez-vous est déjà annulé ou a déjà eu lieu.');
  }
  await sendCancellation(deps, viewOf(row), by, why);
  await notifyWaitlist(deps, row, reason);
}

/**
 * Moves a booked appointment to another checked slot of the same reason: one transaction frees
 * the old cells, holds the new ones and cancels the old appointment (history keeps both, the new
 * one names the old in `moved_from_id`); the person's link follows. Returns the new id.
 */
export async function moveAppointment(
  deps: BookingDeps,
  old: AppointmentRow,
  reason: ReasonRow,
  permanence: NonNullable<Awaited<ReturnType<typeof findPermanenceRow>>>,
  start: Date,
  tokenHash: string,
  actorLabel: string,
): Promise<string> {
  const unreachable = reachProblems(permanence.mode as Mode, { email: old.person_email, phone: old.person_phone });
  if (unreachable.length > 0) invalid(unreachable);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const duration = Number(reason.duration_minutes);
  const id = crypto.randomUUID();
  const reminder = old.person_email ? reminderInstant(start, now) : null;
  const when = `${parisWallClock(start).date} ${parisWallClock(start).time}`;
  const result = await moveBooking(
    deps.db,
    old,
    {
      id,
      relais_id: old.relais_id,
      permanence_id: permanence.id,
      reason_id: reason.id,
      animator_id: permanence.animator_id,
      site_id: permanence.site_id,
      mode: permanence.mode,
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + duration * 60_000).toISOString(),
      person_name: old.person_name,
      person_email: old.person_email,
      person_phone: old.person_phone,
      person_note: old.person_note,
      public: old.public,
      insee_code: old.insee_code,
      family_id: old.family_id,
      status: 'booked',
      booked_via: old.booked_via,
      booked_by: old.booked_by,
      manage_token_hash: tokenHash,
      moved_from_id: old.id,
      cancelled_at: null,
      cancelled_by: null,
      reminder_due_at: reminder?.toISOString() ?? null,
      reminder_sent_at: null,
      contact_id: null,
      anonymised_at: null,
      created_at: nowIso,
      updated_at: nowIso,
    },
    cellsOf(start, duration),
    nowIso,
    {
      cancelled: {
        kind: 'moved',
        actor_user_id: null,
        actor_label: actorLabel,
        summary: `Déplacé par la personne au ${when}`,
        at: nowIso,
      },
      booked: {
        kind: 'booked',
        actor_user_id: null,
        actor_label: actorLabel,
        summary: 'Réservé en déplaçant un rendez-vous précédent',
        at: nowIso,
      },
    },
  );
  if (result === 'taken') throw new SlotTakenError();
  if (result === 'not_booked') throw new AppointmentClosedError('Ce rendez-vous est déjà annulé ou a déjà eu lieu.');
  return id;
}

export { sendConfirmation };
