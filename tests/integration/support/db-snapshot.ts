/**
 * A picture of the data a request could change, read straight from the database, to assert that
 * a refused request changed nothing.
 */
import type { Kysely } from 'kysely';
import { TABLES_IN_ORDER, type Database } from '../../../src/db/schema.js';

/** Every table but the technical ones (rate-limit counters, job schedule): new tables are included. */
const TECHNICAL = new Set<keyof Database>(['rate_limit', 'job_schedule']);
const TABLES = TABLES_IN_ORDER.filter((table) => !TECHNICAL.has(table));

export type Snapshot = Record<string, string[]>;

export async function snapshot(db: Kysely<Database>): Promise<Snapshot> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const rows = await db.selectFrom(table).selectAll().execute();
      return [table, rows.map((row) => JSON.stringify(row)).sort()] as const;
    }),
  );
  return Object.fromEntries(entries);
}
