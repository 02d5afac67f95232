import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { ensureDefaultSubjects } from '../contacts/contacts.subjects.js';

// The test clock is 2026-03-02 (Paris): with the default 36 months, the limit is 2023-03-02.
let t: TestApp;
let relais: { id: string };

/** A closed request last changed at `updatedAt`, with one answer, written straight to the database. */
async function request(updatedAt: string, relaisId = relais.id) {
  const id = crypto.randomUUID();
  const [subject] = await ensureDefaultSubjects(t.db, relaisId, new Date());
  await t.db
    .insertInto('request')
    .values({
      id,
      relais_id: relaisId,
      source: 'online',
      public: 'future_parent',
      name: 'Camille Ancienne',
      email: 'camille@exemple.fr',
      phone: '06 12 34 56 78',
      insee_code: '85191',
      child_age_months: null,
      expected_birth_on: '2023-01-10',
      needs: 'Nous attendons des jumeaux pour janvier.',
      answer_channel: 'email',
      consent_at: '2022-09-01T10:00:00.000Z',
      status: 'closed',
      assignee_id: null,
      family_id: null,
      childminder_id: null,
      counted_at: updatedAt,
      contact_id: null,
      outcome: 'informed',
      closing_note: 'Rappeler Camille au 06 12 34 56 78',
      received_at: '2022-09-01T10:00:00.000Z',
      created_by: null,
      created_at: '2022-09-01T10:00:00.000Z',
      updated_at: updatedAt,
      closed_at: updatedAt,
      anonymised_at: null,
    })
    .execute();
  await t.db.insertInto('request_subject').values({ request_id: id, subject_id: subject!.id }).execute();
  await t.db
    .insertInto('request_message')
    .values({
      id: crypto.randomUUID(),
      request_id: id,
      author_id: null,
      recipient: 'camille@exemple.fr',
      body: 'Bonjour Camille, voici la liste des assistantes maternelles.',
      outbox_message_id: null,
      created_at: updatedAt,
    })
    .execute();
  return id;
}

const row = (id: string) => t.db.selectFrom('request').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const messages = (id: string) =>
  t.db.selectFrom('request_message').select(['recipient', 'body']).where('request_id', '=', id).execute();

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db);
});
afterEach(() => t.close());

describe(`retention of requests' personal data on ${testEngine()}`, () => {
  it('erases, in the daily job, the personal data of requests last changed before the relais’s delay, keeps what is counted', async () => {
    const old = await request('2023-03-01T22:00:00.000Z');
    const recent = await request('2023-03-02T09:00:00.000Z');

    const ran = await t.app.jobs.tick();
    expect(ran).toContain('requests.anonymise');

    expect(await row(old)).toMatchObject({
      name: '',
      email: '',
      phone: '',
      needs: '',
      child_age_months: null,
      expected_birth_on: null,
      closing_note: '',
      // What the statistics count stays.
      source: 'online',
      public: 'future_parent',
      insee_code: '85191',
      status: 'closed',
      outcome: 'informed',
      received_at: '2022-09-01T10:00:00.000Z',
      closed_at: '2023-03-01T22:00:00.000Z',
    });
    expect((await row(old)).anonymised_at).not.toBeNull();
    expect(await messages(old)).toEqual([{ recipient: '', body: '' }]);
    const subjects = await t.db
      .selectFrom('request_subject')
      .select('subject_id')
      .where('request_id', '=', old)
      .execute();
    expect(subjects).toHaveLength(1);

    expect(await row(recent)).toMatchObject({
      name: 'Camille Ancienne',
      needs: 'Nous attendons des jumeaux pour janvier.',
      anonymised_at: null,
    });
    expect((await messages(recent))[0]!.body).toContain('voici la liste');
    const audit = await t.db
      .selectFrom('audit_event')
      .select('summary')
      .where('action', '=', 'request.anonymised')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual(['1 demande anonymisée (dernière modification avant le 2023-03-02)']);
  });

  it('follows each relais’s own delay, and does nothing twice', async () => {
    const strict = await makeRelais(t.db);
    await t.db.updateTable('relais').set({ family_retention_months: 12 }).where('id', '=', strict.id).execute();
    const inStrict = await request('2025-02-15T10:00:00.000Z', strict.id);
    const inDefault = await request('2025-02-15T10:00:00.000Z');
    await t.app.jobs.tick();
    expect((await row(inStrict)).name).toBe('');
    expect((await row(inDefault)).name).toBe('Camille Ancienne');
    const first = (await row(inStrict)).anonymised_at;
    t.clock.advance(86_400_000);
    await t.app.jobs.tick();
    expect((await row(inStrict)).anonymised_at).toBe(first);
    expect(
      await t.db.selectFrom('audit_event').select('id').where('action', '=', 'request.anonymised').execute(),
    ).toHaveLength(1);
  });

  it('shows an anonymised request to staff as such, its counted facts intact', async () => {
    const id = await request('2022-12-01T10:00:00.000Z');
    await t.app.jobs.tick();
    const animator = await login(t.app, (await makeUser(t.db, { role: 'animator', relaisId: relais.id })).email);
    const detail = (
      await t.app.inject({ url: `/api/relais/${relais.id}/requests/${id}`, headers: animator.headers })
    ).json();
    expect(detail).toMatchObject({
      anonymised: true,
      name: '',
      email: '',
      needs: '',
      publicLabel: 'Futur parent',
      communeName: 'La Roche-sur-Yon',
      status: 'closed',
      messages: [{ text: '', to: '' }],
    });
  });
});
