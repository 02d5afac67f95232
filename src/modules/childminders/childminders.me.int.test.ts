/**
 * A childminder signed in by magic link reads her own file and corrects what is hers (contact,
 * consent to publish, what she offers); what the PMI or the relais keeps she only reads.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../../tests/integration/support/db-snapshot.js';
import { problemsWith, type ErrorBody } from '../../../tests/integration/support/responses.js';
import { signIn } from '../../../tests/integration/support/sessions.js';
import { makeChildminder, makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';

let t: TestApp;
let relais: { id: string };
let am: { id: string };
let accountId: string;
let me: Session;

const URL = '/api/me/childminder';

/** A file of the relais linked to a new childminder account, and her session (by magic link). */
async function childminderWithFile(relaisId: string, email: string, lastName: string) {
  const file = await makeChildminder(t.db, relaisId, '85191', { lastName });
  const account = await makeUser(t.db, { role: 'childminder', relaisId, email });
  await t.db
    .updateTable('childminder')
    .set({
      account_id: account.id,
      email,
      phone: '02 51 00 00 00',
      address: '3 rue des Lilas',
      postcode: '85000',
      approval_number: 'AG-2015-001',
      contact_preference: 'email',
    })
    .where('id', '=', file.id)
    .execute();
  return { file, account, session: await signIn(t.app, account) };
}

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db);
  const created = await childminderWithFile(relais.id, 'anne.factice@exemple.test', 'FACTICE');
  am = created.file;
  accountId = created.account.id;
  me = created.session;
});
afterEach(() => t.close());

const patch = (payload: unknown, session: Session = me) =>
  t.app.inject({ method: 'PATCH', url: URL, payload: payload as object, headers: session.headers });

async function fileRow(id = am.id) {
  return t.db.selectFrom('childminder').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('her own file', () => {
  it('she reads her file: what the PMI keeps and what she may change', async () => {
    const r = await t.app.inject({ url: URL, headers: me.headers });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      id: am.id,
      firstName: 'Anne',
      lastName: 'FACTICE',
      communeName: 'La Roche-sur-Yon',
      approvalNumber: 'AG-2015-001',
      approvalPlaces: 3,
      placesToday: 3,
      phone: '02 51 00 00 00',
      email: 'anne.factice@exemple.test',
      publishPhone: false,
      selfFields: expect.arrayContaining(['phone', 'email', 'publishPhone', 'publishAddress', 'contactPreference']),
    });
    expect(r.json().selfFields).not.toContain('lastName');
  });

  it('she changes her phone and her consent to the directory: saved, with a history entry by herself', async () => {
    const r = await patch({ phone: '0612345678', publishPhone: true, contactPreference: 'sms' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ phone: '06 12 34 56 78', publishPhone: true, contactPreference: 'sms' });

    const row = await fileRow();
    expect(row).toMatchObject({ phone: '06 12 34 56 78', publish_phone: 1, contact_preference: 'sms' });
    expect(row.updated_at).toBe(t.clock.now().toISOString());
    const events = await t.db.selectFrom('childminder_event').selectAll().where('childminder_id', '=', am.id).execute();
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'updated',
        source: 'self',
        actor_user_id: accountId,
        effective_on: '2026-03-02',
        summary: 'Modification : téléphone, préférence de contact, publication du téléphone',
      }),
    ]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['actor_user_id', 'action', 'subject_id', 'summary'])
      .where('subject_id', '=', am.id)
      .execute();
    expect(audit).toEqual([
      {
        actor_user_id: accountId,
        action: 'update',
        subject_id: am.id,
        summary: 'Modification : téléphone, préférence de contact, publication du téléphone',
      },
    ]);

    // The staff read the same entry in her history, as written by the childminder herself.
    const staff = await login(t.app, (await makeUser(t.db, { role: 'animator', relaisId: relais.id })).email);
    const detail = await t.app.inject({
      url: `/api/relais/${relais.id}/childminders/${am.id}`,
      headers: staff.headers,
    });
    expect(detail.json().history).toEqual([
      expect.objectContaining({ kind: 'updated', source: 'self', summary: expect.stringContaining('téléphone') }),
    ]);

    // Saying the same again changes nothing and writes no history.
    const again = await patch({ phone: '06 12 34 56 78', publishPhone: true });
    expect(again.statusCode).toBe(200);
    expect(
      await t.db.selectFrom('childminder_event').select('id').where('childminder_id', '=', am.id).execute(),
    ).toHaveLength(1);
  });

  it('refuses a change of what the PMI or the relais keeps, with a French message, and writes nothing', async () => {
    for (const [payload, field, keeper] of [
      [{ lastName: 'DURAND' }, 'lastName', 'PMI'],
      [{ approvalPlaces: 4, phone: '06 12 34 56 78' }, 'approvalPlaces', 'PMI'],
      [{ address: '1 rue Neuve' }, 'address', 'PMI'],
      [{ reducedPlaces: 1, reducedUntil: '2026-12-31' }, 'reducedPlaces', 'relais'],
    ] as const) {
      const before = await snapshot(t.db);
      const r = await patch(payload);
      expect(r.statusCode, r.body).toBe(400);
      expect(problemsWith(r)).toEqual([]);
      const error = r.json<ErrorBody>().error;
      expect(error.code).toBe('field_not_editable');
      expect(error.fields?.[0]?.field).toBe(field);
      expect(error.message).toContain(field);
      expect(error.fields?.[0]?.message).toContain(keeper === 'PMI' ? 'vient de la PMI' : 'tenu par le relais');
      expect(error.fields?.[0]?.message).toContain('contactez le relais');
      expect(await snapshot(t.db)).toEqual(before);
    }
  });

  it('accepts the whole file read back with the PMI’s fields unchanged (case of the name and e-mail aside)', async () => {
    const file = (await t.app.inject({ url: URL, headers: me.headers })).json();
    const {
      id: _i,
      communeName: _c,
      childminderHouseName: _h,
      placesToday: _p,
      updatedAt: _u,
      selfFields: _s,
      ...body
    } = file;
    const r = await patch({ ...body, lastName: 'Factice', email: 'Anne.Factice@Exemple.test', acceptsTrainees: true });
    expect(r.statusCode, r.body).toBe(200);
    expect(await fileRow()).toMatchObject({ last_name: 'FACTICE', accepts_trainees: 1 });
  });

  it('refuses incomplete or invalid input with a French 400 naming the field, and writes nothing', async () => {
    const before = await snapshot(t.db);
    for (const [payload, field, code] of [
      [{ email: 'pas-une-adresse' }, 'email', 'invalid_input'],
      [{ contactPreference: 'pigeon' }, 'contactPreference', 'invalid_input'],
      [{ publishPhone: 'oui' }, 'publishPhone', 'invalid_input'],
      [{ phone: 'x'.repeat(31) }, 'phone', 'invalid_input'],
      [{ phone: '06 12' }, 'phone', 'invalid_own_file'],
      [{ phone: '', contactPreference: 'sms' }, 'phone', 'invalid_own_file'],
      [{ phone: '', publishPhone: true }, 'phone', 'invalid_own_file'],
      [{ email: '' }, 'email', 'invalid_own_file'],
    ] as const) {
      const r = await patch(payload);
      expect(r.statusCode, `${JSON.stringify(payload)} ${r.body}`).toBe(400);
      expect(problemsWith(r)).toEqual([]);
      expect(r.json<ErrorBody>().error.code).toBe(code);
      expect(r.json<ErrorBody>().error.fields?.map((f) => f.field)).toContain(field);
    }
    const broken = await t.app.inject({
      method: 'PATCH',
      url: URL,
      payload: '{"phone":',
      headers: { ...me.headers, 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(problemsWith(broken)).toEqual([]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses a write without the CSRF token of her session', async () => {
    const r = await t.app.inject({
      method: 'PATCH',
      url: URL,
      payload: { phone: '06 12 34 56 78' },
      headers: { cookie: me.cookie },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json<ErrorBody>().error.code).toBe('csrf');
    expect((await fileRow()).phone).toBe('02 51 00 00 00');
  });
});

describe('only her own file, and only hers', () => {
  it('another childminder reaches only her own file, never this one', async () => {
    const other = await childminderWithFile(relais.id, 'brigitte@exemple.test', 'AUTRE');
    const read = await t.app.inject({ url: URL, headers: other.session.headers });
    expect(read.json()).toMatchObject({ id: other.file.id, lastName: 'AUTRE' });
    // Identifiers in the body are not a way in: the file is the one linked to the session's account.
    const r = await patch({ id: am.id, relaisId: crypto.randomUUID(), phone: '07 00 00 00 00' }, other.session);
    expect(r.statusCode, r.body).toBe(200);
    expect((await fileRow()).phone).toBe('02 51 00 00 00');
    expect((await fileRow(other.file.id)).phone).toBe('07 00 00 00 00');
    // Nor are the staff routes.
    const staffRoute = await t.app.inject({
      url: `/api/relais/${relais.id}/childminders/${am.id}`,
      headers: other.session.headers,
    });
    expect(staffRoute.statusCode).toBe(403);
  });

  it('a childminder account without a file is told to contact the relais', async () => {
    const lone = await makeUser(t.db, { role: 'childminder', relaisId: relais.id });
    const session = await signIn(t.app, lone);
    for (const r of [await t.app.inject({ url: URL, headers: session.headers }), await patch({}, session)]) {
      expect(r.statusCode).toBe(404);
      expect(r.json<ErrorBody>().error.message).toContain('contactez le relais');
    }
  });

  it('staff, parents and anonymous visitors are refused, and nothing changes', async () => {
    const relaisB = await makeRelais(t.db, { communes: [{ inseeCode: '85194', name: 'Les Sables-d’Olonne' }] });
    const refused: [string, Session | undefined, number][] = [
      ['manager', await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: relais.id })).email), 403],
      ['animator', await login(t.app, (await makeUser(t.db, { role: 'animator', relaisId: relais.id })).email), 403],
      ['operator', await login(t.app, (await makeUser(t.db, { role: 'operator', relaisId: null })).email), 403],
      ['parent', await signIn(t.app, await makeUser(t.db, { role: 'parent', relaisId: relais.id })), 403],
      ['manager B', await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: relaisB.id })).email), 403],
      ['anonymous', undefined, 401],
    ];
    const before = await snapshot(t.db);
    for (const [who, session, status] of refused) {
      const headers = session?.headers ?? {};
      const read = await t.app.inject({ url: URL, headers });
      const write = await t.app.inject({ method: 'PATCH', url: URL, payload: { phone: '06 99 99 99 99' }, headers });
      for (const r of [read, write]) {
        expect(r.statusCode, `${who}: ${r.body}`).toBe(status);
        expect(problemsWith(r)).toEqual([]);
      }
    }
    expect(await snapshot(t.db)).toEqual(before);
  });
});
