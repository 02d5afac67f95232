/**
 * Reasons (motifs) of appointments, set by the staff of a relais: archived rather than deleted once
 * an appointment names them.
 */
import type { z } from 'zod';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import type { BookingDeps } from './appointments.booking.js';
import { InUseError, invalid, LabelTakenError } from './appointments.errors.js';
import { reasonModes } from './appointments.public.js';
import {
  deleteReasonRow,
  findReasonRow,
  insertReasonRow,
  isUniqueViolation,
  listReasonRows,
  reasonLabelTaken,
  updateReasonRow,
  type ReasonRow,
} from './appointments.repository.js';
import { AUDIENCES, reasonProblems, type Audience } from './appointments.rules.js';
import type { reasonInput } from './appointments.schemas.js';

export type StaffDeps = BookingDeps;

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

export async function requireReason(deps: StaffDeps, relaisId: string, id: string) {
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
