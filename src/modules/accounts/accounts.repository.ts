import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, UserAccountTable } from '../../db/schema.js';

const PUBLIC_COLUMNS = [
  'id',
  'relais_id',
  'email',
  'display_name',
  'role',
  'disabled_at',
  'last_login_at',
  'created_at',
] as const;

export async function listAccountsOfRelais(db: Kysely<Database>, relaisId: string) {
  return db
    .selectFrom('user_account')
    .select(PUBLIC_COLUMNS)
    .where('relais_id', '=', relaisId)
    .orderBy('display_name')
    .execute();
}

export async function findAccount(db: Kysely<Database>, relaisId: string | null, id: string) {
  let q = db.selectFrom('user_account').select(PUBLIC_COLUMNS).where('id', '=', id);
  q = relaisId === null ? q.where('relais_id', 'is', null) : q.where('relais_id', '=', relaisId);
  return q.executeTakeFirst();
}

export async function emailExists(db: Kysely<Database>, email: string): Promise<boolean> {
  return (await db.selectFrom('user_account').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
}

export async function insertAccount(db: Kysely<Database>, row: Insertable<UserAccountTable>): Promise<void> {
  await db.insertInto('user_account').values(row).execute();
}

export async function updateAccountRow(db: Kysely<Database>, id: string, patch: Updateable<UserAccountTable>) {
  await db.updateTable('user_account').set(patch).where('id', '=', id).execute();
}

export async function findAccountIdByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('user_account')
    .select(['id', 'role', 'relais_id'])
    .where('email', '=', email)
    .executeTakeFirst();
}
