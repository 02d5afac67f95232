import type { E2eServer } from './server.js';

/** The register file of the demo's childminder who signs in with `email` (magic link). */
export async function demoChildminderFile(server: E2eServer, email: string) {
  const db = server.database.db;
  const account = await db.selectFrom('user_account').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return db
    .selectFrom('childminder')
    .select(['id', 'relais_id', 'insee_code'])
    .where('account_id', '=', account.id)
    .executeTakeFirstOrThrow();
}
