/**
 * Queries of the activities (helper A1 part): kinds, sessions with their venue and kind, animators,
 * registrations and the history. Every query names the relais. The capacity is only ever changed
 * by a compare-and-set against it (`takePlaces`), inside the transaction that writes the registration.
 */
import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  ActivityEventTable,
  ActivityKindTable,
  ActivityRegistrationTable,
  ActivityTable,
  Database,
} from '../../db/schema.js';
import { BUILT_IN_KINDS } from './activities.rules.js';

export type Db = Kysely<Database> | Transaction<Database>;
export type KindRow = Selectable<ActivityKindTable>;
export type RegistrationRow = Selectable<ActivityRegistrationTable>;
export type NewRegistration = Insertable<ActivityRegistrationTable>;
export type NewEvent = Insertable<ActivityEventTable>;
export type EventRow = Selectable<ActivityEventTable>;

// ---------------------------------------------------------------------------------------------
// Kinds.

/** Creates the built-in kinds the relais does not have yet (unique (relais_id, code): safe under races). */
export async function insertBuiltInKinds(db: Db, relaisId: string, now: string): Promise<void> {
  await db
    .insertInto('activity_kind')
    .values(
      BUILT_IN_KINDS.map((k) => ({
        id: crypto.randomUUID(),
        relais_id: relaisId,
        code: k.code,
        label: k.label,
        category: k.category,
        audience: k.audience,
        default_adult_capacity: k.adults,
        default_child_capacity: k.children,
        default_duration_minutes: k.minutes,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['relais_id', 'code']).doNothing())
    .execute();
}

export async function listKindRows(db: Db, relaisId: string): Promise<KindRow[]> {
  return db
    .selectFrom('activity_kind')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .orderBy('created_at')
    .orderBy('label')
    .execute();
}

export async function findKindRow(db: Db, relaisId: string, id: string): Promise<KindRow | undefined> {
  return db
    .selectFrom('activity_kind')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertKindRow(db: Db, row: Insertable<ActivityKindTable>): Promise<void> {
  await db.insertInto('activity_kind').values(row).execute();
}

export async function updateKindRow(
  db: Db,
  relaisId: string,
  id: string,
  patch: Partial<Insertable<ActivityKindTable>>,
): Promise<void> {
  await db.updateTable('activity_kind').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
}

// ---------------------------------------------------------------------------------------------
// Sessions.

function activitySelect(db: Db) {
  return db
    .selectFrom('activity as a')
    .innerJoin('activity_kind as k', 'k.id', 'a.kind_id')
    .innerJoin('site as s', 's.id', 'a.site_id')
    .selectAll('a')
    .select([
      'k.label as kind_label',
      'k.category as kind_category',
      'k.audience as kind_audience',
      's.name as site_name',
      's.address as site_address',
    ]);
}
export type ActivityRow = Selectable<ActivityTable> & {
  kind_label: string;
  kind_category: string;
  kind_audience: string;
  site_name: string;
  site_address: string;
};

export interface ActivityFilter {
  from: string;
  to: string;
  inseeCode?: string;
  kindId?: string;
  status?: string;
  /** Only kinds whose audience is one of these. */
  audiences?: string[];
}

export async function listActivityRows(db: Db, relaisId: string, f: ActivityFilter): Promise<ActivityRow[]> {
  let q = activitySelect(db)
    .where('a.relais_id', '=', relaisId)
    .where('a.date', '>=', f.from)
    .where('a.date', '<=', f.to);
  if (f.inseeCode) q = q.where('a.insee_code', '=', f.inseeCode);
  if (f.kindId) q = q.where('a.kind_id', '=', f.kindId);
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.audiences) q = q.where('k.audience', 'in', f.audiences);
  return q.orderBy('a.starts_at').orderBy('a.id').limit(2000).execute();
}

export async function findActivityRow(db: Db, relaisId: string, id: string): Promise<ActivityRow | undefined> {
  return activitySelect(db).where('a.relais_id', '=', relaisId).where('a.id', '=', id).executeTakeFirst();
}

/** The session's relais, whoever asks (the childminder's and the public routes check it after). */
export async function findActivityRelais(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('activity').select('relais_id').where('id', '=', id).executeTakeFirst())?.relais_id;
}

export async function insertActivityRow(db: Db, row: Insertable<ActivityTable>): Promise<void> {
  await db.insertInto('activity').values(row).execute();
}

export async function updateActivityRow(
  db: Db,
  relaisId: string,
  id: string,
  patch: Partial<Insertable<ActivityTable>>,
): Promise<void> {
  await db.updateTable('activity').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
}

/**
 * Locks the session's row for the rest of the transaction (PostgreSQL: a row lock; SQLite
 * serialises writers anyway) and reads it back. Every change of registrations starts here, so that
 * two changes of one session never interleave.
 */
export async function lockActivity(trx: Db, relaisId: string, id: string): Promise<ActivityRow | undefined> {
  const result = await trx
    .updateTable('activity')
    .set((eb) => ({ adults_taken: eb.ref('adults_taken') }))
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return findActivityRow(trx, relaisId, id);
}

/**
 * Locks the session's row until the end of the transaction, in one round trip, and returns what a
 * registration needs of it: its status and its places, as they are once the lock is held.
 */
export async function lockPlaces(trx: Db, relaisId: string, id: string) {
  return trx
    .updateTable('activity')
    .set((eb) => ({ adults_taken: eb.ref('adults_taken') }))
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .returning(['status', 'adult_capacity', 'child_capacity', 'adults_taken', 'children_taken'])
    .executeTakeFirst();
}

/** Takes places if they fit what is left: the compare-and-set of the capacity. */
export async function takePlaces(trx: Db, id: string, adults: number, children: number): Promise<boolean> {
  const result = await trx
    .updateTable('activity')
    .set((eb) => ({
      adults_taken: eb('adults_taken', '+', adults),
      children_taken: eb('children_taken', '+', children),
    }))
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .where(sql<boolean>`adults_taken + ${adults} <= adult_capacity`)
    .where(sql<boolean>`children_taken + ${children} <= child_capacity`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives places back (a cancellation); never below zero. */
export async function givePlacesBack(trx: Db, id: string, adults: number, children: number): Promise<void> {
  await trx
    .updateTable('activity')
    .set((eb) => ({
      adults_taken: eb('adults_taken', '-', adults),
      children_taken: eb('children_taken', '-', children),
    }))
    .where('id', '=', id)
    .where('adults_taken', '>=', adults)
    .where('children_taken', '>=', children)
    .execute();
}

export async function animatorsOf(db: Db, activityIds: string[]) {
  if (activityIds.length === 0) return new Map<string, { id: string; name: string }[]>();
  const rows = await db
    .selectFrom('activity_animator as aa')
    .innerJoin('user_account as u', 'u.id', 'aa.account_id')
    .select(['aa.activity_id', 'u.id', 'u.display_name'])
    .where('aa.activity_id', 'in', activityIds)
    .orderBy('u.display_name')
    .execute();
  const map = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) {
    const list = map.get(r.activity_id) ?? [];
    list.push({ id: r.id, name: r.display_name });
    map.set(r.activity_id, list);
  }
  return map;
}

export async function replaceAnimators(db: Db, activityId: string, accountIds: string[]): Promise<void> {
  await db.deleteFrom('activity_animator').where('activity_id', '=', activityId).execute();
  if (accountIds.length > 0) {
    await db
      .insertInto('activity_animator')
      .values(accountIds.map((account_id) => ({ activity_id: activityId, account_id })))
      .execute();
  }
}

/** Active staff accounts of the relais among `ids` (those who may animate a session). */
export async function activeStaffIds(db: Db, relaisId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('user_account')
    .select('id')
    .where('relais_id', '=', relaisId)
    .where('id', 'in', ids)
    .where('disabled_at', 'is', null)
    .where('role', 'in', ['manager', 'animator', 'assistant'])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function findSiteRow(db: Db, relaisId: string, id: string) {
  return db.selectFrom('site').selectAll().where('relais_id', '=', relaisId).where('id', '=', id).executeTakeFirst();
}

export async function findPracticeGroup(db: Db, relaisId: string, id: string) {
  return db
    .selectFrom('practice_group')
    .select(['id', 'archived_at'])
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Registrations.

export async function waitingCounts(db: Db, activityIds: string[]): Promise<Map<string, number>> {
  if (activityIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('activity_registration')
    .select(['activity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('activity_id', 'in', activityIds)
    .where('status', '=', 'waiting')
    .groupBy('activity_id')
    .execute();
  return new Map(rows.map((r) => [r.activity_id, Number(r.n)]));
}

export async function registrationsOf(db: Db, activityId: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom('activity_registration')
    .selectAll()
    .where('activity_id', '=', activityId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The waiting list, in order of arrival. */
export async function waitingOf(db: Db, activityId: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom('activity_registration')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('status', '=', 'waiting')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findRegistration(db: Db, relaisId: string, id: string): Promise<RegistrationRow | undefined> {
  return db
    .selectFrom('activity_registration')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findRegistrationByTokenHash(db: Db, hash: string): Promise<RegistrationRow | undefined> {
  return db.selectFrom('activity_registration').selectAll().where('cancel_token_hash', '=', hash).executeTakeFirst();
}

/** Her registration (confirmed or waiting) to a session, if any. */
export async function activeRegistrationOf(
  db: Db,
  activityId: string,
  childminderId: string,
): Promise<RegistrationRow | undefined> {
  return db
    .selectFrom('activity_registration')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('childminder_id', '=', childminderId)
    .where('status', 'in', ['confirmed', 'waiting'])
    .executeTakeFirst();
}

/** Her registrations (confirmed or waiting) to the sessions given. */
export async function myRegistrations(db: Db, childminderId: string, activityIds: string[]) {
  if (activityIds.length === 0) return new Map<string, RegistrationRow>();
  const rows = await db
    .selectFrom('activity_registration')
    .selectAll()
    .where('childminder_id', '=', childminderId)
    .where('activity_id', 'in', activityIds)
    .where('status', 'in', ['confirmed', 'waiting'])
    .execute();
  return new Map(rows.map((r) => [r.activity_id, r]));
}

export async function insertRegistration(db: Db, row: NewRegistration): Promise<void> {
  await db.insertInto('activity_registration').values(row).execute();
}

/** Changes a registration's status if it still has the one expected; returns whether it did. */
export async function setRegistrationStatus(
  db: Db,
  id: string,
  from: string,
  patch: Partial<Insertable<ActivityRegistrationTable>>,
): Promise<boolean> {
  const result = await db
    .updateTable('activity_registration')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Everyone still registered or waiting (those told of a move or a cancellation). */
export async function activeRegistrationsOf(db: Db, activityId: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom('activity_registration')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('status', 'in', ['confirmed', 'waiting'])
    .orderBy('created_at')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// History.

export async function insertEvents(db: Db, events: NewEvent[]): Promise<void> {
  if (events.length > 0) await db.insertInto('activity_event').values(events).execute();
}

/** Corrects the kind of an event written in the same transaction (a registration that ends up waiting). */
export async function setEventKind(db: Db, id: string, kind: string): Promise<void> {
  await db.updateTable('activity_event').set({ kind }).where('id', '=', id).execute();
}

export async function eventsOf(db: Db, activityId: string): Promise<EventRow[]> {
  return db
    .selectFrom('activity_event')
    .selectAll()
    .where('activity_id', '=', activityId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// The childminder's history (attendance is written by the attendance use cases).

export async function attendanceOfChildminder(db: Db, relaisId: string, childminderId: string) {
  return db
    .selectFrom('activity_attendance as t')
    .innerJoin('activity as a', 'a.id', 't.activity_id')
    .innerJoin('activity_kind as k', 'k.id', 'a.kind_id')
    .select([
      'a.id as activity_id',
      'a.date',
      'a.title',
      'a.insee_code',
      'k.label as kind_label',
      'k.category',
      't.children_under_1',
      't.children_1_to_2',
      't.children_2_to_3',
      't.children_3_and_over',
    ])
    .where('t.relais_id', '=', relaisId)
    .where('a.relais_id', '=', relaisId)
    .where('t.childminder_id', '=', childminderId)
    .orderBy('a.date', 'desc')
    .orderBy('a.starts_at', 'desc')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Jobs.

/** Sessions of a day (Paris) still scheduled, of every relais: those whose people get a reminder. */
export async function scheduledOn(db: Db, day: string) {
  return db
    .selectFrom('activity')
    .select(['id', 'relais_id'])
    .where('date', '=', day)
    .where('status', '=', 'scheduled')
    .execute();
}

/** Confirmed registrations of a session not reminded yet (a `reminded` event names each one reminded). */
export async function unremindedConfirmed(db: Db, activityId: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom('activity_registration as r')
    .selectAll('r')
    .where('r.activity_id', '=', activityId)
    .where('r.status', '=', 'confirmed')
    .where('r.email', '!=', '')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('activity_event as e')
            .select('e.id')
            .where('e.activity_id', '=', activityId)
            .where('e.kind', '=', 'reminded')
            .whereRef('e.detail', '=', 'r.id'),
        ),
      ),
    )
    .execute();
}

/**
 * GDPR: parents' registrations of sessions held before `beforeDate` lose their name and contact, and
 * so does the attendance of whoever came without a file (a parent, a walk-in): the counts remain.
 */
export async function anonymiseParentRegistrations(
  db: Db,
  relaisId: string,
  beforeDate: string,
  now: string,
): Promise<number> {
  const ids = db.selectFrom('activity').select('id').where('relais_id', '=', relaisId).where('date', '<', beforeDate);
  const result = await db
    .updateTable('activity_registration')
    .set({ person_name: 'Parent (anonymisé)', email: '', phone: '', cancel_token_hash: null, anonymised_at: now })
    .where('relais_id', '=', relaisId)
    .where('registrant', '=', 'parent')
    .where('anonymised_at', 'is', null)
    .where('activity_id', 'in', ids)
    .executeTakeFirst();
  await db
    .updateTable('activity_attendance')
    .set({ person_name: 'Personne (anonymisée)' })
    .where('relais_id', '=', relaisId)
    .where('childminder_id', 'is', null)
    .where('person_name', '!=', 'Personne (anonymisée)')
    .where('activity_id', 'in', ids)
    .execute();
  return Number(result.numUpdatedRows);
}
