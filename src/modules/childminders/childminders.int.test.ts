import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';

let t: TestApp;
let relais: { id: string };
let staff: Session;
let url: string;

const marie = {
  firstName: 'Marie',
  lastName: 'Testeau',
  birthDate: '1965-06-15',
  email: 'Marie.Testeau@exemple.test',
  phone: '06 00 00 00 01',
  address: '3 rue des Lilas',
  postcode: '85000',
  inseeCode: '85191',
  approvalNumber: 'AG-2015-001',
  approvalDate: '2015-09-01',
  approvalRenewalDate: '2030-09-01',
  approvalPlaces: 4,
  approvalMinAgeMonths: 0,
  approvalMaxAgeMonths: 72,
  derogations: '',
  reducedPlaces: null,
  reducedUntil: null,
  atypicalHours: true,
  emergencyCare: false,
  disabilityCare: false,
  practice: 'home',
  childminderHouseId: null,
  monenfantRegistered: false,
  acceptsTrainees: true,
  contactPreference: 'sms',
  publishAddress: false,
  publishPhone: true,
};

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db, {
    communes: [
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
      { inseeCode: '85003', name: 'Aizenay' },
    ],
  });
  staff = await login(t.app, (await makeUser(t.db, { role: 'animator', relaisId: relais.id })).email);
  url = `/api/relais/${relais.id}/childminders`;
});
afterEach(() => t.close());

async function register(body: Record<string, unknown> = marie) {
  const r = await t.app.inject({ method: 'POST', url, payload: body, headers: staff.headers });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string };
}

describe('register of childminders', () => {
  it('registers a childminder with an arrival event, and keeps every change in her history', async () => {
    const { id } = await register({ ...marie, registeredOn: '2026-02-01' });
    const row = await t.db.selectFrom('childminder').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      last_name: 'TESTEAU',
      email: 'marie.testeau@exemple.test',
      status: 'active',
      status_since: '2026-02-01',
    });

    const edit = await t.app.inject({
      method: 'PUT',
      url: `${url}/${id}`,
      payload: { ...marie, approvalPlaces: 3, monenfantRegistered: true },
      headers: staff.headers,
    });
    expect(edit.statusCode).toBe(200);
    const detail = await t.app.inject({ url: `${url}/${id}`, headers: staff.headers });
    expect(detail.json()).toMatchObject({
      approvalPlaces: 3,
      monenfantRegistered: true,
      age: 60,
      communeName: 'La Roche-sur-Yon',
    });
    const kinds = (detail.json().history as { kind: string; summary: string }[]).map((e) => `${e.kind}: ${e.summary}`);
    expect(kinds).toEqual([
      'updated: Modification : places agréées, inscription monenfant.fr',
      'registered: Arrivée sur le territoire (4 place(s) agréée(s))',
    ]);
  });

  it('archives with a date and a reason, then reactivates: the history tells both, the file stays', async () => {
    const { id } = await register({ ...marie, registeredOn: '2020-01-01' });
    const archived = await t.app.inject({
      method: 'POST',
      url: `${url}/${id}/archive`,
      payload: { effectiveOn: '2026-01-31', reason: 'retirement' },
      headers: staff.headers,
    });
    expect(archived.json()).toMatchObject({ status: 'archived', archiveReasonLabel: 'Départ en retraite' });
    const twice = await t.app.inject({
      method: 'POST',
      url: `${url}/${id}/archive`,
      payload: { effectiveOn: '2026-02-01', reason: 'move' },
      headers: staff.headers,
    });
    expect(twice.statusCode).toBe(409);
    expect((await t.app.inject({ url, headers: staff.headers })).json().total).toBe(0);
    expect((await t.app.inject({ url: `${url}?status=archived`, headers: staff.headers })).json().total).toBe(1);

    await t.app.inject({
      method: 'POST',
      url: `${url}/${id}/reactivate`,
      payload: { effectiveOn: '2026-02-20' },
      headers: staff.headers,
    });
    const events = await t.db
      .selectFrom('childminder_event')
      .select(['kind', 'effective_on', 'reason'])
      .where('childminder_id', '=', id)
      .orderBy('effective_on')
      .execute();
    expect(events).toEqual([
      { kind: 'registered', effective_on: '2020-01-01', reason: null },
      { kind: 'archived', effective_on: '2026-01-31', reason: 'retirement' },
      { kind: 'reactivated', effective_on: '2026-02-20', reason: null },
    ]);
  });

  it('refuses impossible data field by field and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, number][] = [
      [{ ...marie, approvalPlaces: 6 }, 'approvalPlaces', 400],
      [{ ...marie, approvalDate: '2099-01-01' }, 'approvalDate', 400],
      [{ ...marie, inseeCode: '75056' }, 'inseeCode', 400],
      [{ ...marie, birthDate: '2015-01-01' }, 'birthDate', 400],
      [{ ...marie, reducedPlaces: 4, reducedUntil: '2026-12-31' }, 'reducedPlaces', 400],
      [{ ...marie, practice: 'mam' }, 'childminderHouseId', 400],
      [{ ...marie, practice: 'mam', childminderHouseId: crypto.randomUUID() }, 'childminderHouseId', 400],
      [{ ...marie, birthDate: '15/06/1965' }, 'birthDate', 400],
    ];
    for (const [payload, field, status] of cases) {
      const r = await t.app.inject({ method: 'POST', url, payload, headers: staff.headers });
      expect(r.statusCode, `${field}: ${r.body}`).toBe(status);
      expect(r.json().error.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(await t.db.selectFrom('childminder').select('id').execute()).toEqual([]);
  });

  it('filters by commune, MAM, monenfant.fr and age over 55, and searches by name', async () => {
    const house = crypto.randomUUID();
    await t.db
      .insertInto('childminder_house')
      .values({
        id: house,
        relais_id: relais.id,
        name: 'MAM Les Lutins',
        insee_code: '85003',
        address: '',
        created_at: 'x',
        updated_at: 'x',
      })
      .execute();
    await register(marie);
    await register({
      ...marie,
      firstName: 'Julie',
      lastName: 'Jeunot',
      birthDate: '1990-01-01',
      inseeCode: '85003',
      practice: 'mam',
      childminderHouseId: house,
      monenfantRegistered: true,
    });
    const names = async (query: string) =>
      (
        (await t.app.inject({ url: `${url}?${query}`, headers: staff.headers })).json().childminders as {
          lastName: string;
        }[]
      ).map((c) => c.lastName);
    expect(await names('commune=85003')).toEqual(['JEUNOT']);
    expect(await names('mam=true')).toEqual(['JEUNOT']);
    expect(await names('mam=false')).toEqual(['TESTEAU']);
    expect(await names('monenfant=false')).toEqual(['TESTEAU']);
    expect(await names('over55=true')).toEqual(['TESTEAU']);
    expect(await names('q=jeun')).toEqual(['JEUNOT']);
    expect(await names('q=%25')).toEqual([]);
    expect(await names('limit=1&offset=1')).toEqual(['TESTEAU']);
  });

  it('exports the filtered register to Excel with French headers, and audits the export', async () => {
    await register(marie);
    const r = await t.app.inject({ url: `${url}/export.xlsx`, headers: staff.headers });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Assistants maternels')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Nom');
    expect(sheet.getRow(2).getCell(1).value).toBe('TESTEAU');
    expect(sheet.rowCount).toBe(2);
    const audit = await t.db.selectFrom('audit_event').select('summary').where('action', '=', 'export').execute();
    expect(audit.map((a) => a.summary)).toEqual(['Export Excel de 1 assistant·es maternel·les']);
  });

  it("is closed to the read-only viewer, parents, and another relais's staff", async () => {
    const { id } = await register(marie);
    const other = await makeRelais(t.db);
    for (const session of [
      await login(t.app, (await makeUser(t.db, { role: 'viewer', relaisId: relais.id })).email),
      await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: other.id })).email),
    ]) {
      expect((await t.app.inject({ url, headers: session.headers })).statusCode).toBe(403);
      expect((await t.app.inject({ url: `${url}/${id}`, headers: session.headers })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ url })).statusCode).toBe(401);
  });
});
