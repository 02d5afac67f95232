import { createApp } from '../app/create-app.js';
import { loadConfig } from '../app/config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedDemo } from '../demo/vie-et-boulogne.js';
import { systemClock } from '../app/clock.js';
import { printDemoAccounts } from './demo-accounts.js';

/** Starts Relais: migrates, optionally loads the demo, listens, runs the jobs, stops cleanly. */
export async function serve(options: { demo: boolean }): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  const applied = await migrateToLatest(database.db);
  const app = await createApp({
    config,
    database,
    logger: config.production ? { level: 'info' } : { level: 'info', transport: { target: 'pino-pretty' } },
  });
  if (applied.length > 0) app.log.info({ migrations: applied }, 'schéma mis à jour');
  if (options.demo) {
    const seeded = await seedDemo({ db: database.db, clock: systemClock });
    if (seeded.created) app.log.info('relais de démonstration chargé');
  }
  await app.listen({ port: config.port, host: config.host });
  app.jobs.start(config.jobsPollMs);
  console.log(`\nRelais est prêt : ${config.publicUrl} (base ${database.engine})`);
  if (options.demo) printDemoAccounts();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
