/**
 * The agenda of a relais: appointments over a period, booking for someone by phone, the outcome of
 * each appointment (an honoured one becomes one contact of the log, once) and the waiting list.
 */
import type { z } from 'zod';
import { addDays, daysBetween, parisInstant, parisWallClock } from '../../app/calendar.js';
import { parisToday } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { findFamilyRow } from '../contacts/contacts.repository.js';
import { FAMILY_PUBLICS, PUBLICS, type Public } from '../contacts/contacts.rules.js';
import { ensureDefaultSubjects } from '../contacts/contacts.subjects.js';
import { recordContact } from '../contacts/contacts.usecases.js';
import { communeNamer } from '../relais/relais.usecases.js';
import {
  cancelAppointment,
  checkedSlot,
  placeBooking,
  sendConfirmation,
  slotsOfReason,
  STAFF_NOTICE,
  viewOf,
} from './appointments.booking.js';
import { AppointmentClosedError, invalid } from './appointments.errors.js';
import { checkPerson, searchPeriod } from './appointments.public.js';
import { requireReason, type StaffDeps } from './appointments.reasons.js';
import {
  eventsOf,
  findAppointmentRow,
  findReasonRow,
  linkContact,
  listAgendaRows,
  listWaitlistRows,
  markOutcome,
  type AppointmentRow,
} from './appointments.repository.js';
import { MAX_AGENDA_DAYS, MODES, placeLabel, STATUSES, type Mode, type Status } from './appointments.rules.js';
import type { agendaQuery, slotsQuery, staffBookingInput, statusInput } from './appointments.schemas.js';

function appointmentDto(row: AppointmentRow, communeName: (code: string | null) => string | null) {
  const mode = row.mode as Mode;
  const site =
    row.site_id !== null ? { id: row.site_id, name: row.site_name ?? '', address: row.site_address ?? '' } : null;
  const start = parisWallClock(new Date(row.starts_at));
  return {
    id: row.id,
    status: row.status,
    statusLabel: STATUSES[row.status as Status] ?? row.status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    date: start.date,
    startTime: start.time,
    endTime: parisWallClock(new Date(row.ends_at)).time,
    mode,
    modeLabel: MODES[mode] ?? mode,
    reason: { id: row.reason_id, label: row.reason_label },
    permanenceId: row.permanence_id,
    animator: { id: row.animator_id, name: row.animator_name },
    site,
    placeLabel: placeLabel(mode, site),
    person: { name: row.person_name, email: row.person_email, phone: row.person_phone, note: row.person_note },
    public: row.public,
    publicLabel: PUBLICS[row.public as Public] ?? row.public,
    inseeCode: row.insee_code,
    communeName: communeName(row.insee_code),
    family: row.family_id ? { id: row.family_id, name: row.family_name ?? 'Famille anonymisée' } : null,
    bookedVia: row.booked_via,
    bookedBy: row.booked_by_name ?? null,
    movedFromId: row.moved_from_id,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
    reminderDueAt: row.reminder_due_at,
    reminderSentAt: row.reminder_sent_at,
    contactId: row.contact_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function loadAppointment(deps: StaffDeps, relaisId: string, id: string) {
  const row = await findAppointmentRow(deps.db, relaisId, id);
  if (!row) throw new NotFoundError('Ce rendez-vous est introuvable dans ce relais.');
  return row;
}

export async function staffFreeSlots(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  query: z.infer<typeof slotsQuery>,
) {
  authorize(actor, 'appointments.book', relaisId);
  const reason = await requireReason(deps, relaisId, query.reasonId);
  if (reason.archived_at !== null) throw new NotFoundError('Ce motif est archivé.');
  const period = searchPeriod(parisToday(deps.clock), query, null);
  const days = await slotsOfReason(deps, relaisId, reason, period.from, period.to, STAFF_NOTICE);
  return { reasonId: reason.id, from: period.from, to: period.to, days };
}

export async function listAgenda(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  query: z.infer<typeof agendaQuery>,
) {
  authorize(actor, 'appointments.read', relaisId);
  const from = query.from ?? parisToday(deps.clock);
  const to = query.to ?? addDays(from, 6);
  if (to < from) invalid([{ field: 'to', message: 'La fin de la période précède son début.' }]);
  if (daysBetween(from, to) >= MAX_AGENDA_DAYS) {
    invalid([{ field: 'to', message: `Période trop longue (${MAX_AGENDA_DAYS} jours au plus).` }]);
  }
  const rows = await listAgendaRows(
    deps.db,
    relaisId,
    parisInstant(from, '00:00').toISOString(),
    parisInstant(addDays(to, 1), '00:00').toISOString(),
    query,
  );
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'appointment',
    summary: `Consultation de l’agenda des rendez-vous du ${from} au ${to} (${rows.length})`,
  });
  const communeName = await communeNamer(deps, relaisId);
  return { from, to, appointments: rows.map((r) => appointmentDto(r, communeName)) };
}

export async function getAppointment(deps: StaffDeps, actor: Actor | undefined, relaisId: string, id: string) {
  authorize(actor, 'appointments.read', relaisId);
  const row = await loadAppointment(deps, relaisId, id);
  const events = await eventsOf(deps.db, [id]);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'appointment',
    subjectId: id,
    summary: `Consultation d’un rendez-vous (${row.reason_label}, ${row.starts_at.slice(0, 10)})`,
  });
  return {
    ...appointmentDto(row, await communeNamer(deps, relaisId)),
    events: events.map((e) => ({
      at: e.at,
      kind: e.kind,
      kindLabel: EVENT_LABELS[e.kind] ?? e.kind,
      actor: e.actor_label,
      summary: e.summary,
    })),
  };
}

const EVENT_LABELS: Record<string, string> = {
  booked: 'Réservé',
  moved: 'Déplacé',
  cancelled: 'Annulé',
  honoured: 'Honoré',
  missed: 'Non honoré',
  reminded: 'Rappel envoyé',
};

export async function bookForSomeone(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  input: z.infer<typeof staffBookingInput>,
) {
  const who = authorize(actor, 'appointments.book', relaisId);
  const reason = await requireReason(deps, relaisId, input.reasonId);
  if (reason.archived_at !== null) invalid([{ field: 'reasonId', message: 'Ce motif est archivé.' }]);
  checkPerson(reason, input);
  if (input.familyId) {
    if (!FAMILY_PUBLICS.includes(input.public)) {
      invalid([{ field: 'familyId', message: 'Seul le rendez-vous d’une famille peut être rattaché à une famille.' }]);
    }
    if (!(await findFamilyRow(deps.db, relaisId, input.familyId))) {
      invalid([{ field: 'familyId', message: 'Famille inconnue dans ce relais.' }]);
    }
  }
  const start = new Date(input.start);
  const permanence = await checkedSlot(deps, relaisId, reason, input.permanenceId, start, STAFF_NOTICE);
  const { id, token } = await placeBooking(deps, {
    relaisId,
    reason,
    permanence,
    start,
    person: input,
    via: 'staff',
    bookedBy: who.userId,
    event: {
      kind: 'booked',
      actor_user_id: who.userId,
      actor_label: who.displayName,
      summary: 'Réservé par l’équipe (au téléphone)',
      at: deps.clock.now().toISOString(),
    },
  });
  const row = await loadAppointment(deps, relaisId, id);
  await sendConfirmation(deps, viewOf(row), token, false);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'appointment.booked',
    subjectType: 'appointment',
    subjectId: id,
    summary: `Rendez-vous réservé pour quelqu’un (${reason.label})`,
  });
  return appointmentDto(row, await communeNamer(deps, relaisId));
}

/** The contact an honoured appointment counts as: channel « Rendez-vous », the reason's subject. */
async function contactOf(deps: StaffDeps, relaisId: string, row: AppointmentRow) {
  const subjects = (await ensureDefaultSubjects(deps.db, relaisId, deps.clock.now())).filter(
    (s) => s.archivedAt === null,
  );
  const subject =
    subjects.find((s) => s.code !== null && s.code === row.default_subject_code) ??
    subjects.find((s) => s.code === 'other') ??
    subjects[0];
  if (!subject) return undefined;
  const familyPublic = FAMILY_PUBLICS.includes(row.public as Public);
  return {
    occurredAt: row.starts_at,
    channel: 'appointment' as const,
    public: row.public as Public,
    inseeCode: row.insee_code,
    subjectIds: [subject.id],
    outcome: 'informed' as const,
    familyId: familyPublic ? row.family_id : null,
    childminderId: null,
    note: '',
  };
}

export async function setAppointmentStatus(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: z.infer<typeof statusInput>,
) {
  const who = authorize(actor, 'appointments.book', relaisId);
  const row = await loadAppointment(deps, relaisId, id);
  const now = deps.clock.now();
  const event = { actor_user_id: who.userId, actor_label: who.displayName, at: now.toISOString() };
  if (row.status === input.status) {
    // Asked twice (a double click): nothing more happens, nothing is counted twice.
    return appointmentDto(row, await communeNamer(deps, relaisId));
  }
  if (row.status !== 'booked') {
    throw new AppointmentClosedError(
      `Ce rendez-vous est déjà ${STATUSES[row.status as Status]?.toLocaleLowerCase('fr') ?? row.status} : son statut ne change plus.`,
    );
  }
  if (input.status === 'cancelled') {
    const reason = await findReasonRow(deps.db, relaisId, row.reason_id);
    await cancelAppointment(
      deps,
      row,
      reason,
      'staff',
      { ...event, kind: 'cancelled', summary: `Annulé par l’équipe${input.reason ? ` : ${input.reason}` : ''}` },
      input.reason,
    );
  } else {
    if (Date.parse(row.starts_at) > now.getTime()) {
      throw new AppointmentClosedError(
        'Ce rendez-vous n’a pas encore commencé : il ne peut pas être marqué honoré ou non.',
      );
    }
    const marked = await markOutcome(deps.db, row, input.status, now.toISOString(), {
      ...event,
      kind: input.status,
      summary: input.status === 'honoured' ? 'Marqué honoré' : 'Marqué non honoré (absence)',
    });
    if (!marked)
      throw new AppointmentClosedError('Le statut de ce rendez-vous vient d’être changé par quelqu’un d’autre.');
    if (input.status === 'honoured' && row.contact_id === null) {
      const contact = await contactOf(deps, relaisId, row);
      if (contact) {
        const recorded = await recordContact(deps, actor, relaisId, contact);
        await linkContact(deps.db, relaisId, id, recorded.id, now.toISOString());
      }
    }
  }
  await recordAudit(deps, actor, {
    relaisId,
    action: `appointment.${input.status}`,
    subjectType: 'appointment',
    subjectId: id,
    summary: `Rendez-vous du ${row.starts_at.slice(0, 10)} marqué « ${STATUSES[input.status]} »`,
  });
  return appointmentDto(await loadAppointment(deps, relaisId, id), await communeNamer(deps, relaisId));
}

export async function listWaitlist(deps: StaffDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'appointments.read', relaisId);
  const rows = await listWaitlistRows(deps.db, relaisId, parisToday(deps.clock));
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'appointment_waitlist',
    summary: `Consultation de la liste d’attente des rendez-vous (${rows.length})`,
  });
  return rows.map((r) => ({
    id: r.id,
    reason: { id: r.reason_id, label: r.reason_label },
    name: r.name,
    email: r.email,
    wantedFrom: r.wanted_from,
    wantedTo: r.wanted_to,
    createdAt: r.created_at,
    notifiedAt: r.notified_at,
  }));
}
