/**
 * Attendance of a session, taken on the day (on a phone): who came among those expected (the
 * confirmed registrations, or the members of the practice group), walk-ins (a childminder's file,
 * or a name), and the children present by age band. Taking it again replaces the list; the
 * session's history and the audit keep who did it, when.
 */
import type { Kysely } from 'kysely';
import { parisToday, type Clock } from '../../app/clock.js';
import { AppError, InvalidInputError, NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import {
  attendanceRowsOf,
  childmindersOfRelais,
  findActivityOfRelais,
  groupMemberRows,
  personName,
  registrationsOfActivity,
  replaceAttendanceIn,
} from './activities.reports.repository.js';
import type { AttendanceRowInput } from './activities.reports.schemas.js';

export interface AttendanceDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** Attendance cannot be taken for this session (cancelled, or not held yet). */
export class AttendanceRefusedError extends AppError {
  constructor(message: string) {
    super('attendance_refused', 409, message);
  }
}

interface Problem {
  field: string;
  message: string;
}

function invalidAttendance(problems: Problem[]): never {
  throw new InvalidInputError(`Donnée incohérente — « ${problems[0]?.field} » : ${problems[0]?.message}`, {
    fields: problems,
  });
}

/** The name of a childminder's file when the registration has one, else the name given. */
function registrantName(r: { first_name: string | null; last_name: string | null; person_name: string }): string {
  return r.first_name !== null && r.last_name !== null
    ? personName({ first_name: r.first_name, last_name: r.last_name })
    : r.person_name;
}

const ACTIVITY_NOT_FOUND = 'Cette séance est introuvable.';

async function requireActivity(deps: AttendanceDeps, relaisId: string, activityId: string) {
  const activity = await findActivityOfRelais(deps.db, relaisId, activityId);
  if (!activity) throw new NotFoundError(ACTIVITY_NOT_FOUND);
  return activity;
}

/** Who is expected: the confirmed registrations, or the present members of the practice group. */
async function expectedOf(
  deps: AttendanceDeps,
  relaisId: string,
  activity: { id: string; practice_group_id: string | null },
) {
  if (activity.practice_group_id) {
    const members = await groupMemberRows(deps.db, relaisId, [activity.practice_group_id]);
    return members
      .filter((m) => m.left_at === null)
      .map((m) => ({
        registrationId: null,
        childminderId: m.childminder_id,
        name: personName(m),
        attendee: 'childminder',
        children: 0,
      }));
  }
  const registrations = await registrationsOfActivity(deps.db, relaisId, activity.id);
  return registrations
    .filter((r) => r.status === 'confirmed')
    .map((r) => ({
      registrationId: r.id,
      childminderId: r.childminder_id,
      name: registrantName(r),
      attendee: r.registrant,
      children: Number(r.children),
    }));
}

async function attendanceOf(deps: AttendanceDeps, relaisId: string, activity: Parameters<typeof expectedOf>[2]) {
  const [expected, rows, recorded] = await Promise.all([
    expectedOf(deps, relaisId, activity),
    attendanceRowsOf(deps.db, relaisId, activity.id),
    findActivityOfRelais(deps.db, relaisId, activity.id),
  ]);
  return {
    recordedAt: recorded?.attendance_recorded_at ?? null,
    expected,
    rows: rows.map((r) => ({
      id: r.id,
      registrationId: r.registration_id,
      childminderId: r.childminder_id,
      personName: r.person_name,
      attendee: r.attendee as AttendanceRowInput['attendee'],
      walkIn: Number(r.walk_in) === 1,
      childrenUnder1: Number(r.children_under_1),
      children1To2: Number(r.children_1_to_2),
      children2To3: Number(r.children_2_to_3),
      children3AndOver: Number(r.children_3_and_over),
    })),
  };
}

export async function getAttendance(
  deps: AttendanceDeps,
  actor: Actor | undefined,
  relaisId: string,
  activityId: string,
) {
  authorize(actor, 'activities.read', relaisId);
  const activity = await requireActivity(deps, relaisId, activityId);
  const attendance = await attendanceOf(deps, relaisId, activity);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'activity_attendance',
    subjectId: activityId,
    summary: `Consultation des présences de la séance du ${activity.date} (${activity.title})`,
  });
  return attendance;
}

/**
 * Checks the rows against the session: registrations of this session, childminder files of the
 * relais, nobody twice, a name for whoever has no file; fills names and kinds from what is known.
 */
export function attendanceProblems(
  rows: readonly AttendanceRowInput[],
  known: {
    registrations: ReadonlyMap<string, { childminderId: string | null; registrant: string; name: string }>;
    childminders: ReadonlyMap<string, { name: string }>;
    members: ReadonlySet<string>;
    practiceGroup: boolean;
  },
): Problem[] {
  const problems: Problem[] = [];
  const seenRegistrations = new Set<string>();
  const seenChildminders = new Set<string>();
  rows.forEach((row, i) => {
    const at = (field: string) => `rows.${i}.${field}`;
    if (row.registrationId !== null) {
      const registration = known.registrations.get(row.registrationId);
      if (!registration) {
        problems.push({
          field: at('registrationId'),
          message: 'Cette inscription n’est pas une inscription de la séance.',
        });
        return;
      }
      if (seenRegistrations.has(row.registrationId)) {
        problems.push({ field: at('registrationId'), message: 'Cette inscription figure deux fois dans la liste.' });
      }
      seenRegistrations.add(row.registrationId);
      if (row.childminderId !== null && row.childminderId !== registration.childminderId) {
        problems.push({
          field: at('childminderId'),
          message: 'L’assistant·e maternel·le ne correspond pas à l’inscription.',
        });
      }
      if (row.walkIn) {
        problems.push({ field: at('walkIn'), message: 'Une personne inscrite n’est pas venue sans inscription.' });
      }
    } else if (!row.walkIn && !(known.practiceGroup && row.childminderId && known.members.has(row.childminderId))) {
      problems.push({
        field: at('walkIn'),
        message: known.practiceGroup
          ? 'Cette personne n’est pas membre du groupe : indiquez qu’elle est venue sans inscription.'
          : 'Sans inscription, indiquez que la personne est venue sans inscription.',
      });
    }
    const childminderId = row.childminderId ?? known.registrations.get(row.registrationId ?? '')?.childminderId ?? null;
    if (childminderId !== null) {
      if (row.childminderId !== null && !known.childminders.has(row.childminderId)) {
        problems.push({
          field: at('childminderId'),
          message: 'Cette fiche d’assistant·e maternel·le est inconnue du relais.',
        });
      }
      if (seenChildminders.has(childminderId)) {
        problems.push({
          field: at('childminderId'),
          message: 'Cette assistant·e maternel·le figure deux fois dans la liste.',
        });
      }
      seenChildminders.add(childminderId);
      if (row.attendee !== 'childminder') {
        problems.push({
          field: at('attendee'),
          message: 'Une fiche d’assistant·e maternel·le est une assistant·e maternel·le.',
        });
      }
    } else if (row.registrationId === null && row.personName === '') {
      problems.push({ field: at('personName'), message: 'Indiquez le nom de la personne venue sans inscription.' });
    }
  });
  return problems;
}

export async function recordAttendance(
  deps: AttendanceDeps,
  actor: Actor | undefined,
  relaisId: string,
  activityId: string,
  rows: readonly AttendanceRowInput[],
) {
  const who = authorize(actor, 'activities.manage', relaisId);
  const activity = await requireActivity(deps, relaisId, activityId);
  if (activity.status === 'cancelled') {
    throw new AttendanceRefusedError('Cette séance a été annulée : il n’y a pas de présences à relever.');
  }
  const today = parisToday(deps.clock);
  if (activity.date > today) {
    throw new AttendanceRefusedError(
      'Cette séance n’a pas encore eu lieu : les présences se relèvent le jour même ou après.',
    );
  }

  const registrations = await registrationsOfActivity(deps.db, relaisId, activityId);
  const registrationMap = new Map(
    registrations
      .filter((r) => r.status !== 'cancelled')
      .map((r) => [
        r.id,
        {
          childminderId: r.childminder_id,
          registrant: r.registrant,
          name: registrantName(r),
        },
      ]),
  );
  const askedChildminders = rows.flatMap((r) => (r.childminderId ? [r.childminderId] : []));
  const registeredChildminders = [...registrationMap.values()].flatMap((r) =>
    r.childminderId ? [r.childminderId] : [],
  );
  const files = await childmindersOfRelais(deps.db, relaisId, [
    ...new Set([...askedChildminders, ...registeredChildminders]),
  ]);
  const childminders = new Map(files.map((c) => [c.id, { name: personName(c) }]));
  const members = activity.practice_group_id
    ? new Set(
        (await groupMemberRows(deps.db, relaisId, [activity.practice_group_id]))
          .filter((m) => m.left_at === null)
          .map((m) => m.childminder_id),
      )
    : new Set<string>();
  const problems = attendanceProblems(rows, {
    registrations: registrationMap,
    childminders,
    members,
    practiceGroup: activity.practice_group_id !== null,
  });
  if (problems.length > 0) invalidAttendance(problems);

  const at = deps.clock.now().toISOString();
  const inserted = rows.map((row) => {
    const registration = row.registrationId ? registrationMap.get(row.registrationId) : undefined;
    const childminderId = row.childminderId ?? registration?.childminderId ?? null;
    const name =
      (childminderId ? childminders.get(childminderId)?.name : undefined) ??
      (row.personName || registration?.name || '');
    return {
      id: crypto.randomUUID(),
      activity_id: activityId,
      relais_id: relaisId,
      registration_id: row.registrationId,
      attendee: registration ? registration.registrant : row.attendee,
      childminder_id: childminderId,
      person_name: name,
      walk_in: row.walkIn ? 1 : 0,
      children_under_1: row.childrenUnder1,
      children_1_to_2: row.children1To2,
      children_2_to_3: row.children2To3,
      children_3_and_over: row.children3AndOver,
      recorded_at: at,
      recorded_by: who.userId,
    };
  });
  const children = inserted.reduce(
    (sum, r) => sum + r.children_under_1 + r.children_1_to_2 + r.children_2_to_3 + r.children_3_and_over,
    0,
  );
  const walkIns = inserted.filter((r) => r.walk_in === 1).length;
  const detail = `${inserted.length} présent${inserted.length > 1 ? 's' : ''} (dont ${walkIns} sans inscription), ${children} enfant${children > 1 ? 's' : ''}`;
  await deps.db.transaction().execute(async (trx) => {
    await replaceAttendanceIn(trx, relaisId, activityId, inserted, {
      actorId: who.userId,
      actorName: who.displayName,
      detail,
      at,
    });
    await recordAudit({ db: trx, clock: deps.clock }, actor, {
      relaisId,
      action: 'activity.attendance_recorded',
      subjectType: 'activity',
      subjectId: activityId,
      summary: `Présences de la séance du ${activity.date} relevées : ${detail}`,
    });
  });
  return attendanceOf(deps, relaisId, activity);
}
