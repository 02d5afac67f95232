import type { LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../../src/app/clock.js';
import { loadConfig, type Config } from '../../src/app/config.js';
import type { AppInstance } from '../../src/app/context.js';
import { createApp } from '../../src/app/create-app.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import type { MailEnvelope, MailTransport } from '../../src/modules/mail/mail.transport.js';
import { TEST_PASSWORD } from './factories.js';
import { openTestDatabase } from './test-database.js';

/** A mail transport that keeps what it is given, and can be told to fail. */
export function memoryTransport(): MailTransport & { sent: MailEnvelope[]; failNext: number } {
  const transport = {
    kind: 'smtp' as const,
    sent: [] as MailEnvelope[],
    failNext: 0,
    async send(message: MailEnvelope) {
      if (transport.failNext > 0) {
        transport.failNext -= 1;
        throw new Error('SMTP indisponible (simulé)');
      }
      transport.sent.push(message);
    },
  };
  return transport;
}

export interface TestApp {
  app: AppInstance;
  database: DatabaseHandle;
  db: DatabaseHandle['db'];
  clock: ReturnType<typeof fixedClock>;
  mail: ReturnType<typeof memoryTransport>;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    publicUrl: 'http://relais.test',
    authRateLimitPerMinute: 1000,
    jobsPollMs: 0,
    ...overrides,
  };
}

/** The whole application on a fresh, migrated database of the engine under test. */
export async function createTestApp(
  options: { config?: Partial<Config>; database?: DatabaseHandle; instanceId?: string; webRoot?: string } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase());
  const clock = fixedClock('2026-03-02T08:00:00.000Z');
  const mail = memoryTransport();
  const config = testConfig(options.config);
  const app = await createApp({
    config,
    database,
    clock,
    mailTransport: mail,
    instanceId: options.instanceId,
    webRoot: options.webRoot,
  });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    clock,
    mail,
    config,
    close: async () => {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export function sessionFrom(response: LightMyRequestResponse): Session {
  const cookie = response.cookies.find((c) => c.name === 'relais_session');
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const header = `relais_session=${cookie.value}`;
  return { cookie: header, csrfToken, headers: { cookie: header, 'x-csrf-token': csrfToken } };
}

/** Signs a staff account in with the factories' password. */
export async function login(app: AppInstance, email: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  return sessionFrom(response);
}
