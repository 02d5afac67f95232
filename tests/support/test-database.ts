import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle, type Engine } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

/** The engine this test run targets: the `sqlite` or `postgresql` vitest project sets it. */
export function testEngine(): Engine {
  return process.env.TEST_ENGINE === 'postgresql' ? 'postgresql' : 'sqlite';
}

/** A fresh, empty database URL of the current engine (a new PostgreSQL database or SQLite file). */
export async function freshDatabaseUrl(): Promise<string> {
  if (testEngine() === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-test-'));
    return path.join(dir, 'relais.sqlite');
  }
  const adminUrl = inject('postgresAdminUrl');
  const name = `relais_${crypto.randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Opens a fresh database of the current engine; migrated unless `migrate: false`. */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<DatabaseHandle & { url: string }> {
  const url = await freshDatabaseUrl();
  const handle = openDatabase(url, { poolSize: 5 });
  if (options.migrate !== false) await migrateToLatest(handle.db);
  return Object.assign(handle, { url });
}
