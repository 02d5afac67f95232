import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function ensureSchedule(db: Kysely<Database>, name: string, firstRunAt: string): Promise<void> {
  await db
    .insertInto('job_schedule')
    .values({ name, next_run_at: firstRunAt, runs: 0 })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

export async function findDueSchedules(db: Kysely<Database>, now: string) {
  return db.selectFrom('job_schedule').select(['name', 'next_run_at']).where('next_run_at', '<=', now).execute();
}

/**
 * Moves a job's next run from `expected` to `next`. Only one instance can succeed for a given
 * `expected` value: that instance runs the job, the others skip it.
 */
export async function claimRun(
  db: Kysely<Database>,
  name: string,
  expected: string,
  next: string,
  now: string,
  instanceId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('job_schedule')
    .set((eb) => ({ next_run_at: next, last_run_at: now, last_run_by: instanceId, runs: eb('runs', '+', 1) }))
    .where('name', '=', name)
    .where('next_run_at', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordRunError(db: Kysely<Database>, name: string, error: string | null): Promise<void> {
  await db.updateTable('job_schedule').set({ last_error: error }).where('name', '=', name).execute();
}

export async function listSchedules(db: Kysely<Database>) {
  return db.selectFrom('job_schedule').selectAll().orderBy('name').execute();
}
