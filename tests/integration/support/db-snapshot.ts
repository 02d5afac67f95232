/**
 * A picture of the data a request could change, read straight from the database, to assert that
 * a refused request changed nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/db/schema.js';

/** Every table but the technical ones (rate-limit counters, job schedule). */
const TABLES = [
  'relais',
  'relais_commune',
  'site',
  'user_account',
  'session',
  'magic_link',
  'audit_event',
  'outbox_message',
] as const satisfies readonly (keyof Database)[];

export type Snapshot = Record<(typeof TABLES)[number], string[]>;

export async function snapshot(db: Kysely<Database>): Promise<Snapshot> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const rows = await db.selectFrom(table).selectAll().execute();
      return [table, rows.map((row) => JSON.stringify(row)).sort()] as const;
    }),
  );
  return Object.fromEntries(entries) as Snapshot;
}
