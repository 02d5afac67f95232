/**
 * Kysely queries of attendance, practice-analysis groups, statistics and exports of the
 * activities. Every query is scoped by relais; the same SQL runs on both engines.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { ActivityAttendanceTable, Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export const personName = (c: { first_name: string; last_name: string }) => `${c.first_name} ${c.last_name}`.trim();

// -------------------------------------------------------------------------------------------
// Sessions and their registrations.

/** A session of the relais with its kind's category, or undefined. */
export async function findActivityOfRelais(db: Db, relaisId: string, activityId: string) {
  return db
    .selectFrom('activity as a')
    .innerJoin('activity_kind as k', 'k.id', 'a.kind_id')
    .select([
      'a.id',
      'a.title',
      'a.date',
      'a.status',
      'a.practice_group_id',
      'a.attendance_recorded_at',
      'k.category',
      'k.audience',
      'k.label as kind_label',
    ])
    .where('a.relais_id', '=', relaisId)
    .where('a.id', '=', activityId)
    .executeTakeFirst();
}

/** Every registration of a session (any status), with the name of the childminder's file. */
export async function registrationsOfActivity(db: Db, relaisId: string, activityId: string) {
  return db
    .selectFrom('activity_registration as r')
    .leftJoin('childminder as c', 'c.id', 'r.childminder_id')
    .select([
      'r.id',
      'r.registrant',
      'r.childminder_id',
      'r.person_name',
      'r.children',
      'r.status',
      'r.created_at',
      'c.first_name',
      'c.last_name',
    ])
    .where('r.relais_id', '=', relaisId)
    .where('r.activity_id', '=', activityId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

/** Childminder files of the relais among `ids` (archived ones too). */
export async function childmindersOfRelais(db: Db, relaisId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('childminder')
    .select(['id', 'first_name', 'last_name', 'insee_code', 'status'])
    .where('relais_id', '=', relaisId)
    .where('id', 'in', [...ids])
    .execute();
}

export async function attendanceRowsOf(db: Db, relaisId: string, activityId: string) {
  return db
    .selectFrom('activity_attendance')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('activity_id', '=', activityId)
    .orderBy('person_name')
    .orderBy('id')
    .execute();
}

/** Replaces the attendance of a session, marks it taken and writes its history, in `trx`. */
export async function replaceAttendanceIn(
  trx: Transaction<Database>,
  relaisId: string,
  activityId: string,
  rows: Insertable<ActivityAttendanceTable>[],
  event: { actorId: string; actorName: string; detail: string; at: string },
): Promise<void> {
  await trx
    .deleteFrom('activity_attendance')
    .where('relais_id', '=', relaisId)
    .where('activity_id', '=', activityId)
    .execute();
  if (rows.length > 0) await trx.insertInto('activity_attendance').values(rows).execute();
  await trx
    .updateTable('activity')
    .set({ attendance_recorded_at: event.at, updated_at: event.at })
    .where('relais_id', '=', relaisId)
    .where('id', '=', activityId)
    .execute();
  await trx
    .insertInto('activity_event')
    .values({
      id: crypto.randomUUID(),
      activity_id: activityId,
      relais_id: relaisId,
      kind: 'attendance',
      actor_id: event.actorId,
      actor_name: event.actorName,
      detail: event.detail,
      at: event.at,
    })
    .execute();
}

// -------------------------------------------------------------------------------------------
// Practice-analysis groups.

export async function listGroupRows(db: Db, relaisId: string) {
  return db
    .selectFrom('practice_group')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .orderBy('archived_at', (ob) => ob.nullsFirst())
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findGroupRow(db: Db, relaisId: string, groupId: string) {
  return db
    .selectFrom('practice_group')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('id', '=', groupId)
    .executeTakeFirst();
}

/** Members of groups of the relais, present and former (`left_at`), with their names. */
export async function groupMemberRows(db: Db, relaisId: string, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db
    .selectFrom('practice_group_member as m')
    .innerJoin('childminder as c', 'c.id', 'm.childminder_id')
    .select(['m.group_id', 'm.childminder_id', 'm.joined_at', 'm.left_at', 'c.first_name', 'c.last_name'])
    .where('m.relais_id', '=', relaisId)
    .where('m.group_id', 'in', [...groupIds])
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .orderBy('m.joined_at')
    .execute();
}

export async function insertGroupIn(
  trx: Transaction<Database>,
  row: { id: string; relaisId: string; name: string; facilitator: string; maxMembers: number; at: string },
) {
  await trx
    .insertInto('practice_group')
    .values({
      id: row.id,
      relais_id: row.relaisId,
      name: row.name,
      facilitator: row.facilitator,
      max_members: row.maxMembers,
      archived_at: null,
      created_at: row.at,
      updated_at: row.at,
    })
    .execute();
}

export async function updateGroupIn(
  trx: Transaction<Database>,
  relaisId: string,
  groupId: string,
  patch: { name: string; facilitator: string; archived_at: string | null; updated_at: string },
) {
  await trx
    .updateTable('practice_group')
    .set(patch)
    .where('relais_id', '=', relaisId)
    .where('id', '=', groupId)
    .execute();
}

/** Members join (a new row) and leave (`left_at` set): the history of the group is kept. */
export async function changeMembersIn(
  trx: Transaction<Database>,
  relaisId: string,
  groupId: string,
  joining: readonly string[],
  leaving: readonly string[],
  at: string,
) {
  if (leaving.length > 0) {
    await trx
      .updateTable('practice_group_member')
      .set({ left_at: at })
      .where('relais_id', '=', relaisId)
      .where('group_id', '=', groupId)
      .where('childminder_id', 'in', [...leaving])
      .where('left_at', 'is', null)
      .execute();
  }
  if (joining.length > 0) {
    // Left and back at the very same instant: her row is reopened rather than duplicated.
    const sameInstant = new Set(
      (
        await trx
          .selectFrom('practice_group_member')
          .select('childminder_id')
          .where('relais_id', '=', relaisId)
          .where('group_id', '=', groupId)
          .where('childminder_id', 'in', [...joining])
          .where('joined_at', '=', at)
          .execute()
      ).map((r) => r.childminder_id),
    );
    if (sameInstant.size > 0) {
      await trx
        .updateTable('practice_group_member')
        .set({ left_at: null })
        .where('relais_id', '=', relaisId)
        .where('group_id', '=', groupId)
        .where('childminder_id', 'in', [...sameInstant])
        .where('joined_at', '=', at)
        .execute();
    }
    const fresh = joining.filter((id) => !sameInstant.has(id));
    if (fresh.length === 0) return;
    await trx
      .insertInto('practice_group_member')
      .values(
        fresh.map((childminderId) => ({
          group_id: groupId,
          childminder_id: childminderId,
          relais_id: relaisId,
          joined_at: at,
          left_at: null,
        })),
      )
      .execute();
  }
}

// -------------------------------------------------------------------------------------------
// Statistics.

export async function kindRows(db: Db, relaisId: string) {
  return db
    .selectFrom('activity_kind')
    .select(['id', 'label', 'category', 'code', 'created_at'])
    .where('relais_id', '=', relaisId)
    .orderBy('created_at')
    .orderBy('label')
    .orderBy('id')
    .execute();
}

/** Sessions held (scheduled, not cancelled) from `from` to `until` (days in Paris, both included). */
export async function heldSessionRows(db: Db, relaisId: string, from: string, until: string) {
  return db
    .selectFrom('activity as a')
    .innerJoin('activity_kind as k', 'k.id', 'a.kind_id')
    .select(['a.id', 'a.kind_id', 'a.insee_code', 'k.category'])
    .where('a.relais_id', '=', relaisId)
    .where('a.status', '=', 'scheduled')
    .where('a.date', '>=', from)
    .where('a.date', '<=', until)
    .execute();
}

/** Attendance rows of the sessions held from `from` to `until`, with the session's day and category. */
export async function heldAttendanceRows(db: Db, relaisId: string, from: string, until: string) {
  return db
    .selectFrom('activity_attendance as t')
    .innerJoin('activity as a', 'a.id', 't.activity_id')
    .innerJoin('activity_kind as k', 'k.id', 'a.kind_id')
    .select([
      't.activity_id',
      't.attendee',
      't.childminder_id',
      't.children_under_1',
      't.children_1_to_2',
      't.children_2_to_3',
      't.children_3_and_over',
      'a.date',
      'k.category',
    ])
    .where('t.relais_id', '=', relaisId)
    .where('a.relais_id', '=', relaisId)
    .where('a.status', '=', 'scheduled')
    .where('a.date', '>=', from)
    .where('a.date', '<=', until)
    .execute();
}

/** The first day a session of the relais was held on, if any. */
export async function firstHeldDate(db: Db, relaisId: string, until: string): Promise<string | null> {
  const row = await db
    .selectFrom('activity')
    .select((eb) => eb.fn.min('date').as('first'))
    .where('relais_id', '=', relaisId)
    .where('status', '=', 'scheduled')
    .where('date', '<=', until)
    .executeTakeFirst();
  return (row?.first as string | null | undefined) ?? null;
}

/** Every childminder file of the relais (archived ones too): commune, status. */
export async function childminderFileRows(db: Db, relaisId: string) {
  return db
    .selectFrom('childminder')
    .select(['id', 'insee_code', 'status', 'status_since'])
    .where('relais_id', '=', relaisId)
    .execute();
}

// -------------------------------------------------------------------------------------------
// Programme and feed.

/** Sessions of the relais between two days, with their kind and venue; practice groups left out (closed). */
export async function programmeRows(
  db: Db,
  relaisId: string,
  filter: { from: string; to: string; inseeCode?: string; includeCancelled: boolean },
) {
  let query = db
    .selectFrom('activity as a')
    .innerJoin('activity_kind as k', 'k.id', 'a.kind_id')
    .innerJoin('site as s', 's.id', 'a.site_id')
    .select([
      'a.id',
      'a.title',
      'a.theme',
      'a.description',
      'a.date',
      'a.starts_at',
      'a.ends_at',
      'a.insee_code',
      'a.adult_capacity',
      'a.child_capacity',
      'a.adults_taken',
      'a.children_taken',
      'a.status',
      'a.cancel_reason',
      'a.updated_at',
      'k.label as kind_label',
      'k.audience',
      's.name as site_name',
      's.address as site_address',
    ])
    .where('a.relais_id', '=', relaisId)
    .where('a.practice_group_id', 'is', null)
    .where('a.date', '>=', filter.from)
    .where('a.date', '<=', filter.to);
  if (!filter.includeCancelled) query = query.where('a.status', '=', 'scheduled');
  if (filter.inseeCode) query = query.where('a.insee_code', '=', filter.inseeCode);
  return query.orderBy('a.starts_at').orderBy('a.id').limit(2000).execute();
}
