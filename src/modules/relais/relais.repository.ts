import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, RelaisTable } from '../../db/schema.js';

export async function insertRelais(db: Kysely<Database>, row: Insertable<RelaisTable>): Promise<void> {
  await db.insertInto('relais').values(row).execute();
}

export async function findRelaisById(db: Kysely<Database>, id: string) {
  return db.selectFrom('relais').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRelaisBySlug(db: Kysely<Database>, slug: string) {
  return db.selectFrom('relais').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function listAllRelais(db: Kysely<Database>) {
  return db.selectFrom('relais').selectAll().orderBy('name').execute();
}

export async function updateRelaisRow(db: Kysely<Database>, id: string, patch: Updateable<RelaisTable>): Promise<void> {
  await db.updateTable('relais').set(patch).where('id', '=', id).execute();
}

/** The relais's name and the name it gives one commune of its territory (null outside it), in one query. */
export async function findRelaisAndCommuneNames(db: Kysely<Database>, relaisId: string, inseeCode: string) {
  return db
    .selectFrom('relais as r')
    .leftJoin('relais_commune as c', (join) =>
      join.onRef('c.relais_id', '=', 'r.id').on('c.insee_code', '=', inseeCode),
    )
    .select(['r.name as relais_name', 'c.name as commune_name'])
    .where('r.id', '=', relaisId)
    .executeTakeFirst();
}

export async function listCommunesOfRelais(db: Kysely<Database>, relaisId: string) {
  return db.selectFrom('relais_commune').selectAll().where('relais_id', '=', relaisId).orderBy('name').execute();
}

export async function findCommuneOfRelais(db: Kysely<Database>, relaisId: string, inseeCode: string) {
  return db
    .selectFrom('relais_commune')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('insee_code', '=', inseeCode)
    .executeTakeFirst();
}

export async function insertCommuneOfRelais(
  db: Kysely<Database>,
  row: {
    relaisId: string;
    inseeCode: string;
    name: string;
    population: number | null;
    postcodes: string[];
    /** [longitude, latitude] of the commune's centre, when known. */
    centre: [number, number] | null;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('relais_commune')
    .values({
      relais_id: row.relaisId,
      insee_code: row.inseeCode,
      name: row.name,
      population: row.population,
      postcodes: row.postcodes.join(','),
      longitude: row.centre?.[0] ?? null,
      latitude: row.centre?.[1] ?? null,
      added_at: row.at,
    })
    .execute();
}

export async function deleteCommuneOfRelais(db: Kysely<Database>, relaisId: string, inseeCode: string): Promise<void> {
  await db.deleteFrom('relais_commune').where('relais_id', '=', relaisId).where('insee_code', '=', inseeCode).execute();
}

/** Every (relais, commune) pair of every territory: the operator's tools work across relais. */
export async function listAllCommunesOfTerritories(db: Kysely<Database>) {
  return db.selectFrom('relais_commune').select(['relais_id', 'insee_code']).execute();
}

/** Sets the centre ([longitude, latitude]) of a commune in every territory that covers it. */
export async function setCentreOfCommune(
  db: Kysely<Database>,
  inseeCode: string,
  centre: [number, number],
): Promise<void> {
  await db
    .updateTable('relais_commune')
    .set({ longitude: centre[0], latitude: centre[1] })
    .where('insee_code', '=', inseeCode)
    .execute();
}
