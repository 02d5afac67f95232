import type { Insertable, Kysely, Updateable } from 'kysely';
import type { ChildminderHouseTable, Database, FacilityTable } from '../../db/schema.js';

export async function listFacilityRows(db: Kysely<Database>, relaisId: string, includeClosed: boolean) {
  let q = db.selectFrom('facility').selectAll().where('relais_id', '=', relaisId);
  if (!includeClosed) q = q.where('closed_on', 'is', null);
  return q.orderBy('kind').orderBy('name').execute();
}

export async function findFacilityRow(db: Kysely<Database>, relaisId: string, id: string) {
  return db
    .selectFrom('facility')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertFacilityRow(db: Kysely<Database>, row: Insertable<FacilityTable>): Promise<void> {
  await db.insertInto('facility').values(row).execute();
}

export async function updateFacilityRow(
  db: Kysely<Database>,
  relaisId: string,
  id: string,
  patch: Updateable<FacilityTable>,
) {
  await db.updateTable('facility').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
}

export async function listHouseRows(db: Kysely<Database>, relaisId: string) {
  return db.selectFrom('childminder_house').selectAll().where('relais_id', '=', relaisId).orderBy('name').execute();
}

export async function findHouseRow(db: Kysely<Database>, relaisId: string, id: string) {
  return db
    .selectFrom('childminder_house')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertHouseRow(db: Kysely<Database>, row: Insertable<ChildminderHouseTable>): Promise<void> {
  await db.insertInto('childminder_house').values(row).execute();
}

export async function updateHouseRow(
  db: Kysely<Database>,
  relaisId: string,
  id: string,
  patch: Updateable<ChildminderHouseTable>,
) {
  await db.updateTable('childminder_house').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
}
