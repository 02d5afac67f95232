import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app.js';
import { testEngine } from '../../tests/support/test-database.js';
import { cellsOf } from '../modules/appointments/appointments.rules.js';
import { DEMO_PERMANENCES, DEMO_REASONS } from './appointments.js';
import { DEMO_SLUG, seedDemo } from './vie-et-boulogne.js';

// The demo on the test clock: Monday 2 March 2026, 09:00 in Paris.
const t = await createTestApp();
afterAll(() => t.close());
const seeded = await seedDemo({ db: t.db, clock: t.clock });

describe(`the demo appointments on ${testEngine()}`, () => {
  it('are loaded with their reasons and permanences, and each live one holds exactly its cells', async () => {
    expect(seeded.appointments).toMatchObject({ reasons: DEMO_REASONS.length, permanences: DEMO_PERMANENCES.length });
    const appointments = await t.db
      .selectFrom('appointment')
      .selectAll()
      .where('relais_id', '=', seeded.relaisId)
      .execute();
    expect(appointments.length).toBe(seeded.appointments?.appointments);
    expect(new Set(appointments.map((a) => a.status))).toEqual(new Set(['booked', 'honoured', 'missed', 'cancelled']));
    const holds = await t.db.selectFrom('appointment_hold').selectAll().execute();
    const expected = appointments
      .filter((a) => a.status !== 'cancelled')
      .flatMap((a) =>
        cellsOf(new Date(a.starts_at), (Date.parse(a.ends_at) - Date.parse(a.starts_at)) / 60_000).map(
          (cell) => `${a.animator_id} ${new Date(cell).toISOString()} ${a.id}`,
        ),
      );
    expect(holds.map((h) => `${h.animator_id} ${h.cell_start} ${h.appointment_id}`).sort()).toEqual(expected.sort());
  });

  it('offer free slots online around the bookings, by the public API', async () => {
    const reasons = await t.app.inject({ url: `/api/public/relais/${DEMO_SLUG}/appointment-reasons` });
    expect(reasons.json().reasons.map((r: { label: string }) => r.label)).toEqual(DEMO_REASONS.map((r) => r.label));
    const first = reasons.json().reasons[0].id as string;
    const slots = await t.app.inject({
      url: `/api/public/relais/${DEMO_SLUG}/appointment-slots?reasonId=${first}&from=2026-03-02&to=2026-03-15`,
    });
    expect(slots.statusCode).toBe(200);
    const days = slots.json().days as { date: string; slots: { start: string; placeLabel: string }[] }[];
    expect(days.length).toBeGreaterThan(3);
    const booked = new Set(
      (
        await t.db
          .selectFrom('appointment')
          .select('starts_at')
          .where('relais_id', '=', seeded.relaisId)
          .where('status', '=', 'booked')
          .execute()
      ).map((a) => a.starts_at),
    );
    for (const slot of days.flatMap((d) => d.slots)) expect(booked.has(slot.start)).toBe(false);
    expect(days.flatMap((d) => d.slots).some((s) => s.placeLabel === 'Par téléphone')).toBe(true);
  });
});
