/**
 * An import never half-applies: when the database fails in the middle of the application (after
 * the changes, while writing the history), everything it had already written is undone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';

const failure = vi.hoisted(() => ({ armed: false }));

vi.mock('../childminders/childminders.repository.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../childminders/childminders.repository.js')>();
  return {
    ...original,
    insertChildminderEvents: async (...args: Parameters<typeof original.insertChildminderEvents>) => {
      if (failure.armed) throw new Error('disque plein (simulé)');
      return original.insertChildminderEvents(...args);
    },
  };
});

let t: TestApp;
let staff: Session;
let url: string;

beforeEach(async () => {
  t = await createTestApp();
  const relais = await makeRelais(t.db);
  staff = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: relais.id })).email);
  url = `/api/relais/${relais.id}/imports/pmi/apply`;
  for (const [approvalNumber, lastName] of [
    ['AG-1', 'PREMIERE'],
    ['AG-2', 'ABSENTE'],
  ]) {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/childminders`,
      headers: staff.headers,
      payload: {
        firstName: 'Anne',
        lastName,
        birthDate: null,
        email: '',
        phone: '',
        address: '',
        postcode: '',
        inseeCode: '85191',
        approvalNumber,
        approvalDate: '2015-01-01',
        approvalRenewalDate: null,
        approvalPlaces: 2,
        approvalMinAgeMonths: null,
        approvalMaxAgeMonths: null,
        derogations: '',
        reducedPlaces: null,
        reducedUntil: null,
        atypicalHours: false,
        emergencyCare: false,
        disabilityCare: false,
        practice: 'home',
        childminderHouseId: null,
        monenfantRegistered: false,
        acceptsTrainees: false,
        contactPreference: 'email',
        publishAddress: false,
        publishPhone: false,
      },
    });
    expect(r.statusCode, r.body).toBe(201);
  }
});
afterEach(() => {
  failure.armed = false;
  return t.close();
});

async function state() {
  const tables = ['childminder', 'childminder_event', 'audit_event'] as const;
  return Promise.all(
    tables.map(async (table) =>
      (await t.db.selectFrom(table).selectAll().execute()).map((row) => JSON.stringify(row)).sort(),
    ),
  );
}

describe('applying the PMI list', () => {
  it('undoes everything when the database fails half-way, and applies it all once it works again', async () => {
    const csv =
      'N° agrément;Nom;Prénom;Commune;Places\nAG-1;PREMIERE;Anne;La Roche-sur-Yon;4\nAG-9;NOUVELLE;Lise;La Roche-sur-Yon;1\n';
    const payload = { fileName: 'pmi.csv', contentBase64: Buffer.from(csv).toString('base64'), archiveMissing: true };
    const before = await state();

    failure.armed = true;
    const failed = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload });
    expect(failed.statusCode).toBe(500);
    expect(failed.json().error.code).toBe('internal');
    expect(await state()).toEqual(before);

    failure.armed = false;
    const applied = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload });
    expect(applied.json()).toMatchObject({ created: 1, updated: 1, archived: 1 });
    const rows = await t.db
      .selectFrom('childminder')
      .select(['last_name', 'approval_places', 'status'])
      .orderBy('last_name')
      .execute();
    expect(rows).toEqual([
      { last_name: 'ABSENTE', approval_places: 2, status: 'archived' },
      { last_name: 'NOUVELLE', approval_places: 1, status: 'active' },
      { last_name: 'PREMIERE', approval_places: 4, status: 'active' },
    ]);
  });
});
