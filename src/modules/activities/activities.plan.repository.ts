/**
 * The planner's queries: what a rotation is planned from (communes and their active childminders,
 * venues, staff, sessions already in the calendar), and the creation of the planned sessions in one
 * transaction. Every query is scoped by relais.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function findPlanKind(db: Kysely<Database>, relaisId: string, kindId: string) {
  return db
    .selectFrom('activity_kind')
    .select([
      'id',
      'label',
      'default_adult_capacity',
      'default_child_capacity',
      'default_duration_minutes',
      'archived_at',
    ])
    .where('relais_id', '=', relaisId)
    .where('id', '=', kindId)
    .executeTakeFirst();
}

/** The relais's communes with their number of active childminders (communes of childminders outside the list too). */
export async function communesWithChildminders(db: Kysely<Database>, relaisId: string) {
  const [communes, counts] = await Promise.all([
    db
      .selectFrom('relais_commune')
      .select(['insee_code', 'name'])
      .where('relais_id', '=', relaisId)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('childminder')
      .select(['insee_code', (eb) => eb.fn.countAll().as('n')])
      .where('relais_id', '=', relaisId)
      .where('status', '=', 'active')
      .groupBy('insee_code')
      .execute(),
  ]);
  return { communes, counts: new Map(counts.map((c) => [c.insee_code, Number(c.n)])) };
}

/** Venues of the relais open to activities and not archived (all, or those named). */
export async function activityVenues(db: Kysely<Database>, relaisId: string, ids?: readonly string[]) {
  if (ids && ids.length === 0) return [];
  let query = db
    .selectFrom('site')
    .select(['id', 'name', 'insee_code'])
    .where('relais_id', '=', relaisId)
    .where('for_activities', '=', 1)
    .where('archived_at', 'is', null);
  if (ids) query = query.where('id', 'in', ids);
  return query.orderBy('name').orderBy('id').execute();
}

/** Staff accounts of the relais (not disabled) among `ids`. */
export async function staffAccounts(db: Kysely<Database>, relaisId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('user_account')
    .select(['id', 'display_name'])
    .where('relais_id', '=', relaisId)
    .where('id', 'in', ids)
    .where('role', 'not in', ['childminder', 'parent'])
    .where('disabled_at', 'is', null)
    .execute();
}

/** Scheduled sessions of the relais between two Paris dates (both included), with their animators. */
export async function scheduledSessions(db: Kysely<Database>, relaisId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('activity')
    .select(['id', 'date', 'starts_at', 'ends_at', 'site_id'])
    .where('relais_id', '=', relaisId)
    .where('status', '=', 'scheduled')
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  const animators =
    rows.length === 0
      ? []
      : await db
          .selectFrom('activity_animator')
          .innerJoin('activity', 'activity.id', 'activity_animator.activity_id')
          .select(['activity_animator.activity_id', 'activity_animator.account_id'])
          .where('activity.relais_id', '=', relaisId)
          .where('activity.status', '=', 'scheduled')
          .where('activity.date', '>=', from)
          .where('activity.date', '<=', to)
          .execute();
  return rows.map((r) => ({
    ...r,
    animatorIds: animators.filter((a) => a.activity_id === r.id).map((a) => a.account_id),
  }));
}

export async function planAlreadyApplied(db: Kysely<Database>, relaisId: string, planId: string) {
  const row = await db
    .selectFrom('activity')
    .select('id')
    .where('relais_id', '=', relaisId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface PlannedActivityRow {
  id: string;
  relais_id: string;
  kind_id: string;
  title: string;
  theme: string;
  site_id: string;
  insee_code: string;
  starts_at: string;
  ends_at: string;
  date: string;
  adult_capacity: number;
  child_capacity: number;
  plan_id: string;
  animatorIds: string[];
  event: { id: string; actor_id: string | null; actor_name: string; detail: string };
  now: string;
}

/** Creates the sessions of a plan, their animators and their 'created' events, all or nothing. */
export async function insertPlannedActivities(db: Kysely<Database>, rows: readonly PlannedActivityRow[]) {
  await db.transaction().execute(async (trx) => {
    for (const r of rows) {
      await trx
        .insertInto('activity')
        .values({
          id: r.id,
          relais_id: r.relais_id,
          kind_id: r.kind_id,
          title: r.title,
          theme: r.theme,
          site_id: r.site_id,
          insee_code: r.insee_code,
          starts_at: r.starts_at,
          ends_at: r.ends_at,
          date: r.date,
          adult_capacity: r.adult_capacity,
          child_capacity: r.child_capacity,
          registration_opens_at: null,
          registration_closes_at: null,
          practice_group_id: null,
          plan_id: r.plan_id,
          status: 'scheduled',
          attendance_recorded_at: null,
          created_at: r.now,
          updated_at: r.now,
        })
        .execute();
      await trx
        .insertInto('activity_animator')
        .values(r.animatorIds.map((account_id) => ({ activity_id: r.id, account_id })))
        .execute();
      await trx
        .insertInto('activity_event')
        .values({ ...r.event, activity_id: r.id, relais_id: r.relais_id, kind: 'created', at: r.now })
        .execute();
    }
  });
}
