/**
 * Appointments for the public: reasons, free slots, booking online, the person's page (by the
 * secret link of her e-mail) to cancel or move, and the waiting list. No session: the relais is
 * named by its slug, the appointment by its link.
 */
import type { z } from 'zod';
import { addDays, daysBetween } from '../../app/calendar.js';
import { parisToday } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { hashToken, newToken } from '../auth/auth.rules.js';
import type { Public } from '../contacts/contacts.rules.js';
import { findCommune } from '../relais/communes.reference.js';
import {
  cancelAppointment,
  changeable,
  checkedSlot,
  modesOf,
  moveAppointment,
  noticeOf,
  notifyWaitlist,
  placeBooking,
  publicSummary,
  sendConfirmation,
  slotsOfReason,
  viewOf,
  type BookingDeps,
} from './appointments.booking.js';
import { AppointmentClosedError, invalid } from './appointments.errors.js';
import { sendWaitlistWelcome } from './appointments.mails.js';
import {
  findAppointmentByTokenHash,
  findAppointmentRow,
  findReasonRow,
  insertWaitlistRow,
  listReasonRows,
  relaisBySlug,
  removeWaitlistByToken,
  type ReasonRow,
} from './appointments.repository.js';
import {
  AUDIENCE_PUBLICS,
  AUDIENCES,
  MAX_SLOT_SEARCH_DAYS,
  MODES,
  type Audience,
  type Mode,
} from './appointments.rules.js';
import type { bookingInput, moveInput, slotsQuery, waitlistInput } from './appointments.schemas.js';

export type PublicDeps = BookingDeps;

async function requireRelais(deps: PublicDeps, slug: string) {
  const relais = await relaisBySlug(deps.db, slug);
  if (!relais) throw new NotFoundError("Ce relais n'existe pas.");
  return relais;
}

/** A reason the public may book: live and open online; 404 otherwise. */
async function onlineReason(deps: PublicDeps, relaisId: string, reasonId: string): Promise<ReasonRow> {
  const reason = await findReasonRow(deps.db, relaisId, reasonId);
  if (!reason || reason.archived_at !== null || Number(reason.bookable_online) !== 1) {
    throw new NotFoundError('Ce motif de rendez-vous n’est pas proposé en ligne.');
  }
  return reason;
}

export function reasonModes(reason: ReasonRow) {
  return modesOf(reason).map((mode: Mode) => ({ mode, label: MODES[mode] }));
}

export async function publicReasons(deps: PublicDeps, slug: string) {
  const relais = await requireRelais(deps, slug);
  const reasons = (await listReasonRows(deps.db, relais.id)).filter(
    (r) => r.archived_at === null && Number(r.bookable_online) === 1,
  );
  return {
    relaisName: relais.name,
    reasons: reasons.map((r) => ({
      id: r.id,
      label: r.label,
      description: r.description,
      durationMinutes: Number(r.duration_minutes),
      modes: reasonModes(r),
      audience: r.audience,
      audienceLabel: AUDIENCES[r.audience as Audience] ?? r.audience,
      minNoticeHours: Number(r.min_notice_hours),
      maxNoticeDays: Number(r.max_notice_days),
    })),
  };
}

/**
 * The period of a slot search: from `from` (today at the earliest) to `to` (35 days in all at
 * most: 400 beyond), cut at the reason's maximum notice when `maxDays` is given.
 */
export function searchPeriod(today: string, query: { from?: string; to?: string }, maxDays: number | null) {
  if (query.from && query.to && query.to < query.from) {
    invalid([{ field: 'to', message: 'La fin de la période précède son début.' }]);
  }
  const from = query.from && query.from > today ? query.from : today;
  let to = query.to ?? addDays(from, MAX_SLOT_SEARCH_DAYS - 1);
  if (daysBetween(from, to) >= MAX_SLOT_SEARCH_DAYS) {
    invalid([{ field: 'to', message: `Période trop longue (${MAX_SLOT_SEARCH_DAYS} jours au plus).` }]);
  }
  if (maxDays !== null && to > addDays(today, maxDays)) to = addDays(today, maxDays);
  return { from, to: to < from ? from : to, empty: to < from };
}

export async function publicFreeSlots(deps: PublicDeps, slug: string, query: z.infer<typeof slotsQuery>) {
  const relais = await requireRelais(deps, slug);
  const reason = await onlineReason(deps, relais.id, query.reasonId);
  const notice = noticeOf(reason);
  const period = searchPeriod(parisToday(deps.clock), query, notice.maxDays);
  const days = period.empty ? [] : await slotsOfReason(deps, relais.id, reason, period.from, period.to, notice);
  return {
    reasonId: reason.id,
    from: period.from,
    to: period.to,
    days: days.map((d) => ({
      date: d.date,
      slots: d.slots.map(({ animatorId: _id, animatorName: _name, ...slot }) => slot),
    })),
  };
}

/** The person's public fits the reason; the commune exists. */
export function checkPerson(reason: ReasonRow, person: { public: string; inseeCode: string | null }) {
  const accepted = AUDIENCE_PUBLICS[reason.audience as Audience] ?? [];
  if (!accepted.includes(person.public as Public)) {
    invalid([
      {
        field: 'public',
        message: `Ce motif est réservé au public « ${AUDIENCES[reason.audience as Audience] ?? reason.audience} ».`,
      },
    ]);
  }
  if (person.inseeCode && !findCommune(person.inseeCode)) {
    invalid([{ field: 'inseeCode', message: `Le code INSEE ${person.inseeCode} ne correspond à aucune commune.` }]);
  }
}

export async function bookOnline(deps: PublicDeps, slug: string, input: z.infer<typeof bookingInput>, ip?: string) {
  const relais = await requireRelais(deps, slug);
  const reason = await onlineReason(deps, relais.id, input.reasonId);
  checkPerson(reason, input);
  const start = new Date(input.start);
  const permanence = await checkedSlot(deps, relais.id, reason, input.permanenceId, start, noticeOf(reason));
  const now = deps.clock.now().toISOString();
  const { id, token } = await placeBooking(deps, {
    relaisId: relais.id,
    reason,
    permanence,
    start,
    person: { ...input, familyId: null },
    via: 'online',
    bookedBy: null,
    event: {
      kind: 'booked',
      actor_user_id: null,
      actor_label: 'La personne, en ligne',
      summary: 'Réservé en ligne',
      at: now,
    },
  });
  const row = (await findAppointmentRow(deps.db, relais.id, id))!;
  await sendConfirmation(deps, viewOf(row), token, false);
  await recordAudit(deps, undefined, {
    relaisId: relais.id,
    action: 'appointment.booked',
    subjectType: 'appointment',
    subjectId: id,
    summary: `Rendez-vous réservé en ligne (${reason.label})`,
    ip,
  });
  return {
    appointment: publicSummary(row, deps.clock.now()),
    manageUrl: `${deps.config.publicUrl}/rendez-vous/${token}`,
  };
}

async function byToken(deps: PublicDeps, token: string) {
  const row = await findAppointmentByTokenHash(deps.db, hashToken(token));
  if (!row)
    throw new NotFoundError('Ce rendez-vous est introuvable : le lien est peut-être incomplet ou a été remplacé.');
  return row;
}

export async function summaryByToken(deps: PublicDeps, token: string) {
  return publicSummary(await byToken(deps, token), deps.clock.now());
}

export async function cancelByToken(deps: PublicDeps, token: string, ip?: string) {
  const row = await byToken(deps, token);
  if (!changeable(row, deps.clock.now())) {
    throw new AppointmentClosedError('Ce rendez-vous ne peut plus être annulé : il est déjà annulé ou a commencé.');
  }
  const reason = await findReasonRow(deps.db, row.relais_id, row.reason_id);
  await cancelAppointment(deps, row, reason, 'person', {
    kind: 'cancelled',
    actor_user_id: null,
    actor_label: 'La personne, par son lien',
    summary: 'Annulé par la personne',
    at: deps.clock.now().toISOString(),
  });
  await recordAudit(deps, undefined, {
    relaisId: row.relais_id,
    action: 'appointment.cancelled',
    subjectType: 'appointment',
    subjectId: row.id,
    summary: 'Rendez-vous annulé par la personne (lien reçu par e-mail)',
    ip,
  });
  return publicSummary((await findAppointmentRow(deps.db, row.relais_id, row.id))!, deps.clock.now());
}

export async function moveByToken(deps: PublicDeps, token: string, input: z.infer<typeof moveInput>, ip?: string) {
  const old = await byToken(deps, token);
  if (!changeable(old, deps.clock.now())) {
    throw new AppointmentClosedError('Ce rendez-vous ne peut plus être déplacé : il est déjà annulé ou a commencé.');
  }
  const reason = await onlineReason(deps, old.relais_id, old.reason_id);
  const start = new Date(input.start);
  const permanence = await checkedSlot(deps, old.relais_id, reason, input.permanenceId, start, noticeOf(reason));
  const id = await moveAppointment(deps, old, reason, permanence, start, hashToken(token), 'La personne, par son lien');
  const row = (await findAppointmentRow(deps.db, old.relais_id, id))!;
  await sendConfirmation(deps, viewOf(row), token, true);
  await notifyWaitlist(deps, old, reason);
  await recordAudit(deps, undefined, {
    relaisId: old.relais_id,
    action: 'appointment.moved',
    subjectType: 'appointment',
    subjectId: id,
    summary: 'Rendez-vous déplacé par la personne (lien reçu par e-mail)',
    ip,
  });
  return publicSummary(row, deps.clock.now());
}

/** Longest period one may wait for (a waiting list is for the coming weeks, not the year). */
export const MAX_WAIT_DAYS = 90;

export async function joinWaitlist(deps: PublicDeps, slug: string, input: z.infer<typeof waitlistInput>, ip?: string) {
  const relais = await requireRelais(deps, slug);
  const reason = await onlineReason(deps, relais.id, input.reasonId);
  const today = parisToday(deps.clock);
  const to = input.to ?? addDays(today, Math.min(MAX_WAIT_DAYS, Number(reason.max_notice_days)));
  if (to < today) invalid([{ field: 'to', message: 'Cette période est déjà passée.' }]);
  if (daysBetween(today, to) > MAX_WAIT_DAYS) {
    invalid([{ field: 'to', message: `La période doit finir dans les ${MAX_WAIT_DAYS} jours.` }]);
  }
  const token = newToken();
  const id = crypto.randomUUID();
  const from = !input.from || input.from < today ? today : input.from;
  if (to < from) invalid([{ field: 'to', message: 'La date de fin précède le début.' }]);
  await insertWaitlistRow(deps.db, {
    id,
    relais_id: relais.id,
    reason_id: reason.id,
    name: input.name,
    email: input.email,
    wanted_from: from,
    wanted_to: to,
    token_hash: hashToken(token),
    created_at: deps.clock.now().toISOString(),
  });
  await sendWaitlistWelcome(
    deps,
    {
      relaisId: relais.id,
      relaisName: relais.name,
      reasonLabel: reason.label,
      name: input.name,
      email: input.email,
      from,
      to,
    },
    token,
  );
  await recordAudit(deps, undefined, {
    relaisId: relais.id,
    action: 'appointment_waitlist.joined',
    subjectType: 'appointment_waitlist',
    subjectId: id,
    summary: `Inscription sur la liste d’attente (${reason.label})`,
    ip,
  });
}

export async function leaveWaitlist(deps: PublicDeps, token: string, ip?: string) {
  const row = await removeWaitlistByToken(deps.db, hashToken(token), deps.clock.now().toISOString());
  if (!row) throw new NotFoundError('Cette inscription est introuvable : le lien est peut-être incomplet.');
  if (row.removed_at === null) {
    await recordAudit(deps, undefined, {
      relaisId: row.relais_id,
      action: 'appointment_waitlist.left',
      subjectType: 'appointment_waitlist',
      subjectId: row.id,
      summary: 'Retrait de la liste d’attente (lien reçu par e-mail)',
      ip,
    });
  }
}
