/**
 * The employer-help calculator through HTTP, on both engines: public calculations equal the rules'
 * `calculate`, refused input names its field in French, printable summaries are PDF files, and
 * simulations saved in a contact's file are scoped by relais and go with their contact.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login } from '../../../tests/support/test-app.js';
import { signIn } from '../../../tests/integration/support/sessions.js';
import { ensureDefaultSubjects } from '../contacts/contacts.subjects.js';
import { SAMPLE_INPUTS } from './employer-help.samples.js';
import { TOPIC_KEYS } from './employer-help.schemas.js';
import { calculate } from './employer-help.topics.js';
import { purgeEmployerSimulations } from './employer-help.usecases.js';

const t = await createTestApp();
afterAll(() => t.close());

const relaisA = await makeRelais(t.db, { name: 'Relais des Marais' });
const relaisB = await makeRelais(t.db);
const animatorA = await makeUser(t.db, { role: 'animator', relaisId: relaisA.id, displayName: 'Anne Animatrice' });
const viewerA = await makeUser(t.db, { role: 'viewer', relaisId: relaisA.id });
const managerB = await makeUser(t.db, { role: 'manager', relaisId: relaisB.id });
const parentA = await makeUser(t.db, { role: 'parent', relaisId: relaisA.id });
const childminderA = await makeUser(t.db, { role: 'childminder', relaisId: relaisA.id });
const animator = await login(t.app, animatorA.email);
const viewer = await login(t.app, viewerA.email);
const otherManager = await login(t.app, managerB.email);
const parent = await signIn(t.app, parentA);
const childminder = await signIn(t.app, childminderA);

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

/** A contact of the log of `relaisId`, written straight to the database. */
async function insertContact(relaisId: string, occurredOn = '2026-02-27'): Promise<string> {
  const id = crypto.randomUUID();
  const subjects = await ensureDefaultSubjects(t.db, relaisId, new Date());
  await t.db
    .insertInto('contact')
    .values({
      id,
      relais_id: relaisId,
      occurred_at: `${occurredOn}T09:00:00.000Z`,
      occurred_on: occurredOn,
      channel: 'phone',
      public: 'parent',
      insee_code: '85191',
      outcome: 'informed',
      family_id: null,
      childminder_id: null,
      recorded_by: null,
      created_at: `${occurredOn}T09:00:00.000Z`,
      updated_at: `${occurredOn}T09:00:00.000Z`,
      deleted_at: null,
    })
    .execute();
  await t.db.insertInto('contact_subject_link').values({ contact_id: id, subject_id: subjects[0]!.id }).execute();
  return id;
}

async function simulationRows(contactId: string) {
  return t.db.selectFrom('employer_simulation').selectAll().where('contact_id', '=', contactId).execute();
}

function save(contactId: string, headers: Record<string, string>, body: unknown, relaisId = relaisA.id) {
  return t.app.inject({
    method: 'POST',
    url: `/api/relais/${relaisId}/contacts/${contactId}/simulations`,
    payload: body as Record<string, unknown>,
    headers,
  });
}

describe('public calculations', () => {
  it.each(TOPIC_KEYS)('%s: the answer is what calculate() gives for the same input', async (topic) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/public/employer-help/${topic}`,
      payload: SAMPLE_INPUTS[topic],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual(calculate(topic, SAMPLE_INPUTS[topic]));
  });

  it('needs no account and writes nothing', async () => {
    const before = await t.db.selectFrom('employer_simulation').select('id').execute();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/employer-help/salary',
      payload: SAMPLE_INPUTS.salary,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ figures: { key: string; value: string }[] }>().figures).toContainEqual(
      expect.objectContaining({ key: 'monthlyGross', value: '799.50' }),
    );
    expect(await t.db.selectFrom('employer_simulation').select('id').execute()).toEqual(before);
  });

  it('refuses bad input with 400, naming each field in French', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/employer-help/salary',
      payload: {
        ...SAMPLE_INPUTS.salary,
        hourlyRate: -2,
        schedule: { kind: 'regular', hoursPerWeek: 70, daysPerWeek: 5 },
      },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorBody>();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toContain('hourlyRate');
    expect(body.error.fields).toContainEqual({
      field: 'hourlyRate',
      message: expect.stringContaining('Salaire horaire brut') as string,
    });
    expect(body.error.fields).toContainEqual({
      field: 'schedule.hoursPerWeek',
      message: expect.stringContaining('60 au plus') as string,
    });
  });

  it('answers 422 in French for a month before the collective agreement’s table', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/employer-help/salary',
      payload: { ...SAMPLE_INPUTS.salary, month: '2019-05' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<ErrorBody>().error).toMatchObject({
      code: 'legal_values_unavailable',
      message: expect.stringContaining('Pas de valeurs légales avant le 01/01/2022') as string,
    });
  });

  it.each(TOPIC_KEYS)('%s: prints a PDF summary, as an attachment with a French name', async (topic) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/public/employer-help/${topic}/summary.pdf`,
      payload: SAMPLE_INPUTS[topic],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="calcul-[a-z-]+-2026-03-02\.pdf"$/);
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(response.rawPayload.length).toBeGreaterThan(2000);
  });

  it('refuses a bad input for the PDF too', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/employer-help/paid-leave/summary.pdf',
      payload: { ...SAMPLE_INPUTS['paid-leave'], weeksPerYear: 49 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.fields?.[0]?.field).toBe('weeksPerYear');
  });
});

describe('simulations saved in a contact’s file', () => {
  it('computes, stores input and result, and records who did it', async () => {
    const contactId = await insertContact(relaisA.id);
    const response = await save(contactId, animator.headers, { topic: 'salary', input: SAMPLE_INPUTS.salary });
    expect(response.statusCode, response.body).toBe(201);
    const saved = response.json<{ id: string; title: string; mainFigure: { value: string }; createdBy: unknown }>();
    expect(saved.title).toBe('Salaire mensualisé — mars 2026');
    expect(saved.mainFigure.value).toBe('799.50');
    expect(saved.createdBy).toEqual({ id: animatorA.id, name: 'Anne Animatrice' });

    const rows = await simulationRows(contactId);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      id: saved.id,
      relais_id: relaisA.id,
      contact_id: contactId,
      topic: 'salary',
      created_by: animatorA.id,
      created_at: '2026-03-02T08:00:00.000Z',
    });
    expect(JSON.parse(row.input_json)).toMatchObject(SAMPLE_INPUTS.salary);
    expect(JSON.parse(row.result_json)).toEqual(calculate('salary', SAMPLE_INPUTS.salary));

    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'actor_user_id'])
      .where('subject_id', '=', contactId)
      .where('action', '=', 'employerSimulation.created')
      .execute();
    expect(audit).toEqual([{ action: 'employerSimulation.created', actor_user_id: animatorA.id }]);
  });

  it('lists, shows, prints and deletes them', async () => {
    const contactId = await insertContact(relaisA.id);
    const first = (
      await save(contactId, animator.headers, { topic: 'paid-leave', input: SAMPLE_INPUTS['paid-leave'] })
    ).json<{ id: string }>();
    t.clock.advance(60_000);
    const second = (
      await save(contactId, animator.headers, { topic: 'allowances', input: SAMPLE_INPUTS.allowances })
    ).json<{ id: string }>();

    const list = await t.app.inject({
      url: `/api/relais/${relaisA.id}/contacts/${contactId}/simulations`,
      headers: viewer.headers,
    });
    expect(list.statusCode).toBe(403);
    const listed = await t.app.inject({
      url: `/api/relais/${relaisA.id}/contacts/${contactId}/simulations`,
      headers: animator.headers,
    });
    expect(listed.statusCode).toBe(200);
    const simulations = listed.json<{
      simulations: { id: string; topic: string; topicTitle: string; createdBy: { name: string } }[];
    }>().simulations;
    expect(simulations.map((s) => [s.id, s.topic, s.topicTitle])).toEqual([
      [second.id, 'allowances', 'Indemnités d’entretien, repas et kilomètres'],
      [first.id, 'paid-leave', 'Congés payés'],
    ]);
    expect(simulations[0]!.createdBy.name).toBe('Anne Animatrice');

    const one = await t.app.inject({
      url: `/api/relais/${relaisA.id}/contacts/${contactId}/simulations/${first.id}`,
      headers: animator.headers,
    });
    expect(one.statusCode).toBe(200);
    expect(one.json<{ result: unknown }>().result).toEqual(calculate('paid-leave', SAMPLE_INPUTS['paid-leave']));

    const pdf = await t.app.inject({
      url: `/api/relais/${relaisA.id}/contacts/${contactId}/simulations/${first.id}/summary.pdf`,
      headers: animator.headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="calcul-conges-payes-2026-03-02.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(2000);

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/relais/${relaisA.id}/contacts/${contactId}/simulations/${first.id}`,
      headers: animator.headers,
    });
    expect(deleted.statusCode).toBe(204);
    expect((await simulationRows(contactId)).map((r) => r.id)).toEqual([second.id]);
  });

  it('refuses bad input with 400 naming the field under input, and an unknown topic', async () => {
    const contactId = await insertContact(relaisA.id);
    const bad = await save(contactId, animator.headers, {
      topic: 'allowances',
      input: { ...SAMPLE_INPUTS.allowances, maintenance: { amount: 4, per: 'week' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.fields).toContainEqual({
      field: 'input.maintenance.per',
      message: expect.stringContaining('« day » ou « hour »') as string,
    });
    const unknown = await save(contactId, animator.headers, { topic: 'taxes', input: {} });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error.message).toContain('topic');
    expect(await simulationRows(contactId)).toEqual([]);
  });

  it('keeps relais apart: another relais’s staff is refused, a contact of another relais is not found', async () => {
    const contactId = await insertContact(relaisA.id);
    const saved = (await save(contactId, animator.headers, { topic: 'salary', input: SAMPLE_INPUTS.salary })).json<{
      id: string;
    }>();

    const refused = await save(contactId, otherManager.headers, { topic: 'salary', input: SAMPLE_INPUTS.salary });
    expect(refused.statusCode).toBe(403);
    for (const url of [
      `/api/relais/${relaisA.id}/contacts/${contactId}/simulations`,
      `/api/relais/${relaisA.id}/contacts/${contactId}/simulations/${saved.id}`,
      `/api/relais/${relaisA.id}/contacts/${contactId}/simulations/${saved.id}/summary.pdf`,
    ]) {
      expect((await t.app.inject({ url, headers: otherManager.headers })).statusCode, url).toBe(403);
    }
    // Through his own relais, the contact and the simulation of relais A do not exist.
    const throughB = await save(
      contactId,
      otherManager.headers,
      { topic: 'salary', input: SAMPLE_INPUTS.salary },
      relaisB.id,
    );
    expect(throughB.statusCode).toBe(404);
    const readThroughB = await t.app.inject({
      url: `/api/relais/${relaisB.id}/contacts/${contactId}/simulations/${saved.id}`,
      headers: otherManager.headers,
    });
    expect(readThroughB.statusCode).toBe(404);
    const deleteThroughB = await t.app.inject({
      method: 'DELETE',
      url: `/api/relais/${relaisB.id}/contacts/${contactId}/simulations/${saved.id}`,
      headers: otherManager.headers,
    });
    expect(deleteThroughB.statusCode).toBe(404);
    expect(await simulationRows(contactId)).toHaveLength(1);
  });

  it('cannot be saved by a parent or a childminder, nor anonymously', async () => {
    const contactId = await insertContact(relaisA.id);
    for (const session of [parent, childminder]) {
      const response = await save(contactId, session.headers, { topic: 'salary', input: SAMPLE_INPUTS.salary });
      expect(response.statusCode).toBe(403);
    }
    expect((await save(contactId, {}, { topic: 'salary', input: SAMPLE_INPUTS.salary })).statusCode).toBe(401);
    expect(await simulationRows(contactId)).toEqual([]);
  });

  it('go with their contact: removed by staff, then purged; or deleted outright', async () => {
    const removed = await insertContact(relaisA.id);
    const kept = await insertContact(relaisA.id);
    await save(removed, animator.headers, { topic: 'salary', input: SAMPLE_INPUTS.salary });
    await save(kept, animator.headers, { topic: 'salary', input: SAMPLE_INPUTS.salary });

    const deletion = await t.app.inject({
      method: 'DELETE',
      url: `/api/relais/${relaisA.id}/contacts/${removed}`,
      headers: animator.headers,
    });
    expect(deletion.statusCode).toBe(204);
    // Out of sight at once…
    const list = await t.app.inject({
      url: `/api/relais/${relaisA.id}/contacts/${removed}/simulations`,
      headers: animator.headers,
    });
    expect(list.statusCode).toBe(404);
    // …and gone from the database at the next purge; the other contact's stay.
    expect(await purgeEmployerSimulations(t.app.ctx)).toBeGreaterThanOrEqual(1);
    expect(await simulationRows(removed)).toEqual([]);
    expect(await simulationRows(kept)).toHaveLength(1);

    // A contact row deleted outright (a relais removed…) takes its simulations by the foreign key.
    await t.db.deleteFrom('contact_subject_link').where('contact_id', '=', kept).execute();
    await t.db.deleteFrom('contact').where('id', '=', kept).execute();
    expect(await simulationRows(kept)).toEqual([]);
  });

  it('are purged with the contacts older than the relais’s retention delay', async () => {
    const relais = await makeRelais(t.db);
    await t.db.updateTable('relais').set({ family_retention_months: 12 }).where('id', '=', relais.id).execute();
    const manager = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: relais.id })).email);
    const old = await insertContact(relais.id, '2024-12-10');
    const recent = await insertContact(relais.id, '2025-09-10');
    expect(
      (await save(old, manager.headers, { topic: 'salary', input: SAMPLE_INPUTS.salary }, relais.id)).statusCode,
    ).toBe(201);
    expect(
      (await save(recent, manager.headers, { topic: 'salary', input: SAMPLE_INPUTS.salary }, relais.id)).statusCode,
    ).toBe(201);

    await purgeEmployerSimulations(t.app.ctx);
    expect(await simulationRows(old)).toEqual([]);
    expect(await simulationRows(recent)).toHaveLength(1);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('summary')
      .where('relais_id', '=', relais.id)
      .where('action', '=', 'employerSimulation.purged')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
