/**
 * The real application, in process, on a free port of the loopback, with the demo relais and a
 * mail transport that keeps messages in memory so that scenarios can open the links they contain.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../../../src/app/clock.js';
import { loadConfig } from '../../../src/app/config.js';
import type { AppInstance } from '../../../src/app/context.js';
import { createApp } from '../../../src/app/create-app.js';
import { openDatabase, type DatabaseHandle } from '../../../src/db/database.js';
import { migrateToLatest } from '../../../src/db/migrate.js';
import { seedDemo } from '../../../src/demo/vie-et-boulogne.js';
import { deliverDueMessages } from '../../../src/modules/mail/mail.usecases.js';
import type { MailEnvelope, MailTransport } from '../../../src/modules/mail/mail.transport.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_ROOT = path.join(projectRoot, 'dist/web');

export interface E2eServer {
  app: AppInstance;
  baseUrl: string;
  database: DatabaseHandle;
  /** Messages handed to the mail transport, oldest first. */
  sent: MailEnvelope[];
  /** Runs the outbox delivery job once (the job runner is off in tests). */
  deliverMail(): Promise<void>;
  close(): Promise<void>;
}

export function assertWebBuilt(): void {
  if (!fs.existsSync(path.join(WEB_ROOT, 'index.html'))) {
    throw new Error(
      `The web app is not built (${path.relative(process.cwd(), WEB_ROOT)}/index.html is missing): run \`npm run build\` before the browser tests.`,
    );
  }
}

export async function startServer(): Promise<E2eServer> {
  assertWebBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-e2e-'));
  const database = openDatabase(path.join(dir, 'relais.sqlite'));
  await migrateToLatest(database.db);
  await seedDemo({ db: database.db, clock: systemClock });

  const sent: MailEnvelope[] = [];
  const mailTransport: MailTransport = {
    kind: 'smtp',
    async send(message) {
      sent.push(message);
    },
  };
  const config = {
    ...loadConfig({}),
    dataDir: dir,
    publicUrl: 'http://127.0.0.1',
    authRateLimitPerMinute: 1000,
    jobsPollMs: 0,
  };
  const app = await createApp({ config, database, mailTransport, webRoot: WEB_ROOT });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('the test server has no address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  // The port is known only now: links sent by e-mail must carry it.
  config.publicUrl = baseUrl;
  return {
    app,
    baseUrl,
    database,
    sent,
    deliverMail: async () => {
      await deliverDueMessages(app.ctx);
    },
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
