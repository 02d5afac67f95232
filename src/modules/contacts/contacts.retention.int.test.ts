import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { ensureDefaultSubjects } from './contacts.subjects.js';
import { ANONYMISED_FAMILY_NAME, monthsBefore } from './contacts.retention.js';

// The test clock is 2026-03-02 (Paris): with the default 36 months, the limit is 2023-03-02.
let t: TestApp;
let relais: { id: string };

async function family(
  name: string,
  lastContactOn: string | null,
  createdAt = '2020-01-01T00:00:00.000Z',
  relaisId = relais.id,
) {
  const id = crypto.randomUUID();
  await t.db
    .insertInto('family')
    .values({
      id,
      relais_id: relaisId,
      name,
      email: `${name}@exemple.fr`,
      phone: '06 00 00 00 00',
      insee_code: null,
      created_at: createdAt,
      last_contact_on: lastContactOn,
      anonymised_at: null,
    })
    .execute();
  return id;
}

async function contact(familyId: string | null, occurredOn: string, note: string, relaisId = relais.id) {
  const id = crypto.randomUUID();
  const [subject] = await ensureDefaultSubjects(t.db, relaisId, new Date());
  await t.db
    .insertInto('contact')
    .values({
      id,
      relais_id: relaisId,
      occurred_at: `${occurredOn}T09:00:00.000Z`,
      occurred_on: occurredOn,
      channel: 'phone',
      public: 'parent',
      insee_code: null,
      outcome: 'informed',
      family_id: familyId,
      childminder_id: null,
      note,
      recorded_by: null,
      created_at: 'x',
      updated_at: 'x',
      deleted_at: null,
    })
    .execute();
  await t.db.insertInto('contact_subject_link').values({ contact_id: id, subject_id: subject!.id }).execute();
  return id;
}

const familyRow = (id: string) =>
  t.db
    .selectFrom('family')
    .select(['name', 'email', 'phone', 'anonymised_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const noteOf = async (id: string) =>
  (await t.db.selectFrom('contact').select('note').where('id', '=', id).executeTakeFirstOrThrow()).note;

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db);
});
afterEach(() => t.close());

describe(`retention of families' personal data on ${testEngine()}`, () => {
  it('counts months back from a day, at the end of shorter months', () => {
    expect(monthsBefore('2026-03-02', 36)).toBe('2023-03-02');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('anonymises, in the daily job, families whose latest contact is older than the relais’s delay, keeps the contacts for the statistics', async () => {
    const old = await family('Ancienne', '2023-03-01');
    const recent = await family('Recente', '2023-03-02');
    const neverSeenOld = await family('Jamais', null, '2022-12-01T10:00:00.000Z');
    const neverSeenNew = await family('Nouvelle', null, '2026-01-10T10:00:00.000Z');
    const oldContact = await contact(old, '2023-03-01', 'A rappeler au 06 12 34 56 78');
    const recentContact = await contact(recent, '2023-03-02', 'Note récente');

    const ran = await t.app.jobs.tick();
    expect(ran).toContain('families.anonymise');

    expect(await familyRow(old)).toMatchObject({ name: ANONYMISED_FAMILY_NAME, email: '', phone: '' });
    expect((await familyRow(old)).anonymised_at).not.toBeNull();
    expect(await familyRow(neverSeenOld)).toMatchObject({ name: ANONYMISED_FAMILY_NAME });
    expect(await familyRow(recent)).toMatchObject({
      name: 'Recente',
      email: 'Recente@exemple.fr',
      anonymised_at: null,
    });
    expect(await familyRow(neverSeenNew)).toMatchObject({ name: 'Nouvelle', anonymised_at: null });
    expect(await noteOf(oldContact)).toBe('');
    expect(await noteOf(recentContact)).toBe('Note récente');
    // The contact itself stays, still linked, as an anonymous fact.
    const kept = await t.db
      .selectFrom('contact')
      .select('family_id')
      .where('id', '=', oldContact)
      .executeTakeFirstOrThrow();
    expect(kept.family_id).toBe(old);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('summary')
      .where('action', '=', 'family.anonymised')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual(['2 familles anonymisées (dernier contact avant le 2023-03-02)']);
  });

  it('follows each relais’s own delay, and does nothing twice', async () => {
    const strict = await makeRelais(t.db);
    await t.db.updateTable('relais').set({ family_retention_months: 12 }).where('id', '=', strict.id).execute();
    const inStrict = await family('Stricte', '2025-02-15', undefined, strict.id);
    const inDefault = await family('Normale', '2025-02-15');
    await t.app.jobs.tick();
    expect((await familyRow(inStrict)).name).toBe(ANONYMISED_FAMILY_NAME);
    expect((await familyRow(inDefault)).name).toBe('Normale');
    const first = (await familyRow(inStrict)).anonymised_at;
    t.clock.advance(86_400_000);
    await t.app.jobs.tick();
    expect((await familyRow(inStrict)).anonymised_at).toBe(first);
    expect(
      await t.db.selectFrom('audit_event').select('id').where('action', '=', 'family.anonymised').execute(),
    ).toHaveLength(1);
  });

  it('lets the manager set the delay, between 6 and 120 months', async () => {
    const manager = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: relais.id })).email);
    const patch = (familyRetentionMonths: number) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/relais/${relais.id}`,
        payload: { familyRetentionMonths },
        headers: manager.headers,
      });
    expect((await patch(24)).json().familyRetentionMonths).toBe(24);
    const refused = await patch(3);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Au moins 6 mois de conservation.');
  });
});
