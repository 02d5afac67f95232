/**
 * An import never half-applies: when the database fails in the middle of the application (after
 * the changes, while writing the history), everything it had already written is undone.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';

/** A trigger makes the database itself refuse to write the childminders' history. */
async function breakHistoryWrites(on: boolean) {
  if (testEngine() === 'sqlite') {
    await sql
      .raw(
        on
          ? "CREATE TRIGGER simulated_failure BEFORE INSERT ON childminder_event BEGIN SELECT RAISE(ABORT, 'disque plein (simulé)'); END"
          : 'DROP TRIGGER simulated_failure',
      )
      .execute(t.db);
    return;
  }
  if (on) {
    await sql
      .raw(
        "CREATE OR REPLACE FUNCTION simulated_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disque plein (simulé)'; END $$",
      )
      .execute(t.db);
    await sql
      .raw(
        'CREATE TRIGGER simulated_failure BEFORE INSERT ON childminder_event FOR EACH ROW EXECUTE FUNCTION simulated_failure()',
      )
      .execute(t.db);
  } else {
    await sql.raw('DROP TRIGGER simulated_failure ON childminder_event').execute(t.db);
  }
}

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
afterEach(() => t.close());

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

    await breakHistoryWrites(true);
    const failed = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload });
    expect(failed.statusCode).toBe(500);
    expect(failed.json().error.code).toBe('internal');
    expect(await state()).toEqual(before);

    await breakHistoryWrites(false);
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
