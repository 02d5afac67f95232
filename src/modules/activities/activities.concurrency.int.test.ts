/**
 * A session never takes more than its capacity, even under many simultaneous registrations:
 * attempts through HTTP (app.inject, all in flight together) on the engine under test. Exactly as
 * many are confirmed as there are places; the others wait; the counters equal what the confirmed
 * registrations take.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeChildminder, makeRelais, makeSite, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';

const t = await createTestApp({ config: { authRateLimitPerMinute: 100_000 } });
afterAll(() => t.close());

async function setup(code: string, capacities: { adultCapacity: number; childCapacity: number }) {
  const relais = await makeRelais(t.db);
  const user = await makeUser(t.db, { role: 'animator', relaisId: relais.id });
  const staff = await login(t.app, user.email);
  const site = await makeSite(t.db, relais.id, '85191');
  const kinds = await t.app.inject({ url: `/api/relais/${relais.id}/activity-kinds`, headers: staff.headers });
  const kindId = kinds.json<{ kinds: { id: string; code: string }[] }>().kinds.find((k) => k.code === code)!.id;
  const created = await t.app.inject({
    method: 'POST',
    url: `/api/relais/${relais.id}/activities`,
    headers: staff.headers,
    payload: {
      kindId,
      theme: 'free_play',
      siteId: site.id,
      date: '2026-03-10',
      startTime: '09:30',
      endTime: '11:30',
      ...capacities,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return { relais, staff, activityId: created.json<{ id: string }>().id };
}

async function state(activityId: string) {
  const activity = await t.db
    .selectFrom('activity')
    .select(['adults_taken', 'children_taken', 'adult_capacity', 'child_capacity'])
    .where('id', '=', activityId)
    .executeTakeFirstOrThrow();
  const registrations = await t.db
    .selectFrom('activity_registration')
    .select(['status', 'adults', 'children'])
    .where('activity_id', '=', activityId)
    .execute();
  const confirmed = registrations.filter((r) => r.status === 'confirmed');
  return {
    activity,
    registrations,
    confirmed,
    waiting: registrations.filter((r) => r.status === 'waiting'),
    sumAdults: confirmed.reduce((s, r) => s + Number(r.adults), 0),
    sumChildren: confirmed.reduce((s, r) => s + Number(r.children), 0),
  };
}

describe(`capacity under concurrency on ${testEngine()}`, () => {
  it('confirms exactly as many of 40 simultaneous parents as there are adult places', async () => {
    const { relais, activityId } = await setup('coeducation_evening', { adultCapacity: 6, childCapacity: 0 });
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: `/api/public/relais/${relais.slug}/activities/${activityId}/registrations`,
          payload: { name: `Parent ${i}`, email: `parent${i}@exemple.test`, children: 0, consent: true },
        }),
      ),
    );
    for (const r of responses) expect(r.statusCode, r.body).toBe(201);
    const statuses = responses.map((r) => r.json<{ status: string }>().status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(6);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(34);
    const s = await state(activityId);
    expect(s.confirmed).toHaveLength(6);
    expect(s.waiting).toHaveLength(34);
    expect(Number(s.activity.adults_taken)).toBe(6);
    expect(Number(s.activity.adults_taken)).toBe(s.sumAdults);
    expect(Number(s.activity.children_taken)).toBe(s.sumChildren);
  });

  it('never lets children exceed their places when 40 childminders register by phone at once', async () => {
    const { relais, staff, activityId } = await setup('play_morning', { adultCapacity: 30, childCapacity: 10 });
    const ids = await Promise.all(
      Array.from(
        { length: 40 },
        async (_, i) => (await makeChildminder(t.db, relais.id, '85191', { lastName: `AM${i}` })).id,
      ),
    );
    const responses = await Promise.all(
      ids.map((childminderId, i) =>
        t.app.inject({
          method: 'POST',
          url: `/api/relais/${relais.id}/activities/${activityId}/registrations`,
          headers: staff.headers,
          payload: { childminderId, children: 1 + (i % 3), adults: 1 },
        }),
      ),
    );
    for (const r of responses) expect(r.statusCode, r.body).toBe(201);
    const s = await state(activityId);
    expect(s.registrations).toHaveLength(40);
    expect(s.sumChildren).toBeLessThanOrEqual(10);
    // Whatever the order, the waiting list only holds those who did not fit what was left.
    const left = 10 - s.sumChildren;
    for (const w of s.waiting) expect(Number(w.children)).toBeGreaterThan(left);
    expect(Number(s.activity.children_taken)).toBe(s.sumChildren);
    expect(Number(s.activity.adults_taken)).toBe(s.sumAdults);
    expect(s.confirmed.length).toBe(
      responses.filter((r) => r.json<{ status: string }>().status === 'confirmed').length,
    );
  });

  it('registers a childminder once when her registration is sent ten times at the same instant', async () => {
    const { relais, staff, activityId } = await setup('play_morning', { adultCapacity: 1, childCapacity: 4 });
    const { id: childminderId } = await makeChildminder(t.db, relais.id, '85191', { lastName: 'Pressée' });
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.app.inject({
          method: 'POST',
          url: `/api/relais/${relais.id}/activities/${activityId}/registrations`,
          headers: staff.headers,
          payload: { childminderId, children: 2, adults: 1 },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
    const s = await state(activityId);
    expect(s.registrations).toHaveLength(1);
    expect(Number(s.activity.adults_taken)).toBe(1);
    expect(Number(s.activity.children_taken)).toBe(2);
  });

  it('keeps the counters exact when cancellations and registrations cross', async () => {
    const { relais, activityId } = await setup('coeducation_evening', { adultCapacity: 5, childCapacity: 0 });
    const url = `/api/public/relais/${relais.slug}/activities/${activityId}/registrations`;
    for (let i = 0; i < 10; i++) {
      await t.app.inject({
        method: 'POST',
        url,
        payload: { name: `Premier ${i}`, email: `premier${i}@exemple.test`, children: 0, consent: true },
      });
    }
    const tokens = (
      await t.db
        .selectFrom('outbox_message')
        .select('text_body')
        .where('relais_id', '=', relais.id)
        .where('purpose', '=', 'activity_registered')
        .execute()
    ).map((m) => /annulation\/([\w-]+)/.exec(m.text_body)![1]!);
    expect(tokens).toHaveLength(5);
    const responses = await Promise.all([
      ...tokens.map((token) =>
        t.app.inject({ method: 'POST', url: `/api/public/activity-registrations/${token}/cancel` }),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url,
          payload: { name: `Second ${i}`, email: `second${i}@exemple.test`, children: 0, consent: true },
        }),
      ),
    ]);
    for (const r of responses) expect([200, 201], r.body).toContain(r.statusCode);
    const s = await state(activityId);
    expect(s.confirmed).toHaveLength(5);
    expect(Number(s.activity.adults_taken)).toBe(5);
    expect(s.registrations.filter((r) => r.status === 'cancelled')).toHaveLength(5);
    expect(s.waiting).toHaveLength(20);
  });
});
