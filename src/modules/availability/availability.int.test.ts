import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeChildminder, makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, sessionFrom, type Session, type TestApp } from '../../../tests/support/test-app.js';
import { deliverDueMessages } from '../mail/mail.usecases.js';
import { sendAvailabilityReminders } from './availability.usecases.js';

let t: TestApp;
let relais: { id: string };
let staff: Session;
let am: { id: string };

const slot = {
  availableFrom: '2026-09-01',
  minAgeMonths: 0,
  maxAgeMonths: 36,
  days: [1, 2, 4, 5],
  startTime: '07:30',
  endTime: '18:30',
  atypicalHours: false,
  periscolaire: false,
  note: '',
};

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db);
  staff = await login(t.app, (await makeUser(t.db, { role: 'animator', relaisId: relais.id })).email);
  am = await makeChildminder(t.db, relais.id, '85191');
  await t.db
    .updateTable('childminder')
    .set({ email: 'anne.factice@exemple.test', approval_places: 3 })
    .where('id', '=', am.id)
    .execute();
});
afterEach(() => t.close());

/** Opens the childminder's space as staff, then signs her in with the link she receives. */
async function childminderSession(): Promise<Session> {
  const opened = await t.app.inject({
    method: 'POST',
    url: `/api/relais/${relais.id}/childminders/${am.id}/account`,
    headers: staff.headers,
  });
  expect(opened.statusCode, opened.body).toBe(200);
  await t.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: 'anne.factice@exemple.test' } });
  await deliverDueMessages(t.app.ctx);
  const link = t.mail.sent.find((m) => m.subject === 'Votre lien de connexion à Relais')!;
  const token = /jeton=([\w-]+)/.exec(link.text)![1]!;
  return sessionFrom(await t.app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } }));
}

describe('availability of a childminder', () => {
  it('the childminder sets her weekly grid in her space; history of old grids is kept', async () => {
    const me = await childminderSession();
    expect(t.mail.sent.map((m) => m.subject)).toContain('Votre espace sur Relais est ouvert');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      payload: { slots: [slot] },
      headers: me.headers,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({
      freshness: 'fresh',
      notAnswered: false,
      slots: [{ days: [1, 2, 4, 5], startTime: '07:30' }],
    });
    await t.app.inject({
      method: 'PUT',
      url: '/api/me/availability',
      payload: {
        slots: [
          { ...slot, days: [3] },
          { ...slot, periscolaire: true },
        ],
      },
      headers: me.headers,
    });
    const rows = await t.db.selectFrom('availability_slot').selectAll().where('childminder_id', '=', am.id).execute();
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.replaced_at === null)).toHaveLength(2);
    // The staff see the same grid.
    const seen = await t.app.inject({
      url: `/api/relais/${relais.id}/childminders/${am.id}/availability`,
      headers: staff.headers,
    });
    expect(seen.json().slots).toHaveLength(2);
  });

  it('refuses an impossible grid, naming the place and field', async () => {
    const cases: [unknown, string][] = [
      [{ slots: [{ ...slot, endTime: '07:00' }] }, 'slots.0.endTime'],
      [{ slots: [slot, slot, slot, slot] }, 'slots'],
      [{ slots: [{ ...slot, days: [1, 1] }] }, 'slots.0.days'],
      [{ slots: [{ ...slot, days: [] }] }, 'slots.0.days'],
      [{ slots: [{ ...slot, startTime: '25:00' }] }, 'slots.0.startTime'],
    ];
    for (const [payload, field] of cases) {
      const r = await t.app.inject({
        method: 'PUT',
        url: `/api/relais/${relais.id}/childminders/${am.id}/availability`,
        payload: payload as object,
        headers: staff.headers,
      });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(await t.db.selectFrom('availability_slot').select('id').execute()).toEqual([]);
  });

  it('another childminder cannot read or change her availability; a parent has no such space', async () => {
    await childminderSession();
    const other = await makeUser(t.db, { role: 'childminder', relaisId: relais.id });
    await t.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: other.email } });
    await deliverDueMessages(t.app.ctx);
    const token = /jeton=([\w-]+)/.exec(t.mail.sent.at(-1)!.text)![1]!;
    const s = sessionFrom(
      await t.app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } }),
    );
    const direct = await t.app.inject({
      url: `/api/relais/${relais.id}/childminders/${am.id}/availability`,
      headers: s.headers,
    });
    expect(direct.statusCode).toBe(403);
    const own = await t.app.inject({ url: '/api/me/availability', headers: s.headers });
    expect(own.statusCode).toBe(404);
    expect(own.json().error.message).toContain('Aucune fiche');
  });
});

describe('freshness loop', () => {
  it('asks childminders with old or unknown availability once per period; the staff see who has not answered', async () => {
    expect(await sendAvailabilityReminders(t.app.ctx)).toBe(1);
    expect(await sendAvailabilityReminders(t.app.ctx)).toBe(0);
    const queued = await t.db
      .selectFrom('outbox_message')
      .select(['recipient', 'subject'])
      .where('purpose', '=', 'availability_reminder')
      .execute();
    expect(queued).toEqual([
      { recipient: 'anne.factice@exemple.test', subject: 'Vos disponibilités sont-elles toujours à jour ?' },
    ]);
    const seen = await t.app.inject({
      url: `/api/relais/${relais.id}/childminders/${am.id}/availability`,
      headers: staff.headers,
    });
    expect(seen.json()).toMatchObject({ freshness: 'unknown', notAnswered: true });

    // She confirms in one click: fresh, answered; not asked again until it is old.
    await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/childminders/${am.id}/availability/confirm`,
      headers: staff.headers,
    });
    const after = await t.app.inject({
      url: `/api/relais/${relais.id}/childminders/${am.id}/availability`,
      headers: staff.headers,
    });
    expect(after.json()).toMatchObject({ freshness: 'fresh', notAnswered: false });
    t.clock.advance(45 * 86_400_000);
    expect(await sendAvailabilityReminders(t.app.ctx)).toBe(0);
    t.clock.advance(20 * 86_400_000);
    expect(await sendAvailabilityReminders(t.app.ctx)).toBe(1);
  });
});
