/**
 * The staff list of childminders tells how fresh each one's availability is, and filters on it:
 * up to date, old, never confirmed, reminded without an answer since (the freshness loop).
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemsWith, type ErrorBody } from '../../../tests/integration/support/responses.js';
import { makeChildminder, makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';
import { sendAvailabilityReminders } from '../availability/availability.usecases.js';

let t: TestApp;
let relais: { id: string };
let staff: Session;
let url: string;

const DAY = 86_400_000;
/** The test clock's now (2026-03-02T08:00Z) minus some days, as the application writes instants. */
const daysAgo = (days: number) => new Date(Date.parse('2026-03-02T08:00:00.000Z') - days * DAY).toISOString();

/** Childminders named after the state of their availability (maximum age: 60 days by default). */
async function childminder(lastName: string, confirmedAt: string | null, remindedAt: string | null, archived = false) {
  const { id } = await makeChildminder(t.db, relais.id, '85191', {
    lastName,
    status: archived ? 'archived' : 'active',
  });
  await t.db
    .updateTable('childminder')
    .set({
      email: `${lastName.toLowerCase()}@exemple.test`,
      availability_confirmed_at: confirmedAt,
      availability_reminded_at: remindedAt,
    })
    .where('id', '=', id)
    .execute();
  return id;
}

interface Item {
  lastName: string;
  availability: { freshness: string; confirmedAt: string | null; remindedAt: string | null; notAnswered: boolean };
}

async function list(query: string): Promise<Item[]> {
  const r = await t.app.inject({ url: `${url}?${query}`, headers: staff.headers });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().childminders;
}
const names = async (query: string) => (await list(query)).map((c) => c.lastName);

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db);
  staff = await login(t.app, (await makeUser(t.db, { role: 'assistant', relaisId: relais.id })).email);
  url = `/api/relais/${relais.id}/childminders`;
  await childminder('AJOUR', daysAgo(10), null);
  await childminder('LIMITE', daysAgo(60), null); // exactly the maximum age: still fresh
  await childminder('ANCIENNE', daysAgo(90), null);
  await childminder('JAMAIS', null, null);
  await childminder('SILENCIEUSE', daysAgo(90), daysAgo(20)); // reminded after her last confirmation
  await childminder('MUETTE', null, daysAgo(5)); // reminded, never confirmed
  await childminder('REPONDU', daysAgo(15), daysAgo(40)); // reminded, then confirmed
  await childminder('PARTIE', daysAgo(200), daysAgo(100), true);
});
afterEach(() => t.close());

describe('freshness of availability in the staff list', () => {
  it('shows each childminder’s freshness, last confirmation and last reminder', async () => {
    const byName = Object.fromEntries((await list('status=all')).map((c) => [c.lastName, c.availability]));
    expect(byName).toEqual({
      AJOUR: { freshness: 'fresh', confirmedAt: daysAgo(10), remindedAt: null, notAnswered: false },
      LIMITE: { freshness: 'fresh', confirmedAt: daysAgo(60), remindedAt: null, notAnswered: false },
      ANCIENNE: { freshness: 'stale', confirmedAt: daysAgo(90), remindedAt: null, notAnswered: false },
      JAMAIS: { freshness: 'unknown', confirmedAt: null, remindedAt: null, notAnswered: false },
      SILENCIEUSE: { freshness: 'stale', confirmedAt: daysAgo(90), remindedAt: daysAgo(20), notAnswered: true },
      MUETTE: { freshness: 'unknown', confirmedAt: null, remindedAt: daysAgo(5), notAnswered: true },
      REPONDU: { freshness: 'fresh', confirmedAt: daysAgo(15), remindedAt: daysAgo(40), notAnswered: false },
      PARTIE: { freshness: 'stale', confirmedAt: daysAgo(200), remindedAt: daysAgo(100), notAnswered: true },
    });
  });

  it('filters in the database on each state, with the other filters and the count', async () => {
    expect(await names('availability=fresh')).toEqual(['AJOUR', 'LIMITE', 'REPONDU']);
    expect(await names('availability=stale')).toEqual(['ANCIENNE', 'SILENCIEUSE']);
    expect(await names('availability=unknown')).toEqual(['JAMAIS', 'MUETTE']);
    expect(await names('availability=not_answered')).toEqual(['MUETTE', 'SILENCIEUSE']);
    expect(await names('availability=not_answered&status=all')).toEqual(['MUETTE', 'PARTIE', 'SILENCIEUSE']);
    expect(await names('availability=not_answered&q=muet')).toEqual(['MUETTE']);
    const page = await t.app.inject({ url: `${url}?availability=stale&limit=1`, headers: staff.headers });
    expect(page.json()).toMatchObject({ total: 2, childminders: [{ lastName: 'ANCIENNE' }] });
    // The list agrees with what each one's availability page says.
    for (const c of await list('status=all')) {
      const id = (
        await t.db.selectFrom('childminder').select('id').where('last_name', '=', c.lastName).executeTakeFirstOrThrow()
      ).id;
      const own = await t.app.inject({ url: `${url}/${id}/availability`, headers: staff.headers });
      expect(own.json()).toMatchObject({
        freshness: c.availability.freshness,
        notAnswered: c.availability.notAnswered,
      });
    }
  });

  it('follows the freshness loop: reminded childminders appear until they confirm', async () => {
    // The job reminds the active childminders whose availability is old or unknown, except those
    // reminded less than 30 days ago: ANCIENNE and JAMAIS.
    expect(await sendAvailabilityReminders(t.app.ctx)).toBe(2);
    expect(await names('availability=not_answered')).toEqual(['ANCIENNE', 'JAMAIS', 'MUETTE', 'SILENCIEUSE']);

    const jamais = await t.db
      .selectFrom('childminder')
      .select('id')
      .where('last_name', '=', 'JAMAIS')
      .executeTakeFirstOrThrow();
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `${url}/${jamais.id}/availability/confirm`,
      headers: staff.headers,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(await names('availability=not_answered')).toEqual(['ANCIENNE', 'MUETTE', 'SILENCIEUSE']);
    expect(await names('availability=fresh')).toEqual(['AJOUR', 'JAMAIS', 'LIMITE', 'REPONDU']);

    // A day later, the one confirmed exactly 60 days ago has gone stale.
    t.clock.advance(DAY);
    expect(await names('availability=stale')).toEqual(['ANCIENNE', 'LIMITE', 'SILENCIEUSE']);
  });

  it('exports the same selection as the list', async () => {
    const r = await t.app.inject({ url: `${url}/export.xlsx?availability=not_answered`, headers: staff.headers });
    expect(r.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount - 1).toBe(2);
  });

  it('refuses an unknown filter in French, naming it', async () => {
    const r = await t.app.inject({ url: `${url}?availability=old`, headers: staff.headers });
    expect(r.statusCode).toBe(400);
    expect(problemsWith(r)).toEqual([]);
    expect(r.json<ErrorBody>().error.fields?.[0]?.field).toBe('availability');
  });
});
