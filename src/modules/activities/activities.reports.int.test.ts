import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  makeActivity,
  makeBuiltInKinds,
  makePracticeGroup,
  makeRegistration,
} from '../../../tests/support/activity-reports.js';
import { makeChildminder, makeRelais, makeSite, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session } from '../../../tests/support/test-app.js';
import type { Actor } from '../../app/policy.js';
import { programmeOf } from './activities.exports.js';
import { pdfText } from './activities.exports.pdf.js';
import { pdfStrings } from '../../../tests/support/pdf-strings.js';

/** Monday 2 March 2026, 09:00 in Paris. */
const NOW = '2026-03-02T08:00:00.000Z';

const t = await createTestApp();
afterAll(() => t.close());
beforeEach(() => t.clock.set(NOW));

const AIZENAY = { inseeCode: '85003', name: 'Aizenay' };
const POIRE = { inseeCode: '85178', name: 'Le Poiré-sur-Vie' };

async function setup() {
  const relais = await makeRelais(t.db, { name: 'Relais Petite Enfance d’Éveil', communes: [AIZENAY, POIRE] });
  const other = await makeRelais(t.db, { communes: [{ inseeCode: '85191', name: 'La Roche-sur-Yon' }] });
  const manager = await makeUser(t.db, { role: 'manager', relaisId: relais.id, displayName: 'Claire Martineau' });
  const viewer = await makeUser(t.db, { role: 'viewer', relaisId: relais.id });
  const otherManager = await makeUser(t.db, { role: 'manager', relaisId: other.id });
  const mediatheque = await makeSite(t.db, relais.id, AIZENAY.inseeCode, 'Médiathèque d’Aizenay');
  const salle = await makeSite(t.db, relais.id, POIRE.inseeCode, 'Salle petite enfance du Poiré');
  const otherSite = await makeSite(t.db, other.id, '85191');
  const kinds = await makeBuiltInKinds(t.db, relais.id);
  const otherKinds = await makeBuiltInKinds(t.db, other.id);
  const am = async (inseeCode: string, lastName: string, status: 'active' | 'archived' = 'active') =>
    (await makeChildminder(t.db, relais.id, inseeCode, { lastName, status })).id;
  return {
    relais,
    other,
    manager: await login(t.app, manager.email),
    managerId: manager.id,
    viewer: await login(t.app, viewer.email),
    otherManager: await login(t.app, otherManager.email),
    sites: { aizenay: mediatheque.id, poire: salle.id, other: otherSite.id },
    kinds,
    otherKinds,
    am,
    otherChildminder: (await makeChildminder(t.db, other.id, '85191', { lastName: 'AILLEURS' })).id,
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const row = (overrides: Record<string, unknown> = {}) => ({
  registrationId: null,
  childminderId: null,
  personName: '',
  attendee: 'childminder',
  walkIn: false,
  childrenUnder1: 0,
  children1To2: 0,
  children2To3: 0,
  children3AndOver: 0,
  ...overrides,
});

async function putAttendance(s: Setup, session: Session, activityId: string, rows: unknown[], relaisId = s.relais.id) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/relais/${relaisId}/activities/${activityId}/attendance`,
    payload: { rows },
    headers: session.headers,
  });
}

describe('attendance', () => {
  it('lists the confirmed registrations as expected and replaces the list each time it is taken', async () => {
    const s = await setup();
    const [c1, c2, c3] = [
      await s.am(AIZENAY.inseeCode, 'UN'),
      await s.am(AIZENAY.inseeCode, 'DEUX'),
      await s.am(POIRE.inseeCode, 'TROIS'),
    ];
    const activity = await makeActivity(t.db, {
      relaisId: s.relais.id,
      kindId: s.kinds.play_morning!,
      siteId: s.sites.aizenay,
      inseeCode: AIZENAY.inseeCode,
      date: '2026-03-02',
    });
    const r1 = await makeRegistration(t.db, {
      relaisId: s.relais.id,
      activityId: activity.id,
      childminderId: c1,
      children: 3,
    });
    await makeRegistration(t.db, {
      relaisId: s.relais.id,
      activityId: activity.id,
      childminderId: c2,
      status: 'waiting',
    });
    await makeRegistration(t.db, {
      relaisId: s.relais.id,
      activityId: activity.id,
      childminderId: c3,
      status: 'cancelled',
    });

    const before = await t.app.inject({
      url: `/api/relais/${s.relais.id}/activities/${activity.id}/attendance`,
      headers: s.manager.headers,
    });
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({
      recordedAt: null,
      expected: [{ registrationId: r1.id, childminderId: c1, name: 'Anne UN', attendee: 'childminder', children: 3 }],
      rows: [],
    });

    const first = await putAttendance(s, s.manager, activity.id, [
      row({ registrationId: r1.id, childrenUnder1: 1, children1To2: 1, children2To3: 1 }),
      row({ childminderId: c2, walkIn: true, children3AndOver: 2 }),
      row({ personName: 'Sophie Passante', attendee: 'other', walkIn: true }),
    ]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().recordedAt).toBe(NOW);
    const rowsAfterFirst = await t.db
      .selectFrom('activity_attendance')
      .selectAll()
      .where('activity_id', '=', activity.id)
      .orderBy('person_name')
      .execute();
    expect(
      rowsAfterFirst.map((r) => [r.person_name, r.childminder_id, r.registration_id, Number(r.walk_in), r.attendee]),
    ).toEqual([
      ['Anne DEUX', c2, null, 1, 'childminder'],
      ['Anne UN', c1, r1.id, 0, 'childminder'],
      ['Sophie Passante', null, null, 1, 'other'],
    ]);

    t.clock.set('2026-03-02T12:00:00.000Z');
    const second = await putAttendance(s, s.manager, activity.id, [row({ registrationId: r1.id, children2To3: 2 })]);
    expect(second.statusCode, second.body).toBe(200);
    const rows = await t.db
      .selectFrom('activity_attendance')
      .selectAll()
      .where('activity_id', '=', activity.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      registration_id: r1.id,
      childminder_id: c1,
      children_2_to_3: 2,
      children_under_1: 0,
    });
    const activityRow = await t.db
      .selectFrom('activity')
      .select('attendance_recorded_at')
      .where('id', '=', activity.id)
      .executeTakeFirstOrThrow();
    expect(activityRow.attendance_recorded_at).toBe('2026-03-02T12:00:00.000Z');
    const events = await t.db
      .selectFrom('activity_event')
      .select(['kind', 'actor_name', 'detail'])
      .where('activity_id', '=', activity.id)
      .orderBy('at')
      .execute();
    expect(events).toEqual([
      { kind: 'attendance', actor_name: 'Claire Martineau', detail: '3 présents (dont 2 sans inscription), 5 enfants' },
      { kind: 'attendance', actor_name: 'Claire Martineau', detail: '1 présent (dont 0 sans inscription), 2 enfants' },
    ]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('relais_id', '=', s.relais.id)
      .where('subject_id', '=', activity.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'activity.attendance_recorded',
      'activity.attendance_recorded',
      'read',
    ]);
  });

  it('refuses a cancelled session, a session to come, and impossible rows, with French messages', async () => {
    const s = await setup();
    const c1 = await s.am(AIZENAY.inseeCode, 'UN');
    const base = {
      relaisId: s.relais.id,
      kindId: s.kinds.play_morning!,
      siteId: s.sites.aizenay,
      inseeCode: AIZENAY.inseeCode,
    };
    const cancelled = await makeActivity(t.db, { ...base, date: '2026-02-20', status: 'cancelled' });
    const tomorrow = await makeActivity(t.db, { ...base, date: '2026-03-03' });
    const past = await makeActivity(t.db, { ...base, date: '2026-02-27' });
    const elsewhere = await makeActivity(t.db, { ...base, date: '2026-02-26' });
    const foreign = await makeRegistration(t.db, {
      relaisId: s.relais.id,
      activityId: elsewhere.id,
      childminderId: c1,
    });

    const onCancelled = await putAttendance(s, s.manager, cancelled.id, []);
    expect(onCancelled.statusCode).toBe(409);
    expect(onCancelled.json().error.message).toBe('Cette séance a été annulée : il n’y a pas de présences à relever.');
    const onFuture = await putAttendance(s, s.manager, tomorrow.id, []);
    expect(onFuture.statusCode).toBe(409);
    expect(onFuture.json().error.message).toMatch(/n’a pas encore eu lieu/);

    const negative = await putAttendance(s, s.manager, past.id, [
      row({ childminderId: c1, walkIn: true, children1To2: -1 }),
    ]);
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message).toBe(
      'Donnée invalide (corps de la requête) — « rows.0.children1To2 » : Le nombre d’enfants de 1 à 2 ans ne peut pas être négatif.',
    );
    const otherSession = await putAttendance(s, s.manager, past.id, [row({ registrationId: foreign.id })]);
    expect(otherSession.statusCode).toBe(400);
    expect(otherSession.json().error.message).toBe(
      'Donnée incohérente — « rows.0.registrationId » : Cette inscription n’est pas une inscription de la séance.',
    );
    const otherRelais = await putAttendance(s, s.manager, past.id, [
      row({ childminderId: s.otherChildminder, walkIn: true }),
    ]);
    expect(otherRelais.statusCode).toBe(400);
    expect(otherRelais.json().error.message).toBe(
      'Donnée incohérente — « rows.0.childminderId » : Cette fiche d’assistant·e maternel·le est inconnue du relais.',
    );
    const noName = await putAttendance(s, s.manager, past.id, [row({ attendee: 'other', walkIn: true })]);
    expect(noName.json().error.message).toBe(
      'Donnée incohérente — « rows.0.personName » : Indiquez le nom de la personne venue sans inscription.',
    );
    const twice = await putAttendance(s, s.manager, past.id, [
      row({ childminderId: c1, walkIn: true }),
      row({ childminderId: c1, walkIn: true }),
    ]);
    expect(twice.json().error.message).toBe(
      'Donnée incohérente — « rows.1.childminderId » : Cette assistant·e maternel·le figure deux fois dans la liste.',
    );
    const notRegistered = await putAttendance(s, s.manager, past.id, [row({ childminderId: c1 })]);
    expect(notRegistered.json().error.fields[0].field).toBe('rows.0.walkIn');

    const written = await t.db
      .selectFrom('activity_attendance')
      .select('id')
      .where('relais_id', '=', s.relais.id)
      .execute();
    expect(written).toEqual([]);
  });

  it('keeps each relais to its own sessions, and the viewer away from who came', async () => {
    const s = await setup();
    const activity = await makeActivity(t.db, {
      relaisId: s.relais.id,
      kindId: s.kinds.play_morning!,
      siteId: s.sites.aizenay,
      inseeCode: AIZENAY.inseeCode,
      date: '2026-02-27',
    });
    const url = `/api/relais/${s.relais.id}/activities/${activity.id}/attendance`;
    expect((await t.app.inject({ url, headers: s.otherManager.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url, headers: s.viewer.headers })).statusCode).toBe(403);
    // Through his own relais, the session of the other one does not exist.
    const through = await t.app.inject({
      url: `/api/relais/${s.other.id}/activities/${activity.id}/attendance`,
      headers: s.otherManager.headers,
    });
    expect(through.statusCode).toBe(404);
    expect((await putAttendance(s, s.otherManager, activity.id, [], s.other.id)).statusCode).toBe(404);
  });
});

describe('practice-analysis groups', () => {
  it('holds at most 8 childminders of the relais, keeps those who left, and expects its members', async () => {
    const s = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await s.am(AIZENAY.inseeCode, `MEMBRE${i}`));
    const url = `/api/relais/${s.relais.id}/practice-groups`;
    const body = { name: 'Groupe du jeudi soir', facilitator: 'Hélène Garnier, psychologue' };

    const nine = await t.app.inject({
      method: 'POST',
      url,
      payload: { ...body, memberIds: ids.slice(0, 9) },
      headers: s.manager.headers,
    });
    expect(nine.statusCode).toBe(400);
    expect(nine.json().error.message).toBe(
      'Donnée invalide (corps de la requête) — « memberIds » : Un groupe d’analyse de la pratique compte au plus 8 membres.',
    );
    const foreign = await t.app.inject({
      method: 'POST',
      url,
      payload: { ...body, memberIds: [ids[0], s.otherChildminder] },
      headers: s.manager.headers,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0].field).toBe('memberIds');

    const created = await t.app.inject({
      method: 'POST',
      url,
      payload: { ...body, memberIds: ids.slice(0, 8) },
      headers: s.manager.headers,
    });
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json();
    expect(group.members).toHaveLength(8);
    expect(group.maxMembers).toBe(8);

    t.clock.set('2026-03-02T10:00:00.000Z');
    const updated = await t.app.inject({
      method: 'PUT',
      url: `${url}/${group.id}`,
      payload: { ...body, name: 'Groupe du jeudi', memberIds: [...ids.slice(2, 8), ids[8], ids[9]] },
      headers: s.manager.headers,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().name).toBe('Groupe du jeudi');
    expect(
      updated
        .json()
        .members.map((m: { childminderId: string }) => m.childminderId)
        .sort(),
    ).toEqual([...ids.slice(2, 10)].sort());
    expect(
      updated
        .json()
        .formerMembers.map((m: { childminderId: string; leftAt: string }) => [m.childminderId, m.leftAt])
        .sort(),
    ).toEqual(
      [
        [ids[0], '2026-03-02T10:00:00.000Z'],
        [ids[1], '2026-03-02T10:00:00.000Z'],
      ].sort(),
    );
    const stored = await t.db
      .selectFrom('practice_group_member')
      .selectAll()
      .where('group_id', '=', group.id)
      .execute();
    expect(stored).toHaveLength(10);
    expect(stored.filter((m) => m.left_at === null)).toHaveLength(8);

    const list = await t.app.inject({ url, headers: s.manager.headers });
    expect(list.json().groups.map((g: { id: string }) => g.id)).toEqual([group.id]);
    expect((await t.app.inject({ url, headers: s.viewer.headers })).statusCode).toBe(403);

    // Its session expects its present members, not registrations; a former member comes as a walk-in.
    const session = await makeActivity(t.db, {
      relaisId: s.relais.id,
      kindId: s.kinds.practice_analysis!,
      siteId: s.sites.poire,
      inseeCode: POIRE.inseeCode,
      date: '2026-03-02',
      startTime: '20:00',
      endTime: '21:30',
      practiceGroupId: group.id,
    });
    const attendance = await t.app.inject({
      url: `/api/relais/${s.relais.id}/activities/${session.id}/attendance`,
      headers: s.manager.headers,
    });
    expect(
      attendance
        .json()
        .expected.map((e: { childminderId: string }) => e.childminderId)
        .sort(),
    ).toEqual([...ids.slice(2, 10)].sort());
    const taken = await putAttendance(s, s.manager, session.id, [
      row({ childminderId: ids[2] }),
      row({ childminderId: ids[3] }),
      row({ childminderId: ids[0] }),
    ]);
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.fields[0].field).toBe('rows.2.walkIn');
    const ok = await putAttendance(s, s.manager, session.id, [
      row({ childminderId: ids[2] }),
      row({ childminderId: ids[3] }),
      row({ childminderId: ids[0], walkIn: true }),
    ]);
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

/**
 * A small year by hand (2025), with everything the statistics tell apart:
 * - c1, c2, c3 of Aizenay and c4 of Le Poiré are active; c5 (Le Poiré) left before 2025;
 * - S1, a play morning at Aizenay on 10 March: c1 (registered, 2 children), c2 (walk-in, 3 children);
 * - S2, an evening workshop at Le Poiré on 20 May: c1, c4 and a childminder without a file;
 * - S3, the co-education evening at Le Poiré on 2 October: c4 and a parent;
 * - S4, a play morning cancelled on 1 April, with a row written before it was cancelled (ignored);
 * - S0, a play morning on 15 December 2024: c3 (the series starts in 2024).
 */
async function statisticsYear(s: Setup) {
  const c1 = await s.am(AIZENAY.inseeCode, 'UN');
  const c2 = await s.am(AIZENAY.inseeCode, 'DEUX');
  const c3 = await s.am(AIZENAY.inseeCode, 'TROIS');
  const c4 = await s.am(POIRE.inseeCode, 'QUATRE');
  await s.am(POIRE.inseeCode, 'CINQ', 'archived');
  const at = (site: 'aizenay' | 'poire') => ({
    relaisId: s.relais.id,
    siteId: s.sites[site],
    inseeCode: site === 'aizenay' ? AIZENAY.inseeCode : POIRE.inseeCode,
  });
  const s0 = await makeActivity(t.db, { ...at('aizenay'), kindId: s.kinds.play_morning!, date: '2024-12-15' });
  const s1 = await makeActivity(t.db, { ...at('aizenay'), kindId: s.kinds.play_morning!, date: '2025-03-10' });
  const s2 = await makeActivity(t.db, { ...at('poire'), kindId: s.kinds.evening_workshop!, date: '2025-05-20' });
  const s3 = await makeActivity(t.db, { ...at('poire'), kindId: s.kinds.coeducation_evening!, date: '2025-10-02' });
  const s4 = await makeActivity(t.db, { ...at('aizenay'), kindId: s.kinds.play_morning!, date: '2025-04-01' });
  const r1 = await makeRegistration(t.db, { relaisId: s.relais.id, activityId: s1.id, childminderId: c1, children: 2 });
  const put = async (id: string, rows: unknown[]) =>
    expect((await putAttendance(s, s.manager, id, rows)).statusCode).toBe(200);
  await put(s0.id, [row({ childminderId: c3, walkIn: true, children2To3: 1 })]);
  await put(s1.id, [
    row({ registrationId: r1.id, childrenUnder1: 1, children1To2: 1 }),
    row({ childminderId: c2, walkIn: true, children2To3: 3 }),
  ]);
  await put(s2.id, [
    row({ childminderId: c1, walkIn: true }),
    row({ childminderId: c4, walkIn: true }),
    row({ personName: 'Sophie Sansfiche', walkIn: true }),
  ]);
  await put(s3.id, [
    row({ childminderId: c4, walkIn: true }),
    row({ personName: 'Paul Parent', attendee: 'parent', walkIn: true }),
  ]);
  await put(s4.id, [row({ childminderId: c3, walkIn: true, children3AndOver: 4 })]);
  await t.db.updateTable('activity').set({ status: 'cancelled' }).where('id', '=', s4.id).execute();
}

describe('statistics', () => {
  it('counts sessions held, participations, distinct childminders, rates, children and the series', async () => {
    const s = await setup();
    await statisticsYear(s);
    const response = await t.app.inject({
      url: `/api/relais/${s.relais.id}/activity-statistics?year=2025`,
      headers: s.viewer.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const stats = response.json();
    expect(stats).toMatchObject({
      year: 2025,
      until: '2025-12-31',
      sessionsHeld: 3,
      participations: 7,
      childminderParticipations: 6,
      parentParticipations: 1,
      otherParticipations: 0,
      distinctChildminders: 3,
      distinctChildmindersWithoutChildren: 2,
      activeChildminders: 4,
      participationRate: 75,
      childrenTotal: 5,
      series: [
        { year: 2024, distinctChildminders: 1, distinctChildmindersWithoutChildren: 0 },
        { year: 2025, distinctChildminders: 3, distinctChildmindersWithoutChildren: 2 },
      ],
    });
    expect(stats.children.map((c: { count: number }) => c.count)).toEqual([1, 1, 3, 0]);
    expect(stats.byCommune).toEqual([
      {
        inseeCode: AIZENAY.inseeCode,
        communeName: 'Aizenay',
        sessions: 1,
        participations: 2,
        childminders: 2,
        activeChildminders: 3,
        participationRate: 66.7,
      },
      {
        inseeCode: POIRE.inseeCode,
        communeName: 'Le Poiré-sur-Vie',
        sessions: 2,
        participations: 5,
        childminders: 1,
        activeChildminders: 1,
        participationRate: 100,
      },
    ]);
    const byKind = Object.fromEntries(
      stats.byKind.map((k: { kindId: string; sessions: number; participations: number }) => [
        k.kindId,
        [k.sessions, k.participations],
      ]),
    );
    expect(byKind[s.kinds.play_morning!]).toEqual([1, 2]);
    expect(byKind[s.kinds.evening_workshop!]).toEqual([1, 3]);
    expect(byKind[s.kinds.coeducation_evening!]).toEqual([1, 2]);
    expect(byKind[s.kinds.practice_analysis!]).toEqual([0, 0]);
    expect(
      stats.byCategory.map((c: { category: string; sessions: number; participations: number }) => [
        c.category,
        c.sessions,
        c.participations,
      ]),
    ).toEqual([
      ['play', 1, 2],
      ['festive', 0, 0],
      ['evening', 2, 5],
      ['practice', 0, 0],
      ['information', 0, 0],
    ]);

    // The same figures in the workbook.
    const xlsx = await t.app.inject({
      url: `/api/relais/${s.relais.id}/activity-statistics.xlsx?year=2025`,
      headers: s.viewer.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="temps-collectifs-2025.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Synthèse',
      'Par type',
      'Par catégorie',
      'Par commune',
      'Enfants par âge',
      'Série annuelle',
    ]);
    const summary = workbook.getWorksheet('Synthèse')!;
    const value = (label: string) => {
      let found: unknown;
      summary.eachRow((r) => {
        if (r.getCell(1).value === label) found = r.getCell(2).value;
      });
      return found;
    };
    expect(value('Séances tenues')).toBe(3);
    expect(value('Participations (présences relevées)')).toBe(7);
    expect(value('Assistant·es maternel·les différent·es (temps collectifs sans enfants)')).toBe(2);
    expect(value('Taux de participation des assistant·es maternel·les')).toBe(0.75);
    const communes = workbook.getWorksheet('Par commune')!;
    expect(communes.getRow(1).getCell(1).value).toBe('Commune');
    expect(communes.getRow(3).values).toEqual([undefined, 'Le Poiré-sur-Vie', '85178', 2, 5, 1, 1, 1]);
    const series = workbook.getWorksheet('Série annuelle')!;
    expect(series.getRow(3).values).toEqual([undefined, 2025, 3, 2]);
  });

  it('stops the current year today, and refuses a year to come', async () => {
    const s = await setup();
    const c1 = await s.am(AIZENAY.inseeCode, 'UN');
    const today = await makeActivity(t.db, {
      relaisId: s.relais.id,
      kindId: s.kinds.agreement_information!,
      siteId: s.sites.poire,
      inseeCode: POIRE.inseeCode,
      date: '2026-03-02',
    });
    await makeActivity(t.db, {
      relaisId: s.relais.id,
      kindId: s.kinds.agreement_information!,
      siteId: s.sites.poire,
      inseeCode: POIRE.inseeCode,
      date: '2026-03-03',
    });
    expect((await putAttendance(s, s.manager, today.id, [row({ childminderId: c1, walkIn: true })])).statusCode).toBe(
      200,
    );
    const stats = (
      await t.app.inject({ url: `/api/relais/${s.relais.id}/activity-statistics`, headers: s.manager.headers })
    ).json();
    expect(stats).toMatchObject({
      year: 2026,
      until: '2026-03-02',
      sessionsHeld: 1,
      distinctChildmindersWithoutChildren: 1,
    });
    const future = await t.app.inject({
      url: `/api/relais/${s.relais.id}/activity-statistics?year=2027`,
      headers: s.manager.headers,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toBe('Donnée incohérente — « year » : Indiquez une année entre 2000 et 2026.');
  });
});

describe('printable programme', () => {
  it('prints the scheduled sessions of the period by month and day, with the places left', async () => {
    const s = await setup();
    const base = { relaisId: s.relais.id, kindId: s.kinds.play_morning! };
    await makeActivity(t.db, {
      ...base,
      siteId: s.sites.aizenay,
      inseeCode: AIZENAY.inseeCode,
      date: '2026-03-05',
      theme: 'music',
      adultsTaken: 5,
      childrenTaken: 12,
    });
    await makeActivity(t.db, {
      ...base,
      siteId: s.sites.poire,
      inseeCode: POIRE.inseeCode,
      date: '2026-04-01',
      startTime: '10:00',
      endTime: '12:00',
      theme: 'books',
    });
    await makeActivity(t.db, {
      ...base,
      siteId: s.sites.poire,
      inseeCode: POIRE.inseeCode,
      date: '2026-03-12',
      status: 'cancelled',
      title: 'Séance annulée par la pluie',
    });

    const response = await t.app.inject({
      url: `/api/relais/${s.relais.id}/activities/programme.pdf?from=2026-03-01&to=2026-04-30`,
      headers: s.manager.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const actor: Actor = {
      userId: s.managerId,
      role: 'manager',
      relaisId: s.relais.id,
      email: 'x@relais.test',
      displayName: 'Claire',
      sessionId: 'x',
    };
    const { pdf } = await programmeOf(
      t,
      actor,
      s.relais.id,
      { from: '2026-03-01', to: '2026-04-30' },
      { compress: false },
    );
    const texts = pdfStrings(pdf);
    expect(texts).toContain('Relais Petite Enfance d’Éveil');
    expect(texts).toContain('Du dimanche 1er mars 2026 au jeudi 30 avril 2026');
    expect(texts).toContain('Mars 2026');
    expect(texts).toContain('Jeudi 5 mars');
    expect(texts).toContain('9\u00a0h\u00a030 – 11\u00a0h\u00a030   Matinée d’éveil — Éveil musical');
    expect(texts).toContain('Médiathèque d’Aizenay, Aizenay');
    expect(texts).toContain('Places restantes : 3 places d’adultes, 8 places d’enfants');
    expect(texts).toContain('Avril 2026');
    expect(texts).toContain('10\u00a0h – 12\u00a0h   Matinée d’éveil — Livres et histoires');
    expect(texts.join('\n')).not.toContain('pluie');

    const onePlace = await programmeOf(
      t,
      actor,
      s.relais.id,
      { from: '2026-03-01', to: '2026-04-30', commune: POIRE.inseeCode },
      { compress: false },
    );
    const poire = pdfStrings(onePlace.pdf);
    expect(poire).toContain('Commune : Le Poiré-sur-Vie');
    expect(poire.join('\n')).not.toContain('Aizenay');

    const viewer = await t.app.inject({
      url: `/api/relais/${s.relais.id}/activities/programme.pdf`,
      headers: s.viewer.headers,
    });
    expect(viewer.statusCode).toBe(403);
    const tooLong = await t.app.inject({
      url: `/api/relais/${s.relais.id}/activities/programme.pdf?from=2026-01-01&to=2027-06-01`,
      headers: s.manager.headers,
    });
    expect(tooLong.statusCode).toBe(400);
  });

  it('maps what the standard fonts cannot draw', () => {
    expect(pdfText('1\u202f092 places')).toBe('1\u00a0092 places');
    expect(pdfText('L’œuf « é » — ok')).toBe('L’œuf « é » — ok');
    expect(pdfText('Jeu 🧸')).toBe('Jeu ?');
  });
});

describe('public iCalendar feed', () => {
  it('lists the sessions of the relais or of one commune, cancelled ones marked, one UID each', async () => {
    const s = await setup();
    const base = { relaisId: s.relais.id, kindId: s.kinds.play_morning! };
    const a = await makeActivity(t.db, {
      ...base,
      siteId: s.sites.aizenay,
      inseeCode: AIZENAY.inseeCode,
      date: '2026-03-05',
    });
    const b = await makeActivity(t.db, {
      ...base,
      siteId: s.sites.poire,
      inseeCode: POIRE.inseeCode,
      date: '2026-03-12',
      status: 'cancelled',
    });
    const group = await makePracticeGroup(t.db, s.relais.id, []);
    await makeActivity(t.db, {
      ...base,
      kindId: s.kinds.practice_analysis!,
      siteId: s.sites.poire,
      inseeCode: POIRE.inseeCode,
      date: '2026-03-13',
      practiceGroupId: group.id,
    });
    await makeActivity(t.db, {
      relaisId: s.other.id,
      kindId: s.otherKinds.play_morning!,
      siteId: s.sites.other,
      inseeCode: '85191',
      date: '2026-03-06',
    });

    const response = await t.app.inject({ url: `/api/public/relais/${s.relais.slug}/activities.ics` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(response.body))
      .getAllSubcomponents('vevent')
      .map((v) => ({ event: new ICAL.Event(v), status: v.getFirstPropertyValue('status') }));
    expect(events.map((e) => [e.event.uid, e.status])).toEqual([
      [`activity-${a.id}@relais`, 'CONFIRMED'],
      [`activity-${b.id}@relais`, 'CANCELLED'],
    ]);
    expect(events[0]!.event.summary).toBe('Matinée d’éveil');
    expect(events[0]!.event.location).toBe('Médiathèque d’Aizenay, Aizenay');
    expect(events[0]!.event.startDate.toJSDate().toISOString()).toBe('2026-03-05T08:30:00.000Z');

    const poire = await t.app.inject({ url: `/api/public/relais/${s.relais.slug}/activities.ics?commune=85178` });
    const uids = new ICAL.Component(ICAL.parse(poire.body))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).uid);
    expect(uids).toEqual([`activity-${b.id}@relais`]);

    const outside = await t.app.inject({ url: `/api/public/relais/${s.relais.slug}/activities.ics?commune=85191` });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toBe(
      'Donnée incohérente — « commune » : Cette commune n’est pas du territoire du relais.',
    );
    expect((await t.app.inject({ url: '/api/public/relais/inconnu/activities.ics' })).statusCode).toBe(404);
  });
});
