/**
 * A picture of the data a request could change, read straight from the database, to assert that
 * a refused request changed nothing.
 */
import { sql, type Kysely } from 'kysely';
import { TABLES_IN_ORDER, type Database } from '../../../src/db/schema.js';
import { testEngine } from '../../support/test-database.js';

/** Every table but the technical ones (rate-limit counters, job schedule): new tables are included. */
const TECHNICAL = new Set<keyof Database>(['rate_limit', 'job_schedule']);
const TABLES = TABLES_IN_ORDER.filter((table) => !TECHNICAL.has(table));

export type Snapshot = Record<string, string[]>;

export async function snapshot(db: Kysely<Database>): Promise<Snapshot> {
  return testEngine() === 'postgresql' ? snapshotInOneQuery(db) : snapshotTableByTable(db);
}

/** SQLite answers in process: one query per table costs little. */
async function snapshotTableByTable(db: Kysely<Database>): Promise<Snapshot> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const rows = await db.selectFrom(table).selectAll().execute();
      return [table, rows.map((row) => JSON.stringify(row)).sort()] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * PostgreSQL: every table in one round trip (each as a JSON array of its rows), which the
 * authorisation suite's thousand refused requests would otherwise pay ninety times each.
 */
async function snapshotInOneQuery(db: Kysely<Database>): Promise<Snapshot> {
  const columns = TABLES.map(
    (table) =>
      sql`(select coalesce(json_agg(row_to_json(t)), '[]'::json)::text from ${sql.table(table)} t) as ${sql.ref(table)}`,
  );
  const result = await sql<Record<string, string>>`select ${sql.join(columns)}`.execute(db);
  const row = result.rows[0]!;
  return Object.fromEntries(
    TABLES.map((table) => [table, (JSON.parse(row[table]!) as unknown[]).map((r) => JSON.stringify(r)).sort()]),
  );
}
