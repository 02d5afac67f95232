/**
 * Two people can never get the same slot, even at the same instant: concurrent bookings through
 * HTTP (app.inject, all in flight together) on the engine under test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { bookingBody, makePermanence, makeReason } from '../../../tests/support/appointments.js';
import { makeRelais, makeSite, makeUser } from '../../../tests/support/factories.js';
import { createTestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';

const t = await createTestApp({ config: { authRateLimitPerMinute: 100_000 } });
afterAll(() => t.close());

async function setup() {
  const relais = await makeRelais(t.db);
  const animator = await makeUser(t.db, { role: 'animator', relaisId: relais.id });
  const site = await makeSite(t.db, relais.id, '85191');
  const short = await makeReason(t.db, relais.id, { label: 'Court', durationMinutes: 30 });
  const long = await makeReason(t.db, relais.id, { label: 'Long', durationMinutes: 60 });
  const permanence = await makePermanence(t.db, relais.id, {
    animatorId: animator.id,
    siteId: site.id,
    reasonIds: [short.id, long.id],
  });
  return { relais, animator, short, long, permanence };
}

function attempt(slug: string, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/api/public/relais/${slug}/appointments`, payload: body });
}

describe(`double booking on ${testEngine()}`, () => {
  it('lets exactly one of 200 simultaneous attempts on one slot through; the others get 409', async () => {
    const s = await setup();
    const start = '2026-03-10T08:00:00.000Z';
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        attempt(
          s.relais.slug,
          bookingBody(
            { reasonId: s.short.id, permanenceId: s.permanence.id, start },
            { name: `Personne ${i}`, email: `personne${i}@exemple.test` },
          ),
        ),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((code) => code === 201)).toHaveLength(1);
    expect(statuses.filter((code) => code === 409)).toHaveLength(199);
    for (const r of responses.filter((x) => x.statusCode === 409)) {
      expect(r.json().error.code).toBe('slot_taken');
    }
    const appointments = await t.db
      .selectFrom('appointment')
      .selectAll()
      .where('relais_id', '=', s.relais.id)
      .execute();
    expect(appointments).toHaveLength(1);
    const holds = await t.db
      .selectFrom('appointment_hold')
      .selectAll()
      .where('animator_id', '=', s.animator.id)
      .execute();
    expect(holds).toHaveLength(6);
    expect(new Set(holds.map((h) => h.appointment_id))).toEqual(new Set([appointments[0]!.id]));
    const winner = responses.find((r) => r.statusCode === 201)!;
    expect(winner.json().appointment.personName).toBe(appointments[0]!.person_name);
    // Exactly one confirmation went to the outbox.
    const mails = await t.db
      .selectFrom('outbox_message')
      .select('recipient')
      .where('relais_id', '=', s.relais.id)
      .where('purpose', '=', 'appointment_booked')
      .execute();
    expect(mails).toEqual([{ recipient: appointments[0]!.person_email }]);
  });

  it('never lets overlapping bookings of different durations of one animator both commit', async () => {
    const s = await setup();
    // Tuesday 10 March 2026, 09:00–12:00 Paris: 60-minute slots at 09:00, 10:00, 11:00 and 30-minute
    // slots every half hour, each attempted 8 times, all at once.
    const attempts: { reasonId: string; start: string; minutes: number }[] = [];
    for (const hour of [8, 9, 10]) {
      attempts.push({
        reasonId: s.long.id,
        start: `2026-03-10T${String(hour).padStart(2, '0')}:00:00.000Z`,
        minutes: 60,
      });
      for (const minute of ['00', '30']) {
        attempts.push({
          reasonId: s.short.id,
          start: `2026-03-10T${String(hour).padStart(2, '0')}:${minute}:00.000Z`,
          minutes: 30,
        });
      }
    }
    const responses = await Promise.all(
      attempts.flatMap((a, i) =>
        Array.from({ length: 8 }, (_, k) =>
          attempt(
            s.relais.slug,
            bookingBody(
              { reasonId: a.reasonId, permanenceId: s.permanence.id, start: a.start },
              { email: `p${i}-${k}@exemple.test` },
            ),
          ),
        ),
      ),
    );
    for (const r of responses) expect([201, 409], r.body).toContain(r.statusCode);
    const booked = await t.db
      .selectFrom('appointment')
      .select(['id', 'starts_at', 'ends_at'])
      .where('relais_id', '=', s.relais.id)
      .orderBy('starts_at')
      .execute();
    expect(booked.length).toBe(responses.filter((r) => r.statusCode === 201).length);
    expect(booked.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < booked.length; i++) {
      expect(
        booked[i]!.starts_at >= booked[i - 1]!.ends_at,
        `${booked[i - 1]!.starts_at} / ${booked[i]!.starts_at}`,
      ).toBe(true);
    }
    const holds = await t.db
      .selectFrom('appointment_hold')
      .select('appointment_id')
      .where('animator_id', '=', s.animator.id)
      .execute();
    const minutes = booked.reduce((sum, b) => sum + (Date.parse(b.ends_at) - Date.parse(b.starts_at)) / 60_000, 0);
    expect(holds).toHaveLength(minutes / 5);
  });
});
