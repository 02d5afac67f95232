import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeChildminder, makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';

let t: TestApp;
let relais: { id: string };
let staff: Session;

const microCreche = {
  kind: 'micro_creche',
  name: 'Micro-crèche Les Petits Pas',
  inseeCode: '85191',
  address: '1 rue des Écoles',
  phone: '',
  email: '',
  website: null,
  places: 12,
  funding: 'paje',
  openedOn: '2021-09-01',
  closedOn: null,
  description: '',
};

const house = {
  name: 'MAM Les Lutins',
  inseeCode: '85191',
  address: '4 impasse des Lutins',
  openedOn: '2019-01-07',
  closedOn: null,
  referentUserId: null,
  lastVisitOn: '2023-05-10',
};

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db);
  staff = await login(t.app, (await makeUser(t.db, { role: 'assistant', relaisId: relais.id })).email);
});
afterEach(() => t.close());

describe('collective facilities and family services', () => {
  it('records a micro-crèche with its places and funding, lists it, closes it', async () => {
    const url = `/api/relais/${relais.id}/facilities`;
    const created = await t.app.inject({ method: 'POST', url, payload: microCreche, headers: staff.headers });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ kindLabel: 'Micro-crèche', communeName: 'La Roche-sur-Yon', open: true });
    const id = created.json().id as string;
    const closed = await t.app.inject({
      method: 'PUT',
      url: `${url}/${id}`,
      payload: { ...microCreche, closedOn: '2026-01-31' },
      headers: staff.headers,
    });
    expect(closed.json().open).toBe(false);
    expect((await t.app.inject({ url, headers: staff.headers })).json().facilities).toEqual([]);
    const all = await t.app.inject({ url: `${url}?includeClosed=true`, headers: staff.headers });
    expect(all.json().facilities).toHaveLength(1);
    const row = await t.db.selectFrom('facility').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ places: 12, funding: 'paje', closed_on: '2026-01-31' });
  });

  it('refuses incoherent facilities, naming the field', async () => {
    const url = `/api/relais/${relais.id}/facilities`;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...microCreche, places: 0 }, 'places'],
      [{ ...microCreche, funding: null }, 'funding'],
      [{ ...microCreche, kind: 'laep', places: 10, funding: null }, 'places'],
      [{ ...microCreche, closedOn: '2020-01-01' }, 'closedOn'],
      [{ ...microCreche, inseeCode: '75056' }, 'inseeCode'],
    ];
    for (const [payload, field] of cases) {
      const r = await t.app.inject({ method: 'POST', url, payload, headers: staff.headers });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(await t.db.selectFrom('facility').select('id').execute()).toEqual([]);
  });
});

describe('MAM (maisons d’assistants maternels)', () => {
  it('counts active members and their places, names the referent, and flags a visit due after two years', async () => {
    const referent = await makeUser(t.db, { role: 'animator', relaisId: relais.id, displayName: 'Aline Référente' });
    const url = `/api/relais/${relais.id}/childminder-houses`;
    const created = await t.app.inject({
      method: 'POST',
      url,
      payload: { ...house, referentUserId: referent.id },
      headers: staff.headers,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    for (const status of ['active', 'active', 'archived'] as const) {
      const am = await makeChildminder(t.db, relais.id, '85191', { status });
      await t.db
        .updateTable('childminder')
        .set({ practice: 'mam', childminder_house_id: id })
        .where('id', '=', am.id)
        .execute();
    }
    const list = await t.app.inject({ url, headers: staff.headers });
    expect(list.json().houses[0]).toMatchObject({
      name: 'MAM Les Lutins',
      members: 2,
      places: 6,
      referentName: 'Aline Référente',
      visitDue: true,
    });
    const visited = await t.app.inject({
      method: 'PUT',
      url: `${url}/${id}`,
      payload: { ...house, referentUserId: referent.id, lastVisitOn: '2026-02-15' },
      headers: staff.headers,
    });
    expect(visited.json().visitDue).toBe(false);
  });

  it('refuses a referent who is not an animator or manager of the relais', async () => {
    const parent = await makeUser(t.db, { role: 'parent', relaisId: relais.id });
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/childminder-houses`,
      payload: { ...house, referentUserId: parent.id },
      headers: staff.headers,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields[0].field).toBe('referentUserId');
  });

  it('records a MAM’s closing once it happened, as for a facility', async () => {
    const url = `/api/relais/${relais.id}/childminder-houses`;
    // The test clock says 2 March 2026.
    for (const closedOn of ['2026-04-01', '2000-01-01']) {
      const r = await t.app.inject({
        method: 'POST',
        url,
        payload: { ...house, openedOn: '2019-09-01', closedOn },
        headers: staff.headers,
      });
      expect(r.statusCode, closedOn).toBe(400);
      expect(r.json().error.fields).toEqual([{ field: 'closedOn', message: expect.stringMatching(/fermeture/i) }]);
    }
    const closed = await t.app.inject({
      method: 'POST',
      url,
      payload: { ...house, openedOn: '2019-09-01', closedOn: '2026-02-27' },
      headers: staff.headers,
    });
    expect(closed.statusCode, closed.body).toBe(201);
  });
});
