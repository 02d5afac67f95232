/**
 * Appointments for the staff of a relais: reasons and permanences (archived rather than deleted
 * once used), closures, the agenda, booking for someone by phone, and the outcome of each
 * appointment (an honoured one becomes one contact of the log, once).
 */
import type { z } from 'zod';
import { addDays, daysBetween, parisInstant, parisWallClock } from '../../app/calendar.js';
import { parisToday } from '../../app/clock.js';
import { ConflictError, NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { activeStaffAllowed } from '../accounts/accounts.usecases.js';
import { findFamilyRow } from '../contacts/contacts.repository.js';
import { FAMILY_PUBLICS, PUBLICS, type Public } from '../contacts/contacts.rules.js';
import { ensureDefaultSubjects } from '../contacts/contacts.subjects.js';
import { recordContact } from '../contacts/contacts.usecases.js';
import { findCommune } from '../relais/communes.reference.js';
import { communeNamesOfRelais } from '../relais/relais.usecases.js';
import { listSites } from '../sites/sites.usecases.js';
import {
  cancelAppointment,
  checkedSlot,
  placeBooking,
  sendConfirmation,
  slotsOfReason,
  STAFF_NOTICE,
  viewOf,
  type BookingDeps,
} from './appointments.booking.js';
import { AppointmentClosedError, InUseError, invalid, LabelTakenError } from './appointments.errors.js';
import { checkPerson, reasonModes, searchPeriod } from './appointments.public.js';
import {
  closuresOfPermanences,
  deleteClosureRow,
  deletePermanenceRow,
  deleteReasonRow,
  eventsOf,
  findAppointmentRow,
  findClosureRow,
  findPermanenceRow,
  findReasonRow,
  insertClosureRow,
  insertPermanenceRow,
  insertReasonRow,
  isUniqueViolation,
  linkContact,
  listAgendaRows,
  listPermanenceRows,
  listReasonRows,
  listWaitlistRows,
  markOutcome,
  reasonLabelTaken,
  reasonsOfPermanences,
  updatePermanenceRow,
  updateReasonRow,
  type AppointmentRow,
  type PermanenceRow,
  type ReasonRow,
} from './appointments.repository.js';
import {
  AUDIENCES,
  MAX_AGENDA_DAYS,
  MODES,
  permanenceProblems,
  placeLabel,
  reasonProblems,
  STATUSES,
  type Audience,
  type Mode,
  type Status,
} from './appointments.rules.js';
import type {
  agendaQuery,
  closureInput,
  permanenceInput,
  reasonInput,
  slotsQuery,
  staffBookingInput,
  statusInput,
} from './appointments.schemas.js';

export type StaffDeps = BookingDeps;

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

// ---------------------------------------------------------------------------------------------
// Reasons

function reasonDto(r: ReasonRow) {
  return {
    id: r.id,
    label: r.label,
    description: r.description,
    durationMinutes: Number(r.duration_minutes),
    modes: reasonModes(r),
    audience: r.audience,
    audienceLabel: AUDIENCES[r.audience as Audience] ?? r.audience,
    defaultSubjectCode: r.default_subject_code,
    minNoticeHours: Number(r.min_notice_hours),
    maxNoticeDays: Number(r.max_notice_days),
    bookableOnline: Number(r.bookable_online) === 1,
    position: Number(r.position),
    archived: r.archived_at !== null,
    used: Boolean(Number(r.used)),
  };
}

async function requireReason(deps: StaffDeps, relaisId: string, id: string) {
  const reason = await findReasonRow(deps.db, relaisId, id);
  if (!reason) throw new NotFoundError('Ce motif de rendez-vous est introuvable dans ce relais.');
  return reason;
}

type ReasonInput = z.infer<typeof reasonInput>;

function reasonColumns(input: ReasonInput) {
  return {
    label: input.label,
    description: input.description,
    duration_minutes: input.durationMinutes,
    modes: input.modes.join(','),
    audience: input.audience,
    default_subject_code: input.defaultSubjectCode,
    min_notice_hours: input.minNoticeHours,
    max_notice_days: input.maxNoticeDays,
    bookable_online: input.bookableOnline ? 1 : 0,
  };
}

async function checkedReason(deps: StaffDeps, relaisId: string, input: ReasonInput, exceptId: string | null) {
  const problems = reasonProblems(input);
  if (problems.length > 0) invalid(problems);
  const taken = await reasonLabelTaken(deps.db, relaisId, input.label, exceptId);
  if (taken) throw new LabelTakenError(taken.label);
}

export async function listReasons(deps: StaffDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'appointments.read', relaisId);
  return (await listReasonRows(deps.db, relaisId)).map(reasonDto);
}

export async function createReason(deps: StaffDeps, actor: Actor | undefined, relaisId: string, input: ReasonInput) {
  authorize(actor, 'appointments.configure', relaisId);
  await checkedReason(deps, relaisId, input, null);
  const id = crypto.randomUUID();
  const now = deps.clock.now().toISOString();
  try {
    await insertReasonRow(deps.db, {
      id,
      relais_id: relaisId,
      ...reasonColumns(input),
      archived_at: null,
      created_at: now,
      updated_at: now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new LabelTakenError(input.label);
    throw error;
  }
  await recordAudit(deps, actor, {
    relaisId,
    action: 'appointment_reason.created',
    subjectType: 'appointment_reason',
    subjectId: id,
    summary: `Motif de rendez-vous « ${input.label} » ajouté`,
  });
  return reasonDto((await findReasonRow(deps.db, relaisId, id))!);
}

export async function updateReason(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: ReasonInput,
) {
  authorize(actor, 'appointments.configure', relaisId);
  const before = await requireReason(deps, relaisId, id);
  await checkedReason(deps, relaisId, input, id);
  await updateReasonRow(deps.db, relaisId, id, { ...reasonColumns(input), updated_at: deps.clock.now().toISOString() });
  await recordAudit(deps, actor, {
    relaisId,
    action: 'appointment_reason.updated',
    subjectType: 'appointment_reason',
    subjectId: id,
    summary: `Motif de rendez-vous « ${before.label} » modifié`,
  });
  return reasonDto((await findReasonRow(deps.db, relaisId, id))!);
}

async function setReasonArchived(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  archived: boolean,
) {
  authorize(actor, 'appointments.configure', relaisId);
  const before = await requireReason(deps, relaisId, id);
  const now = deps.clock.now().toISOString();
  await updateReasonRow(deps.db, relaisId, id, {
    archived_at: archived ? (before.archived_at ?? now) : null,
    updated_at: now,
  });
  await recordAudit(deps, actor, {
    relaisId,
    action: archived ? 'appointment_reason.archived' : 'appointment_reason.restored',
    subjectType: 'appointment_reason',
    subjectId: id,
    summary: `Motif de rendez-vous « ${before.label} » ${archived ? 'archivé' : 'rétabli'}`,
  });
  return reasonDto((await findReasonRow(deps.db, relaisId, id))!);
}

export const archiveReason = (deps: StaffDeps, actor: Actor | undefined, relaisId: string, id: string) =>
  setReasonArchived(deps, actor, relaisId, id, true);
export const restoreReason = (deps: StaffDeps, actor: Actor | undefined, relaisId: string, id: string) =>
  setReasonArchived(deps, actor, relaisId, id, false);

export async function deleteReason(deps: StaffDeps, actor: Actor | undefined, relaisId: string, id: string) {
  authorize(actor, 'appointments.configure', relaisId);
  const before = await requireReason(deps, relaisId, id);
  if (Number(before.used)) {
    throw new InUseError('Ce motif a déjà servi à des rendez-vous : archivez-le plutôt, son historique reste.');
  }
  await deleteReasonRow(deps.db, relaisId, id);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'appointment_reason.deleted',
    subjectType: 'appointment_reason',
    subjectId: id,
    summary: `Motif de rendez-vous « ${before.label} » supprimé`,
  });
}

// ---------------------------------------------------------------------------------------------
// Permanences

async function permanenceDtos(deps: StaffDeps, rows: PermanenceRow[]) {
  const ids = rows.map((r) => r.id);
  const [reasons, closures] = await Promise.all([
    reasonsOfPermanences(deps.db, ids),
    closuresOfPermanences(deps.db, ids, parisToday(deps.clock)),
  ]);
  return rows.map((p) => {
    const mode = p.mode as Mode;
    return {
      id: p.id,
      animator: { id: p.animator_id, name: p.animator_name },
      site: p.site_id !== null ? { id: p.site_id, name: p.site_name ?? '', address: p.site_address ?? '' } : null,
      mode,
      modeLabel: MODES[mode] ?? mode,
      weekday: Number(p.weekday),
      weekdayLabel: WEEKDAYS[Number(p.weekday) - 1] ?? '',
      startTime: p.start_time,
      endTime: p.end_time,
      validFrom: p.valid_from,
      validTo: p.valid_to,
      skipSchoolHolidays: Number(p.skip_school_holidays) === 1,
      label: p.label,
      reasons: reasons.filter((r) => r.permanence_id === p.id).map((r) => ({ id: r.id, label: r.label })),
      closures: closures
        .filter((c) => c.permanence_id === p.id)
        .map((c) => ({ id: c.id, date: c.date, reason: c.reason })),
      archived: p.archived_at !== null,
      used: Boolean(Number(p.used)),
    };
  });
}

async function requirePermanence(deps: StaffDeps, relaisId: string, id: string) {
  const permanence = await findPermanenceRow(deps.db, relaisId, id);
  if (!permanence) throw new NotFoundError('Cette permanence est introuvable dans ce relais.');
  return permanence;
}

async function permanenceDto(deps: StaffDeps, relaisId: string, id: string) {
  const [dto] = await permanenceDtos(deps, [await requirePermanence(deps, relaisId, id)]);
  return dto!;
}

type PermanenceInput = z.infer<typeof permanenceInput>;

/** Checks the hours, the animator, the venue and the reasons of a permanence, all of this relais. */
async function checkedPermanence(deps: StaffDeps, actor: Actor | undefined, relaisId: string, input: PermanenceInput) {
  const problems = permanenceProblems(input);
  if (problems.length > 0) invalid(problems);
  const animators = await activeStaffAllowed(deps, relaisId, 'appointments.book');
  if (!animators.some((a) => a.id === input.animatorId)) {
    invalid([{ field: 'animatorId', message: 'Ce compte n’est pas un membre actif de l’équipe de ce relais.' }]);
  }
  if (input.siteId !== null) {
    const sites = await listSites(deps, actor, relaisId, false);
    if (!sites.some((s) => s.id === input.siteId)) {
      invalid([{ field: 'siteId', message: 'Ce lieu n’existe pas dans ce relais, ou il est archivé.' }]);
    }
  }
  const reasons = await listReasonRows(deps.db, relaisId);
  for (const reasonId of new Set(input.reasonIds)) {
    const reason = reasons.find((r) => r.id === reasonId);
    if (!reason || reason.archived_at !== null) {
      invalid([{ field: 'reasonIds', message: 'Un des motifs est inconnu dans ce relais, ou archivé.' }]);
    }
    if (!reason.modes.split(',').includes(input.mode)) {
      invalid([
        {
          field: 'reasonIds',
          message: `Le motif « ${reason.label} » ne se tient pas ${MODES[input.mode].toLocaleLowerCase('fr')}.`,
        },
      ]);
    }
  }
  return [...new Set(input.reasonIds)];
}

function permanenceColumns(input: PermanenceInput) {
  return {
    animator_id: input.animatorId,
    site_id: input.siteId,
    mode: input.mode,
    weekday: input.weekday,
    start_time: input.startTime,
    end_time: input.endTime,
    valid_from: input.validFrom,
    valid_to: input.validTo,
    skip_school_holidays: input.skipSchoolHolidays ? 1 : 0,
    label: input.label,
  };
}

function permanenceSummary(input: PermanenceInput) {
  return `${WEEKDAYS[input.weekday - 1]} ${input.startTime}–${input.endTime} (${MODES[input.mode].toLocaleLowerCase('fr')})`;
}

export async function listPermanences(deps: StaffDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'appointments.read', relaisId);
  return permanenceDtos(deps, await listPermanenceRows(deps.db, relaisId));
}

export async function createPermanence(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  input: PermanenceInput,
) {
  authorize(actor, 'appointments.configure', relaisId);
  const reasonIds = await checkedPermanence(deps, actor, relaisId, input);
  const id = crypto.randomUUID();
  const now = deps.clock.now().toISOString();
  await insertPermanenceRow(
    deps.db,
    { id, relais_id: relaisId, ...permanenceColumns(input), archived_at: null, created_at: now, updated_at: now },
    reasonIds,
  );
  await recordAudit(deps, actor, {
    relaisId,
    action: 'permanence.created',
    subjectType: 'permanence',
    subjectId: id,
    summary: `Permanence ajoutée : ${permanenceSummary(input)}`,
  });
  return permanenceDto(deps, relaisId, id);
}

export async function updatePermanence(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: PermanenceInput,
) {
  authorize(actor, 'appointments.configure', relaisId);
  await requirePermanence(deps, relaisId, id);
  const reasonIds = await checkedPermanence(deps, actor, relaisId, input);
  await updatePermanenceRow(
    deps.db,
    relaisId,
    id,
    { ...permanenceColumns(input), updated_at: deps.clock.now().toISOString() },
    reasonIds,
  );
  await recordAudit(deps, actor, {
    relaisId,
    action: 'permanence.updated',
    subjectType: 'permanence',
    subjectId: id,
    summary: `Permanence modifiée : ${permanenceSummary(input)}`,
  });
  return permanenceDto(deps, relaisId, id);
}

async function setPermanenceArchived(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  archived: boolean,
) {
  authorize(actor, 'appointments.configure', relaisId);
  const before = await requirePermanence(deps, relaisId, id);
  const now = deps.clock.now().toISOString();
  await updatePermanenceRow(deps.db, relaisId, id, {
    archived_at: archived ? (before.archived_at ?? now) : null,
    updated_at: now,
  });
  await recordAudit(deps, actor, {
    relaisId,
    action: archived ? 'permanence.archived' : 'permanence.restored',
    subjectType: 'permanence',
    subjectId: id,
    summary: `Permanence du ${WEEKDAYS[Number(before.weekday) - 1]} ${before.start_time} ${archived ? 'archivée' : 'rétablie'}`,
  });
  return permanenceDto(deps, relaisId, id);
}

export const archivePermanence = (deps: StaffDeps, actor: Actor | undefined, relaisId: string, id: string) =>
  setPermanenceArchived(deps, actor, relaisId, id, true);
export const restorePermanence = (deps: StaffDeps, actor: Actor | undefined, relaisId: string, id: string) =>
  setPermanenceArchived(deps, actor, relaisId, id, false);

export async function deletePermanence(deps: StaffDeps, actor: Actor | undefined, relaisId: string, id: string) {
  authorize(actor, 'appointments.configure', relaisId);
  const before = await requirePermanence(deps, relaisId, id);
  if (Number(before.used)) {
    throw new InUseError(
      'Des rendez-vous ont été pris sur cette permanence : archivez-la plutôt, son historique reste.',
    );
  }
  await deletePermanenceRow(deps.db, relaisId, id);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'permanence.deleted',
    subjectType: 'permanence',
    subjectId: id,
    summary: `Permanence du ${WEEKDAYS[Number(before.weekday) - 1]} ${before.start_time} supprimée`,
  });
}

export async function addClosure(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  permanenceId: string,
  input: z.infer<typeof closureInput>,
) {
  authorize(actor, 'appointments.configure', relaisId);
  await requirePermanence(deps, relaisId, permanenceId);
  const id = crypto.randomUUID();
  try {
    await insertClosureRow(deps.db, {
      id,
      relais_id: relaisId,
      permanence_id: permanenceId,
      date: input.date,
      reason: input.reason,
      created_at: deps.clock.now().toISOString(),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('Cette permanence est déjà fermée ce jour-là.');
    throw error;
  }
  await recordAudit(deps, actor, {
    relaisId,
    action: 'permanence.closed',
    subjectType: 'permanence',
    subjectId: permanenceId,
    summary: `Permanence fermée le ${input.date}${input.reason ? ` (${input.reason})` : ''}`,
  });
  return { id, date: input.date, reason: input.reason };
}

export async function removeClosure(
  deps: StaffDeps,
  actor: Actor | undefined,
  relaisId: string,
  permanenceId: string,
  closureId: string,
) {
  authorize(actor, 'appointments.configure', relaisId);
  await requirePermanence(deps, relaisId, permanenceId);
  const closure = await findClosureRow(deps.db, permanenceId, closureId);
  if (!closure) throw new NotFoundError('Ce jour de fermeture est introuvable.');
  await deleteClosureRow(deps.db, permanenceId, closureId);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'permanence.reopened',
    subjectType: 'permanence',
    subjectId: permanenceId,
    summary: `Permanence rouverte le ${closure.date}`,
  });
}

export async function listAnimators(deps: StaffDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'appointments.read', relaisId);
  return activeStaffAllowed(deps, relaisId, 'appointments.book');
}

// ---------------------------------------------------------------------------------------------
// Agenda and appointments

async function communeNamer(deps: StaffDeps, relaisId: string) {
  const territory = await communeNamesOfRelais(deps, relaisId);
  return (code: string | null) => (code === null ? null : (territory.get(code) ?? findCommune(code)?.name ?? code));
}

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
