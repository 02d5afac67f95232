import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from '../../app/clock.js';
import type { Database } from '../../db/schema.js';
import { claimRun, ensureSchedule, findDueSchedules, recordRunError } from './jobs.repository.js';

export interface RecurringJob {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

export interface JobRunnerDeps {
  db: Kysely<Database>;
  clock: Clock;
  instanceId: string;
  log?: FastifyBaseLogger;
}

/**
 * Runs recurring jobs from the `job_schedule` table. Several instances may share one database:
 * each due run is claimed by compare-and-set, so it happens exactly once.
 */
export class JobRunner {
  private readonly jobs = new Map<string, RecurringJob>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<string[]> | undefined;

  constructor(private readonly deps: JobRunnerDeps) {}

  register(job: RecurringJob): void {
    this.jobs.set(job.name, job);
  }

  /** Runs, once, every job that is due now; returns the names of the jobs this instance ran. */
  async tick(): Promise<string[]> {
    const { db, clock, instanceId } = this.deps;
    const now = clock.now();
    const nowIso = now.toISOString();
    for (const job of this.jobs.values()) await ensureSchedule(db, job.name, nowIso);
    const ran: string[] = [];
    for (const due of await findDueSchedules(db, nowIso)) {
      const job = this.jobs.get(due.name);
      if (!job) continue;
      const next = new Date(now.getTime() + job.everyMs).toISOString();
      if (!(await claimRun(db, job.name, due.next_run_at, next, nowIso, instanceId))) continue;
      ran.push(job.name);
      try {
        await job.run();
        await recordRunError(db, job.name, null);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.deps.log?.error({ job: job.name, err: error }, 'job failed');
        await recordRunError(db, job.name, message.slice(0, 500));
      }
    }
    return ran;
  }

  start(pollMs: number): void {
    if (pollMs <= 0 || this.timer) return;
    const loop = () => {
      this.running = this.tick().catch((error: unknown) => {
        this.deps.log?.error({ err: error }, 'job runner tick failed');
        return [];
      });
      void this.running.finally(() => {
        if (this.timer) this.timer = setTimeout(loop, pollMs);
      });
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
