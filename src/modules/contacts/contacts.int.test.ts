import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeChildminder, makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';

// The test clock is 2026-03-02T08:00:00Z (09:00 in Paris, a Monday).
let t: TestApp;
let relais: { id: string };
let animator: Session;
let manager: Session;
let subjects: { id: string; code: string | null; label: string; archived: boolean }[];

const url = () => `/api/relais/${relais.id}`;
const subject = (code: string) => subjects.find((s) => s.code === code)!.id;

function contact(overrides: Record<string, unknown> = {}) {
  return {
    occurredAt: '2026-02-27T13:20:00+01:00',
    channel: 'phone',
    public: 'parent',
    inseeCode: '85191',
    subjectIds: [subject('care_search')],
    outcome: 'childminder_list',
    familyId: null,
    childminderId: null,
    note: '',
    ...overrides,
  };
}

async function post(path: string, payload: unknown, session = animator) {
  return t.app.inject({ method: 'POST', url: `${url()}${path}`, payload: payload as object, headers: session.headers });
}
async function get(path: string, session = animator) {
  return t.app.inject({ method: 'GET', url: `${url()}${path}`, headers: session.headers });
}
async function record(overrides: Record<string, unknown> = {}) {
  const r = await post('/contacts', contact(overrides));
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string; occurredOn: string };
}

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db, {
    communes: [
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
      { inseeCode: '85003', name: 'Aizenay' },
    ],
  });
  animator = await login(
    t.app,
    (await makeUser(t.db, { role: 'animator', relaisId: relais.id, displayName: 'Léa Animatrice' })).email,
  );
  manager = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: relais.id })).email);
  subjects = (await get('/contact-subjects')).json().subjects;
});
afterEach(() => t.close());

describe(`contact log on ${testEngine()}`, () => {
  it('starts every relais with the ten default subjects, created once', async () => {
    expect(subjects.map((s) => s.code)).toEqual([
      'care_search',
      'contract',
      'collective_agreement',
      'end_of_contract',
      'benefits',
      'accreditation',
      'training',
      'relationship',
      'project',
      'other',
    ]);
    expect((await get('/contact-subjects')).json().subjects).toEqual(subjects);
    const rows = await t.db.selectFrom('contact_subject').select('id').where('relais_id', '=', relais.id).execute();
    expect(rows).toHaveLength(10);
  });

  it('records a contact in its Paris day and lists it with its labels, newest first', async () => {
    await record({ occurredAt: '2026-02-26T09:00:00Z', channel: 'email' });
    // 23:30 UTC on 28 February is already 1 March in Paris.
    const late = await record({
      occurredAt: '2026-02-28T23:30:00Z',
      public: 'childminder',
      subjectIds: [subject('contract'), subject('collective_agreement')],
      outcome: 'documentation',
      inseeCode: '75056',
      note: 'Envoi de la fiche sur les congés payés',
    });
    expect(late.occurredOn).toBe('2026-03-01');
    const list = (await get('/contacts')).json();
    expect(list.total).toBe(2);
    expect(list.contacts[0]).toMatchObject({
      occurredOn: '2026-03-01',
      publicLabel: 'Assistant·e maternel·le',
      channelLabel: 'Téléphone',
      communeName: 'Paris',
      subjects: [
        { id: subject('contract'), label: 'Contrat et rémunération' },
        { id: subject('collective_agreement'), label: 'Convention collective' },
      ],
      outcomeLabel: 'Documentation remise ou envoyée',
      recordedBy: 'Léa Animatrice',
      note: 'Envoi de la fiche sur les congés payés',
    });
    const reads = await t.db
      .selectFrom('audit_event')
      .select('summary')
      .where('action', '=', 'read')
      .where('subject_type', '=', 'contact')
      .execute();
    expect(reads.map((r) => r.summary)).toEqual(['Consultation du journal des contacts (2 sur 2)']);
    expect(list.contacts[1]).toMatchObject({
      occurredOn: '2026-02-26',
      communeName: 'La Roche-sur-Yon',
      channel: 'email',
    });
  });

  it('filters by period, public, channel and subject, 50 a page', async () => {
    for (let i = 0; i < 52; i += 1) {
      await record({ occurredAt: `2026-02-${String(1 + (i % 27)).padStart(2, '0')}T10:00:00Z` });
    }
    await record({ public: 'candidate', subjectIds: [subject('accreditation')], channel: 'am_permanence' });
    const page1 = (await get('/contacts')).json();
    const page2 = (await get('/contacts?page=2')).json();
    expect([page1.total, page1.contacts.length, page2.contacts.length]).toEqual([53, 50, 3]);
    expect((await get('/contacts?public=candidate')).json().total).toBe(1);
    expect((await get('/contacts?channel=am_permanence')).json().total).toBe(1);
    expect((await get(`/contacts?subjectId=${subject('accreditation')}`)).json().total).toBe(1);
    expect((await get('/contacts?from=2026-02-01&to=2026-02-02')).json().total).toBe(4);
  });

  it('refuses impossible contacts with a French message and records nothing', async () => {
    const other = await makeRelais(t.db);
    const otherSubjects = (
      await t.app.inject({
        method: 'GET',
        url: `/api/relais/${other.id}/contact-subjects`,
        headers: (await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: other.id })).email)).headers,
      })
    ).json().subjects;
    const childminder = await makeChildminder(t.db, relais.id, '85191');
    const cases: [Record<string, unknown>, string][] = [
      [{ occurredAt: '2026-03-03T09:00:00Z' }, 'Un contact ne peut pas être dans le futur.'],
      [{ subjectIds: [] }, 'Choisissez au moins un thème.'],
      [{ subjectIds: [otherSubjects[0].id] }, 'Thème inconnu dans ce relais.'],
      [{ childminderId: childminder.id }, 'Seul un contact d’assistant·e maternel·le peut être rattaché à sa fiche.'],
      [{ familyId: crypto.randomUUID() }, 'Famille inconnue dans ce relais.'],
      [{ inseeCode: '99999' }, 'Le code INSEE 99999 ne correspond à aucune commune française.'],
      [{ channel: 'pigeon' }, 'Canal de contact inconnu.'],
      [
        { channel: 'am_permanence' },
        'La permanence téléphonique est réservée aux assistant·es maternel·les et aux candidat·es.',
      ],
    ];
    for (const [overrides, message] of cases) {
      const r = await post('/contacts', contact(overrides));
      expect(r.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(r.body).toContain(message);
    }
    expect((await get('/contacts')).json().total).toBe(0);
  });

  it('links families and childminders, finds families by name, e-mail or phone, and keeps their latest contact date', async () => {
    const created = await post('/families', {
      name: 'Camille Dubreuil',
      email: 'c.dubreuil@exemple.fr',
      phone: '06 11 22 33 44',
      inseeCode: '85003',
    });
    expect(created.statusCode, created.body).toBe(201);
    const family = created.json();
    expect(family).toMatchObject({ communeName: 'Aizenay', lastContactOn: null });
    for (const q of ['dubreuil', 'DUBR', 'exemple.fr', '06 11', '0611223344', '06.11.22']) {
      expect(
        (await get(`/families?q=${encodeURIComponent(q)}`)).json().families.map((f: { id: string }) => f.id),
      ).toEqual([family.id]);
    }
    expect((await get('/families?q=martin')).json().families).toEqual([]);
    expect((await get(`/families?q=${encodeURIComponent('%_')}`)).json().families).toEqual([]);

    const latest = await record({ familyId: family.id, occurredAt: '2026-02-20T10:00:00Z' });
    const earlier = await record({
      familyId: family.id,
      occurredAt: '2026-01-05T10:00:00Z',
      subjectIds: [subject('collective_agreement')],
    });
    const lastContact = async () =>
      (await t.db.selectFrom('family').select('last_contact_on').where('id', '=', family.id).executeTakeFirstOrThrow())
        .last_contact_on;
    expect(await lastContact()).toBe('2026-02-20');

    const childminder = await makeChildminder(t.db, relais.id, '85191', { lastName: 'Girard' });
    const am = await record({
      public: 'childminder',
      childminderId: childminder.id,
      subjectIds: [subject('training')],
    });
    const listed = (await get(`/contacts?childminderId=${childminder.id}`)).json().contacts;
    expect(listed.map((c: { id: string }) => c.id)).toEqual([am.id]);
    expect(listed[0].childminder.name).toContain('Girard');
    expect((await get(`/contacts?familyId=${family.id}`)).json().total).toBe(2);

    // The retention delay runs from the latest contact that remains: removing or moving one moves it back.
    await t.app.inject({ method: 'DELETE', url: `${url()}/contacts/${latest.id}`, headers: animator.headers });
    expect(await lastContact()).toBe('2026-01-05');
    const moved = await t.app.inject({
      method: 'PUT',
      url: `${url()}/contacts/${earlier.id}`,
      payload: contact({ occurredAt: '2026-01-05T10:00:00Z' }),
      headers: animator.headers,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await lastContact()).toBeNull();
  });

  it('takes a subject given twice as one (the second link broke the primary key: a 500)', async () => {
    const twice = [subject('contract'), subject('contract')];
    const c = await record({ subjectIds: twice });
    const corrected = await t.app.inject({
      method: 'PUT',
      url: `${url()}/contacts/${c.id}`,
      payload: contact({ subjectIds: [...twice, subject('benefits')] }),
      headers: animator.headers,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().subjects.map((s: { id: string }) => s.id)).toEqual([
      subject('contract'),
      subject('benefits'),
    ]);
  });

  it('corrects and removes contacts, with an audit trail, and a removed contact counts nowhere', async () => {
    const c = await record();
    const corrected = await t.app.inject({
      method: 'PUT',
      url: `${url()}/contacts/${c.id}`,
      payload: contact({ public: 'future_parent', outcome: 'appointment' }),
      headers: animator.headers,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ public: 'future_parent', outcomeLabel: 'Rendez-vous proposé' });
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `${url()}/contacts/${c.id}`,
      headers: animator.headers,
    });
    expect(removed.statusCode).toBe(204);
    expect((await get('/contacts')).json().total).toBe(0);
    expect((await get('/reports/contacts?year=2026')).json().total).toBe(0);
    const again = await t.app.inject({ method: 'DELETE', url: `${url()}/contacts/${c.id}`, headers: animator.headers });
    expect(again.statusCode).toBe(404);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('subject_id', '=', c.id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['contact.updated', 'contact.deleted']);
  });

  it('lets the manager add, rename, archive and restore subjects; labels stay unique', async () => {
    const added = await post('/contact-subjects', { label: 'Accueil d’urgence' }, manager);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ code: null, position: 10, archived: false });
    const duplicate = await post('/contact-subjects', { label: 'convention COLLECTIVE' }, manager);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toBe('Le thème « Convention collective » existe déjà.');
    const patch = (id: string, payload: object) =>
      t.app.inject({ method: 'PATCH', url: `${url()}/contact-subjects/${id}`, payload, headers: manager.headers });
    const renamed = await patch(subject('training'), { label: 'Formation et professionnalisation' });
    expect(renamed.json()).toMatchObject({ code: 'training', label: 'Formation et professionnalisation' });
    await record({ subjectIds: [subject('other')] });
    expect((await patch(subject('other'), { archived: true })).json().archived).toBe(true);
    // An archived subject still names past contacts and counts in the statistics.
    expect((await get('/contacts')).json().contacts[0].subjects[0].label).toBe('Autre');
    const stats = (await get('/reports/contacts?year=2026')).json();
    expect(stats.bySubject.find((s: { key: string }) => s.key === subject('other')).count).toBe(1);
    expect((await patch(subject('other'), { archived: false })).json().archived).toBe(false);
    expect((await patch(subject('other'), {})).statusCode).toBe(400);
  });

  it('counts a year by public, channel, subject, commune and month, with the activity report’s figures, in JSON and in Excel', async () => {
    const family = (await post('/families', { name: 'Famille Roy', email: '', phone: '', inseeCode: null })).json();
    const am = await makeChildminder(t.db, relais.id, '85191');
    await record({ familyId: family.id, occurredAt: '2026-01-12T10:00:00Z' });
    await record({
      familyId: family.id,
      occurredAt: '2026-02-03T10:00:00Z',
      subjectIds: [subject('care_search'), subject('collective_agreement')],
      inseeCode: '85003',
    });
    await record({ public: 'future_parent', inseeCode: '44109' });
    await record({
      public: 'childminder',
      childminderId: am.id,
      channel: 'am_permanence',
      subjectIds: [subject('contract'), subject('end_of_contract')],
      inseeCode: null,
    });
    await record({ public: 'childminder', childminderId: am.id, subjectIds: [subject('training')] });
    await record({ public: 'candidate', subjectIds: [subject('accreditation')] });
    await record({ public: 'project_carrier', subjectIds: [subject('project')], occurredAt: '2025-12-31T23:30:00Z' }); // 2025 in UTC, 2026 in Paris
    await record({ occurredAt: '2025-06-01T10:00:00Z' }); // another year

    const stats = (await get('/reports/contacts?year=2026')).json();
    const of = (rows: { key: string; count: number }[], key: string) => rows.find((r) => r.key === key)?.count;
    expect(stats.total).toBe(7);
    expect([stats.distinctFamilies, stats.distinctChildminders]).toEqual([1, 1]);
    expect(stats.byPublic.map((r: { count: number }) => r.count)).toEqual([2, 1, 2, 1, 1, 0]);
    expect([of(stats.byChannel, 'phone'), of(stats.byChannel, 'am_permanence'), of(stats.byChannel, 'email')]).toEqual([
      6, 1, 0,
    ]);
    expect(of(stats.bySubject, subject('care_search'))).toBe(3);
    expect(stats.byCommune.map((r: { label: string; count: number }) => [r.label, r.count])).toEqual([
      ['Aizenay', 1],
      ['La Roche-sur-Yon', 4],
      ['Hors territoire', 1],
      ['Non renseignée', 1],
    ]);
    expect(stats.byMonth.map((r: { count: number }) => r.count)).toEqual([2, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(stats.indicators.map((r: { key: string; count: number }) => [r.key, r.count])).toEqual([
      ['care_requests', 3],
      ['parents_collective_agreement', 1],
      ['childminders_legal', 1],
      ['candidates', 1],
      ['project_carriers', 1],
    ]);
    const parents = stats.publicBySubject.find((p: { public: string }) => p.public === 'parent');
    expect(of(parents.subjects, subject('collective_agreement'))).toBe(1);
    expect((await get('/reports/contacts?year=2025')).json().total).toBe(1);

    const viewer = await login(t.app, (await makeUser(t.db, { role: 'viewer', relaisId: relais.id })).email);
    const file = await get('/reports/contacts.xlsx?year=2026', viewer);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('contacts-2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Synthèse',
      'Par public',
      'Par thème',
      'Par canal',
      'Par commune',
      'Par mois',
      'Public et thème',
    ]);
    const summary = workbook.getWorksheet('Synthèse')!;
    expect(summary.getRow(2).values).toEqual([undefined, 'Contacts enregistrés', 7]);
    expect(summary.getRow(5).values).toEqual([undefined, 'Demandes de mode d’accueil (parents et futurs parents)', 3]);
    // Counts only: no name of a family or childminder anywhere in the statistics.
    expect(JSON.stringify(stats)).not.toContain('Roy');
  });
});
