import type { Kysely } from 'kysely';
import type { Database, NewSite, SiteUpdate } from '../../db/schema.js';

export async function listSitesOfRelais(db: Kysely<Database>, relaisId: string, includeArchived: boolean) {
  let q = db.selectFrom('site').selectAll().where('relais_id', '=', relaisId);
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return q.orderBy('name').execute();
}

export async function findSite(db: Kysely<Database>, relaisId: string, id: string) {
  return db.selectFrom('site').selectAll().where('relais_id', '=', relaisId).where('id', '=', id).executeTakeFirst();
}

export async function insertSite(db: Kysely<Database>, row: NewSite): Promise<void> {
  await db.insertInto('site').values(row).execute();
}

export async function updateSiteRow(db: Kysely<Database>, relaisId: string, id: string, patch: SiteUpdate) {
  await db.updateTable('site').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
}

export async function countActiveSites(db: Kysely<Database>, relaisId: string, inseeCode: string): Promise<number> {
  const row = await db
    .selectFrom('site')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('relais_id', '=', relaisId)
    .where('insee_code', '=', inseeCode)
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
