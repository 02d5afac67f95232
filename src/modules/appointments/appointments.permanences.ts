/**
 * Weekly permanences of the staff of a relais, their reasons and one-off closures: archived rather
 * than deleted once an appointment names them.
 */
import type { z } from 'zod';
import { addDays, parisInstant, WEEKDAY_NAMES as WEEKDAYS } from '../../app/calendar.js';
import { parisToday } from '../../app/clock.js';
import { ConflictError, NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { activeStaffAllowed } from '../accounts/accounts.usecases.js';
import { listSites } from '../sites/sites.usecases.js';
import { InUseError, invalid } from './appointments.errors.js';
import type { StaffDeps } from './appointments.reasons.js';
import {
  closuresOfPermanences,
  countBookedBetween,
  deleteClosureRow,
  deletePermanenceRow,
  findClosureRow,
  findPermanenceRow,
  insertClosureRow,
  insertPermanenceRow,
  isUniqueViolation,
  listPermanenceRows,
  listReasonRows,
  reasonsOfPermanences,
  updatePermanenceRow,
  type PermanenceRow,
} from './appointments.repository.js';
import { MODES, permanenceProblems, type Mode } from './appointments.rules.js';
import type { closureInput, permanenceInput } from './appointments.schemas.js';

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
  // Appointments already booked that day are not cancelled behind anyone's back: the staff are told,
  // and cancel them from the agenda (which tells each person).
  const bookedAppointments = await countBookedBetween(
    deps.db,
    relaisId,
    permanenceId,
    parisInstant(input.date, '00:00').toISOString(),
    parisInstant(addDays(input.date, 1), '00:00').toISOString(),
  );
  return { id, date: input.date, reason: input.reason, bookedAppointments };
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
