import type { TestProject } from 'vitest/node';
import { startPostgres, type RunningPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

let server: RunningPostgres | undefined;

/** Starts PostgreSQL once for the `postgresql` project; each test file then makes its own database. */
export async function setup(project: TestProject): Promise<void> {
  server = await startPostgres();
  project.provide('postgresAdminUrl', server.adminUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
