import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Inserts many rows in multi-row statements of at most ~10,000 parameters (PostgreSQL allows
 * 65,535 per statement, SQLite 32,766): bulk loads of the demo and the bench datasets.
 */
export async function insertChunked<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(10_000 / Object.keys(rows[0] as object).length));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot relate a generic table to its rows: the signature above checks them instead.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}
