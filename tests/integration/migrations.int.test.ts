import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.js';
import { migrateDownAll, migrateToLatest, pendingMigrations } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { TABLES_IN_ORDER } from '../../src/db/schema.js';
import { openTestDatabase, testEngine } from '../support/test-database.js';

let handle: DatabaseHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

async function userTables(h: DatabaseHandle): Promise<string[]> {
  const tables = await h.db.introspection.getTables();
  return tables
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_'))
    .sort();
}

describe(`migrations on ${testEngine()}`, () => {
  it('migrates an empty database to the latest version and back to empty', async () => {
    handle = await openTestDatabase({ migrate: false });
    expect(await pendingMigrations(handle.db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(migrations));
    expect(await pendingMigrations(handle.db)).toEqual([]);
    expect(await userTables(handle)).toEqual([...TABLES_IN_ORDER].sort());
    expect(await migrateDownAll(handle.db)).toEqual(Object.keys(migrations).reverse());
    expect(await userTables(handle)).toEqual([]);
    // And up again: down left nothing behind that would block a second run.
    await migrateToLatest(handle.db);
    expect(await userTables(handle)).toEqual([...TABLES_IN_ORDER].sort());
  });

  it('lists every table in TABLES_IN_ORDER, so that backups miss none', async () => {
    handle = await openTestDatabase();
    expect([...TABLES_IN_ORDER].sort()).toEqual(await userTables(handle));
  });

  it('enforces foreign keys', async () => {
    handle = await openTestDatabase();
    await expect(
      sql`insert into site (id, relais_id, insee_code, name, kind, created_at, updated_at) values ('s', 'no-such-relais', '85003', 'x', 'other', 'now', 'now')`.execute(
        handle.db,
      ),
    ).rejects.toThrow();
  });
});
