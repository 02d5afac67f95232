/** Starting the servers under test, each in its own process: Relais as shipped, and bare Fastify. */
import fs from 'node:fs';
import path from 'node:path';
import type { Engine } from '../src/db/database.js';
import { freePort, startChildServer, type ChildServer } from './child-server.js';
import type { Cleanup } from './cleanup.js';
import type { Dataset } from './datasets/index.js';
import { startBenchPostgres } from './postgres.js';

export interface StartContext {
  tempRoot: string;
  cleanup: Cleanup;
}

/** `node bin/relais.mjs serve` in production mode (JSON logs at info, as deployed) on a fresh database. */
export async function startRelaisServer(
  engine: Engine,
  dataset: Dataset,
  context: StartContext,
  options: { cpuProfileDir?: string } = {},
): Promise<{ server: ChildServer; databaseUrl: string; vars: Record<string, string> }> {
  const dataDir = path.join(context.tempRoot, `relais-${engine}`);
  fs.mkdirSync(dataDir);
  const databaseUrl =
    engine === 'postgresql'
      ? (await startBenchPostgres(context.tempRoot, context.cleanup)).databaseUrl
      : path.join(dataDir, 'relais.sqlite');
  const vars = { ...dataset.vars, ...(await dataset.prepare?.(databaseUrl, (m) => console.error(`[bench] ${m}`))) };
  const port = await freePort();
  const server = await startChildServer({
    name: `relais (${engine})`,
    args: [
      ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []),
      'bin/relais.mjs',
      'serve',
      ...dataset.serveArgs,
    ],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      SMTP_URL: '',
      JOBS_POLL_MS: '0',
      AUTH_RATE_LIMIT: '100000',
      SEARCH_RATE_LIMIT: '1000000',
    },
    port,
    readyPath: '/api/health',
    logFile: path.join(context.tempRoot, `relais-${engine}.log`),
    cleanup: context.cleanup,
    readyTimeoutMs: 120_000,
    // Writing a CPU profile at exit takes a while on a busy machine.
    stopTimeoutMs: options.cpuProfileDir ? 120_000 : 5_000,
  });
  return { server, databaseUrl, vars };
}

/** bench/baseline-server.ts: one Fastify route, without logger, or with the same pino logger as Relais. */
export async function startBaselineServer(variant: 'bare' | 'logged', context: StartContext): Promise<ChildServer> {
  const port = await freePort();
  return startChildServer({
    name: `fastify (${variant})`,
    args: ['--import', 'tsx', 'bench/baseline-server.ts'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      BASELINE_LOG_LEVEL: variant === 'logged' ? 'info' : '',
    },
    port,
    readyPath: '/',
    logFile: path.join(context.tempRoot, `fastify-${variant}.log`),
    cleanup: context.cleanup,
  });
}
