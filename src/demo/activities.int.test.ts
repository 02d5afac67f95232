import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngine } from '../../tests/support/test-database.js';
import { parisToday, systemClock } from '../app/clock.js';
import type { Actor } from '../app/policy.js';
import type { DatabaseHandle } from '../db/database.js';
import { getActivityStatistics } from '../modules/activities/activities.statistics.js';
import { BUILT_IN_KINDS } from '../modules/activities/activities.rules.js';
import { DEMO_DISTINCT_WITHOUT_CHILDREN, DEMO_PARTICIPATION_2023 } from './activities.js';
import { seedDemo } from './vie-et-boulogne.js';

let database: DatabaseHandle;
let relaisId: string;
let viewer: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  relaisId = (await seedDemo({ db: database.db, clock: systemClock })).relaisId;
  viewer = {
    userId: 'elu',
    role: 'viewer',
    relaisId,
    email: 'elu@vie-et-boulogne.test',
    displayName: 'Élu',
    sessionId: 's',
  };
});
afterAll(() => database.close());

describe(`the activities of the demo relais on ${testEngine()}`, () => {
  it('reproduces the seed’s series of distinct childminders at sessions without children, 2019 to 2023', async () => {
    const deps = { db: database.db, clock: systemClock };
    const stats = await getActivityStatistics(deps, viewer, relaisId, 2023);
    expect(stats.series.map((s) => [s.year, s.distinctChildmindersWithoutChildren])).toEqual(
      DEMO_DISTINCT_WITHOUT_CHILDREN.map((s) => [s.year, s.count]),
    );
    expect(DEMO_DISTINCT_WITHOUT_CHILDREN.map((s) => s.count)).toEqual([77, 56, 75, 79, 110]);
    expect(stats.distinctChildmindersWithoutChildren).toBe(110);
    // Each year on its own agrees with the series.
    for (const { year, count } of DEMO_DISTINCT_WITHOUT_CHILDREN.slice(0, 2)) {
      expect((await getActivityStatistics(deps, viewer, relaisId, year)).distinctChildmindersWithoutChildren).toBe(
        count,
      );
    }
    expect(stats.sessionsHeld).toBeGreaterThan(10);
    expect(stats.parentParticipations).toBeGreaterThan(0);
    // …and the seed's participation rate of 2023, play mornings included (38 %).
    expect(Math.round(stats.participationRate!)).toBe(DEMO_PARTICIPATION_2023);
    expect(stats.distinctChildminders).toBeGreaterThan(110);
    // About 250 play mornings a year (§4.2), and the evenings.
    expect(stats.sessionsHeld).toBeGreaterThan(250);
  });

  it('has the built-in kinds, and places taken that are exactly those of the confirmed registrations', async () => {
    const kinds = await database.db
      .selectFrom('activity_kind')
      .select('code')
      .where('relais_id', '=', relaisId)
      .execute();
    expect(kinds.map((k) => k.code).sort()).toEqual(BUILT_IN_KINDS.map((k) => k.code).sort());

    const activities = await database.db
      .selectFrom('activity')
      .select(['id', 'adult_capacity', 'child_capacity', 'adults_taken', 'children_taken', 'status', 'date'])
      .where('relais_id', '=', relaisId)
      .execute();
    const registrations = await database.db
      .selectFrom('activity_registration')
      .select(['activity_id', 'adults', 'children', 'status'])
      .where('relais_id', '=', relaisId)
      .execute();
    const sums = new Map<string, { adults: number; children: number; waiting: number }>();
    for (const r of registrations) {
      const sum = sums.get(r.activity_id) ?? { adults: 0, children: 0, waiting: 0 };
      if (r.status === 'confirmed') {
        sum.adults += Number(r.adults);
        sum.children += Number(r.children);
      } else if (r.status === 'waiting') sum.waiting += 1;
      sums.set(r.activity_id, sum);
    }
    let withWaiting = 0;
    for (const a of activities) {
      const sum = sums.get(a.id) ?? { adults: 0, children: 0, waiting: 0 };
      expect([Number(a.adults_taken), Number(a.children_taken)], a.id).toEqual([sum.adults, sum.children]);
      expect(Number(a.adults_taken)).toBeLessThanOrEqual(Number(a.adult_capacity));
      expect(Number(a.children_taken)).toBeLessThanOrEqual(Number(a.child_capacity));
      if (sum.waiting > 0) withWaiting += 1;
    }
    expect(withWaiting).toBeGreaterThan(0);

    const today = parisToday(systemClock);
    const upcoming = activities.filter((a) => a.date >= today && a.status === 'scheduled');
    expect(upcoming.length).toBeGreaterThan(20);
    expect(activities.some((a) => a.status === 'cancelled')).toBe(true);
    // Attendance is only recorded for sessions held.
    const attended = await database.db
      .selectFrom('activity_attendance as t')
      .innerJoin('activity as a', 'a.id', 't.activity_id')
      .select(['a.date', 'a.status'])
      .where('t.relais_id', '=', relaisId)
      .execute();
    expect(attended.length).toBeGreaterThan(500);
    for (const a of attended) expect(a.date <= today && a.status === 'scheduled').toBe(true);
  });

  it('has a practice group of eight for the school year, and the demo childminder’s participations', async () => {
    const group = await database.db
      .selectFrom('practice_group')
      .select(['id', 'facilitator'])
      .where('relais_id', '=', relaisId)
      .where('archived_at', 'is', null)
      .executeTakeFirstOrThrow();
    const members = await database.db
      .selectFrom('practice_group_member')
      .select('childminder_id')
      .where('group_id', '=', group.id)
      .where('left_at', 'is', null)
      .execute();
    expect(members).toHaveLength(8);
    const sessions = await database.db
      .selectFrom('activity')
      .select('id')
      .where('practice_group_id', '=', group.id)
      .execute();
    expect(sessions).toHaveLength(8);

    const mine = await database.db
      .selectFrom('activity_registration as r')
      .innerJoin('childminder as c', 'c.id', 'r.childminder_id')
      .select(['r.status'])
      .where('c.last_name', '=', 'LEFÈVREAU')
      .where('r.relais_id', '=', relaisId)
      .execute();
    expect(mine.filter((r) => r.status === 'confirmed').length).toBeGreaterThanOrEqual(2);
  });
});
