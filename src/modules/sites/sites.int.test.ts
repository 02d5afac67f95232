import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';

let t: TestApp;
let relais: { id: string };
let animator: Session;

const venue = {
  name: 'Médiathèque municipale',
  kind: 'library',
  inseeCode: '85191',
  address: '10 rue des Écoles',
  capacity: 20,
  accessible: true,
  accessibilityNotes: 'Ascenseur',
  forActivities: true,
  forPermanences: false,
};

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db);
  animator = await login(t.app, (await makeUser(t.db, { role: 'animator', relaisId: relais.id })).email);
});
afterEach(() => t.close());

describe('venues (lieux) of a relais', () => {
  it('creates, edits, archives and restores a venue, keeping it listed with its history', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/sites`,
      payload: venue,
      headers: animator.headers,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ kindLabel: 'Médiathèque', communeName: 'La Roche-sur-Yon' });

    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/relais/${relais.id}/sites/${id}`,
      payload: { ...venue, capacity: 25, forPermanences: true },
      headers: animator.headers,
    });
    expect(edited.statusCode).toBe(200);
    const row = await t.db.selectFrom('site').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ capacity: 25, for_permanences: 1, accessible: 1 });

    await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/sites/${id}/archive`,
      headers: animator.headers,
    });
    const active = await t.app.inject({ url: `/api/relais/${relais.id}/sites`, headers: animator.headers });
    expect(active.json().sites).toEqual([]);
    const all = await t.app.inject({
      url: `/api/relais/${relais.id}/sites?includeArchived=true`,
      headers: animator.headers,
    });
    expect(all.json().sites[0].archivedAt).not.toBeNull();

    await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/sites/${id}/restore`,
      headers: animator.headers,
    });
    const back = await t.db.selectFrom('site').select('archived_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(back.archived_at).toBeNull();

    const history = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('at')
      .execute();
    expect(history.map((h) => h.action).sort()).toEqual(['archive', 'create', 'restore', 'update']);
  });

  it('refuses a venue in a commune outside the territory, and impossible values, naming the field', async () => {
    const outside = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/sites`,
      payload: { ...venue, inseeCode: '75056' },
      headers: animator.headers,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain('ne fait pas partie du territoire');
    const impossible = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/sites`,
      payload: { ...venue, capacity: -3, kind: 'château' },
      headers: animator.headers,
    });
    expect(impossible.statusCode).toBe(400);
    const fields = impossible
      .json()
      .error.fields.map((f: { field: string }) => f.field)
      .sort();
    expect(fields).toEqual(['capacity', 'kind']);
    expect(await t.db.selectFrom('site').select('id').execute()).toEqual([]);
  });

  it("never shows or changes another relais's venue", async () => {
    const other = await makeRelais(t.db);
    const otherManager = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: other.id })).email);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/sites`,
      payload: venue,
      headers: animator.headers,
    });
    const id = created.json().id as string;
    // Through its own relais id, the other manager does not find it.
    const viaOwn = await t.app.inject({
      method: 'PUT',
      url: `/api/relais/${other.id}/sites/${id}`,
      payload: { ...venue, name: 'Piraté' },
      headers: otherManager.headers,
    });
    expect(viaOwn.statusCode).toBe(404);
    const row = await t.db.selectFrom('site').select('name').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.name).toBe(venue.name);
  });
});
