import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngine } from '../../tests/support/test-database.js';
import { systemClock } from '../app/clock.js';
import type { DatabaseHandle } from '../db/database.js';
import { DEMO_JOB_OFFERS } from './job-offers.js';
import { seedDemo } from './vie-et-boulogne.js';

let database: DatabaseHandle;
let relaisId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  relaisId = (await seedDemo({ db: database.db, clock: systemClock })).relaisId;
});
afterAll(() => database.close());

describe(`the job offers of the demo relais on ${testEngine()}`, () => {
  it('has an offer in every status, each with its history in order, in the past', async () => {
    const offers = await database.db.selectFrom('job_offer').selectAll().where('relais_id', '=', relaisId).execute();
    expect(offers.map((o) => o.status).sort()).toEqual(DEMO_JOB_OFFERS.map((o) => o.status).sort());
    expect(new Set(offers.map((o) => o.status))).toEqual(
      new Set(['email_pending', 'pending', 'published', 'refused', 'filled', 'expired', 'withdrawn']),
    );
    const now = systemClock.now().toISOString();
    for (const o of offers) {
      const events = await database.db
        .selectFrom('job_offer_event')
        .select(['kind', 'at'])
        .where('offer_id', '=', o.id)
        .orderBy('at')
        .execute();
      expect(events[0]?.kind, o.parent_name).toBe('submitted');
      for (const e of events) expect(e.at <= now && e.at >= o.created_at, `${o.parent_name} ${e.kind}`).toBe(true);
    }
  });

  it('sends the published offers to the childminders they fit, and the demo childminder answered one', async () => {
    const recipients = await database.db
      .selectFrom('job_offer_recipient as r')
      .innerJoin('job_offer as o', 'o.id', 'r.offer_id')
      .select(['o.parent_name', 'r.childminder_id', 'r.reasons'])
      .where('o.relais_id', '=', relaisId)
      .where('o.status', '=', 'published')
      .execute();
    expect(recipients.length).toBeGreaterThan(0);
    for (const r of recipients) expect(r.reasons).toMatch(/^Place libre dès/);
    const answer = await database.db
      .selectFrom('job_offer_answer as a')
      .innerJoin('childminder as c', 'c.id', 'a.childminder_id')
      .select(['c.last_name', 'a.offer_id'])
      .where('a.relais_id', '=', relaisId)
      .executeTakeFirstOrThrow();
    expect(answer.last_name).toBe('LEFÈVREAU');
    expect(recipients.map((r) => r.childminder_id)).toContain(
      (
        await database.db
          .selectFrom('childminder')
          .select('id')
          .where('relais_id', '=', relaisId)
          .where('last_name', '=', 'LEFÈVREAU')
          .executeTakeFirstOrThrow()
      ).id,
    );
  });
});
