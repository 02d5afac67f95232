import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('user_account').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSession(
  db: Kysely<Database>,
  s: { id: string; userId: string; csrfToken: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('session')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
    })
    .execute();
}

/** The live session of that id with its account, if the account is still enabled. */
export async function findLiveSession(db: Kysely<Database>, id: string, now: string) {
  return db
    .selectFrom('session')
    .innerJoin('user_account', 'user_account.id', 'session.user_id')
    .select([
      'session.id as sessionId',
      'session.csrf_token as csrfToken',
      'session.last_seen_at as lastSeenAt',
      'user_account.id as userId',
      'user_account.role',
      'user_account.relais_id as relaisId',
      'user_account.email',
      'user_account.display_name as displayName',
    ])
    .where('session.id', '=', id)
    .where('session.expires_at', '>', now)
    .where('user_account.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<Database>, id: string, now: string, expiresAt: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<number> {
  const r = await db.deleteFrom('session').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function recordLogin(db: Kysely<Database>, userId: string, now: string): Promise<void> {
  await db.updateTable('user_account').set({ last_login_at: now }).where('id', '=', userId).execute();
}

export async function insertMagicLink(
  db: Kysely<Database>,
  l: { tokenHash: string; userId: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('magic_link')
    .values({ token_hash: l.tokenHash, user_id: l.userId, created_at: l.now, expires_at: l.expiresAt })
    .execute();
}

/** Marks an unused, unexpired link as used; true only for the one caller that did it. */
export async function useMagicLink(db: Kysely<Database>, tokenHash: string, now: string): Promise<string | undefined> {
  const link = await db
    .selectFrom('magic_link')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!link) return undefined;
  const r = await db
    .updateTable('magic_link')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1 ? link.user_id : undefined;
}

export async function deleteExpiredAuthRecords(db: Kysely<Database>, now: string): Promise<number> {
  const a = await db.deleteFrom('session').where('expires_at', '<=', now).executeTakeFirst();
  const b = await db.deleteFrom('magic_link').where('expires_at', '<=', now).executeTakeFirst();
  return Number(a.numDeletedRows) + Number(b.numDeletedRows);
}
