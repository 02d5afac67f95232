/**
 * Kysely queries of the saved simulations. Every query is scoped by relais; simulations of a
 * contact marked deleted are out of sight at once (and purged by the retention job).
 */
import type { Insertable, Kysely } from 'kysely';
import type { Database, EmployerSimulationTable } from '../../db/schema.js';

export async function insertSimulationRow(db: Kysely<Database>, row: Insertable<EmployerSimulationTable>) {
  await db.insertInto('employer_simulation').values(row).execute();
}

/** Whether the contact is in the contact log of the relais (not removed). */
export async function liveContactExists(db: Kysely<Database>, relaisId: string, contactId: string): Promise<boolean> {
  const row = await db
    .selectFrom('contact')
    .select('id')
    .where('relais_id', '=', relaisId)
    .where('id', '=', contactId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

function simulationRows(db: Kysely<Database>, relaisId: string, contactId: string) {
  return db
    .selectFrom('employer_simulation as s')
    .innerJoin('contact as c', 'c.id', 's.contact_id')
    .leftJoin('user_account as u', 'u.id', 's.created_by')
    .where('s.relais_id', '=', relaisId)
    .where('c.relais_id', '=', relaisId)
    .where('s.contact_id', '=', contactId)
    .where('c.deleted_at', 'is', null)
    .select([
      's.id',
      's.contact_id',
      's.topic',
      's.input_json',
      's.result_json',
      's.created_by',
      's.created_at',
      'u.display_name as created_by_name',
    ]);
}
export type SimulationRow = NonNullable<Awaited<ReturnType<typeof findSimulationRow>>>;

export async function listSimulationRows(db: Kysely<Database>, relaisId: string, contactId: string) {
  return simulationRows(db, relaisId, contactId).orderBy('s.created_at', 'desc').orderBy('s.id').execute();
}

export async function findSimulationRow(db: Kysely<Database>, relaisId: string, contactId: string, id: string) {
  return simulationRows(db, relaisId, contactId).where('s.id', '=', id).executeTakeFirst();
}

export async function deleteSimulationRow(db: Kysely<Database>, relaisId: string, contactId: string, id: string) {
  await db
    .deleteFrom('employer_simulation')
    .where('relais_id', '=', relaisId)
    .where('contact_id', '=', contactId)
    .where('id', '=', id)
    .execute();
}

/**
 * Deletes the simulations of a relais whose contact was removed, or happened before `cutoff`
 * (the retention delay of the families' data), or that were themselves saved before it.
 * Returns how many went.
 */
export async function deleteExpiredSimulationRows(
  db: Kysely<Database>,
  relaisId: string,
  cutoff: string,
): Promise<number> {
  const result = await db
    .deleteFrom('employer_simulation')
    .where('relais_id', '=', relaisId)
    .where((eb) =>
      eb.or([
        eb('created_at', '<', cutoff),
        eb(
          'contact_id',
          'in',
          eb
            .selectFrom('contact')
            .select('id')
            .where('relais_id', '=', relaisId)
            .where((c) => c.or([c('deleted_at', 'is not', null), c('occurred_on', '<', cutoff)])),
        ),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
