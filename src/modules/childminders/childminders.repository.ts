import type { Insertable, Kysely, Updateable } from 'kysely';
import type { ChildminderEventTable, ChildminderTable, Database } from '../../db/schema.js';
import { foldedContains } from '../../db/text-search.js';
import type { AvailabilityFilter } from './childminders.rules.js';

export interface ChildminderFilters {
  status: 'active' | 'archived' | 'all';
  commune?: string;
  mam?: boolean;
  monenfant?: boolean;
  /** Born on or before this date (YYYY-MM-DD). */
  bornOnOrBefore?: string;
  /** Freshness of availability; confirmations at or after `freshSince` (ISO instant) are fresh. */
  availability?: { filter: AvailabilityFilter; freshSince: string };
  q?: string;
}

function filtered(db: Kysely<Database>, relaisId: string, f: ChildminderFilters) {
  let query = db
    .selectFrom('childminder')
    .leftJoin('childminder_house', 'childminder_house.id', 'childminder.childminder_house_id')
    .where('childminder.relais_id', '=', relaisId);
  if (f.status !== 'all') query = query.where('childminder.status', '=', f.status);
  if (f.commune) query = query.where('childminder.insee_code', '=', f.commune);
  if (f.mam !== undefined) query = query.where('childminder.practice', '=', f.mam ? 'mam' : 'home');
  if (f.monenfant !== undefined) query = query.where('childminder.monenfant_registered', '=', f.monenfant ? 1 : 0);
  if (f.bornOnOrBefore) query = query.where('childminder.birth_date', '<=', f.bornOnOrBefore);
  if (f.availability) {
    const { filter, freshSince } = f.availability;
    // ISO-8601 UTC instants written by the application: text order is time order on both engines.
    const confirmed = 'childminder.availability_confirmed_at';
    const reminded = 'childminder.availability_reminded_at';
    if (filter === 'fresh') query = query.where(confirmed, '>=', freshSince);
    else if (filter === 'stale') query = query.where(confirmed, '<', freshSince);
    else if (filter === 'unknown') query = query.where(confirmed, 'is', null);
    else {
      query = query
        .where(reminded, 'is not', null)
        .where((eb) => eb.or([eb(confirmed, 'is', null), eb(confirmed, '<', eb.ref(reminded))]));
    }
  }
  if (f.q) {
    // Whatever the case and the accents.
    const q = f.q;
    query = query.where((eb) =>
      eb.or([
        foldedContains(eb.ref('childminder.last_name'), q),
        foldedContains(eb.ref('childminder.first_name'), q),
        foldedContains(eb.ref('childminder.approval_number'), q),
      ]),
    );
  }
  return query;
}

export async function listChildminderRows(
  db: Kysely<Database>,
  relaisId: string,
  filters: ChildminderFilters,
  page: { limit: number; offset: number },
) {
  const rows = await filtered(db, relaisId, filters)
    .selectAll('childminder')
    .select('childminder_house.name as house_name')
    .orderBy('childminder.last_name')
    .orderBy('childminder.first_name')
    .orderBy('childminder.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await filtered(db, relaisId, filters)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function findChildminderRow(db: Kysely<Database>, relaisId: string, id: string) {
  return db
    .selectFrom('childminder')
    .leftJoin('childminder_house', 'childminder_house.id', 'childminder.childminder_house_id')
    .selectAll('childminder')
    .select('childminder_house.name as house_name')
    .where('childminder.relais_id', '=', relaisId)
    .where('childminder.id', '=', id)
    .executeTakeFirst();
}

/** The file linked to a sign-in account (a childminder's own file), whatever its relais. */
export async function findChildminderRowOfAccount(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom('childminder')
    .leftJoin('childminder_house', 'childminder_house.id', 'childminder.childminder_house_id')
    .selectAll('childminder')
    .select('childminder_house.name as house_name')
    .where('childminder.account_id', '=', accountId)
    .orderBy('childminder.id')
    .executeTakeFirst();
}

export async function insertChildminderRow(db: Kysely<Database>, row: Insertable<ChildminderTable>): Promise<void> {
  await db.insertInto('childminder').values(row).execute();
}

export async function updateChildminderRow(
  db: Kysely<Database>,
  relaisId: string,
  id: string,
  patch: Updateable<ChildminderTable>,
): Promise<void> {
  await db.updateTable('childminder').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
}

export async function insertChildminderEvent(
  db: Kysely<Database>,
  row: Insertable<ChildminderEventTable>,
): Promise<void> {
  await db.insertInto('childminder_event').values(row).execute();
}

/** Rows per INSERT: under the bound-parameter limits of both engines (SQLite 32 766, PostgreSQL 65 535). */
function chunks<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(30_000 / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Many new files at once (every row with the same columns). */
export async function insertChildminderRows(db: Kysely<Database>, rows: Insertable<ChildminderTable>[]): Promise<void> {
  for (const chunk of chunks(rows, Object.keys(rows[0] ?? {}).length)) {
    await db.insertInto('childminder').values(chunk).execute();
  }
}

export async function insertChildminderEvents(
  db: Kysely<Database>,
  rows: Insertable<ChildminderEventTable>[],
): Promise<void> {
  for (const chunk of chunks(rows, 10)) await db.insertInto('childminder_event').values(chunk).execute();
}

export async function listChildminderEvents(db: Kysely<Database>, relaisId: string, childminderId: string) {
  return db
    .selectFrom('childminder_event')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('childminder_id', '=', childminderId)
    .orderBy('effective_on', 'desc')
    .orderBy('at', 'desc')
    .execute();
}

/** The MAM of the relais, by name. */
export async function listHousesOfRelais(db: Kysely<Database>, relaisId: string) {
  return db
    .selectFrom('childminder_house')
    .select(['id', 'name'])
    .where('relais_id', '=', relaisId)
    .orderBy('name')
    .execute();
}

export async function houseBelongsToRelais(db: Kysely<Database>, relaisId: string, houseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('childminder_house')
    .select('id')
    .where('relais_id', '=', relaisId)
    .where('id', '=', houseId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Active childminders and their agreed places, per MAM. */
export async function countActiveByHouse(db: Kysely<Database>, relaisId: string) {
  const rows = await db
    .selectFrom('childminder')
    .select((eb) => [
      'childminder_house_id',
      eb.fn.countAll<number>().as('members'),
      eb.fn.sum<number>('approval_places').as('places'),
    ])
    .where('relais_id', '=', relaisId)
    .where('status', '=', 'active')
    .where('childminder_house_id', 'is not', null)
    .groupBy('childminder_house_id')
    .execute();
  return rows.map((r) => ({
    houseId: r.childminder_house_id as string,
    members: Number(r.members),
    places: Number(r.places),
  }));
}
