import type { Insertable, Kysely } from 'kysely';
import type { AvailabilitySlotTable, Database } from '../../db/schema.js';

export async function listCurrentSlots(db: Kysely<Database>, relaisId: string, childminderId: string) {
  return db
    .selectFrom('availability_slot')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('childminder_id', '=', childminderId)
    .where('replaced_at', 'is', null)
    .orderBy('available_from')
    .orderBy('id')
    .execute();
}

/** Replaces the current grid, keeping the old slots (marked replaced) for the history of free places. */
export async function replaceSlots(
  db: Kysely<Database>,
  relaisId: string,
  childminderId: string,
  slots: Insertable<AvailabilitySlotTable>[],
  now: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('availability_slot')
      .set({ replaced_at: now })
      .where('relais_id', '=', relaisId)
      .where('childminder_id', '=', childminderId)
      .where('replaced_at', 'is', null)
      .execute();
    if (slots.length > 0) await trx.insertInto('availability_slot').values(slots).execute();
    await trx
      .updateTable('childminder')
      .set({ availability_confirmed_at: now })
      .where('relais_id', '=', relaisId)
      .where('id', '=', childminderId)
      .execute();
  });
}

export async function markConfirmed(db: Kysely<Database>, relaisId: string, childminderId: string, at: string) {
  await db
    .updateTable('childminder')
    .set({ availability_confirmed_at: at })
    .where('relais_id', '=', relaisId)
    .where('id', '=', childminderId)
    .execute();
}

export async function findAvailabilityOwner(db: Kysely<Database>, relaisId: string, childminderId: string) {
  return db
    .selectFrom('childminder')
    .select([
      'id',
      'relais_id',
      'account_id',
      'approval_places',
      'status',
      'availability_confirmed_at',
      'availability_reminded_at',
    ])
    .where('relais_id', '=', relaisId)
    .where('id', '=', childminderId)
    .executeTakeFirst();
}

export async function findChildminderOfAccount(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom('childminder')
    .select(['id', 'relais_id'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/** Active childminders, on every relais, whose availability is due for a reminder. */
export async function findDueForReminder(
  db: Kysely<Database>,
  staleBefore: string,
  remindedBefore: string,
  limit: number,
) {
  return db
    .selectFrom('childminder')
    .select(['id', 'relais_id', 'first_name', 'last_name', 'email'])
    .where('status', '=', 'active')
    .where('email', '!=', '')
    .where((eb) =>
      eb.or([eb('availability_confirmed_at', 'is', null), eb('availability_confirmed_at', '<', staleBefore)]),
    )
    .where((eb) =>
      eb.or([eb('availability_reminded_at', 'is', null), eb('availability_reminded_at', '<', remindedBefore)]),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function markReminded(db: Kysely<Database>, childminderId: string, at: string) {
  await db.updateTable('childminder').set({ availability_reminded_at: at }).where('id', '=', childminderId).execute();
}

export async function linkAccount(db: Kysely<Database>, relaisId: string, childminderId: string, accountId: string) {
  await db
    .updateTable('childminder')
    .set({ account_id: accountId })
    .where('relais_id', '=', relaisId)
    .where('id', '=', childminderId)
    .execute();
}

export async function findChildminderContact(db: Kysely<Database>, relaisId: string, childminderId: string) {
  return db
    .selectFrom('childminder')
    .select(['id', 'first_name', 'last_name', 'email', 'account_id'])
    .where('relais_id', '=', relaisId)
    .where('id', '=', childminderId)
    .executeTakeFirst();
}
