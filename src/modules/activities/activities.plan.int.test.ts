import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoWeekday, isPublicHoliday } from '../../app/calendar.js';
import { makeChildminder, makeRelais, makeSite, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';
import type { ErrorBody } from '../../../tests/integration/support/responses.js';

// The test clock is 2026-03-02T08:00:00Z (09:00 in Paris, a Monday).
let t: TestApp;
let relais: { id: string };
let other: { id: string };
let animator: { id: string; email: string };
let colleague: { id: string };
let otherAnimator: { id: string };
let roche: { id: string };
let aizenay: { id: string };
let otherSite: { id: string };
let kindId: string;
let session: Session;

interface Proposal {
  date: string;
  startTime: string;
  endTime: string;
  siteId: string;
  siteName: string;
  inseeCode: string;
  communeName: string;
  animatorIds: string[];
  theme: string;
}
interface Proposed {
  planId: string;
  proposals: Proposal[];
  byCommune: { inseeCode: string; communeName: string; childminders: number; sessions: number }[];
  warnings: string[];
}

async function insertKind(relaisId: string) {
  const id = crypto.randomUUID();
  await t.db
    .insertInto('activity_kind')
    .values({
      id,
      relais_id: relaisId,
      code: 'play_morning',
      label: 'Matinée d’éveil',
      category: 'play',
      audience: 'childminders_with_children',
      default_adult_capacity: 8,
      default_child_capacity: 20,
      default_duration_minutes: 120,
      archived_at: null,
      created_at: '2026-01-15T09:00:00.000Z',
      updated_at: '2026-01-15T09:00:00.000Z',
    })
    .execute();
  return id;
}

const url = (path: string, relaisId = relais.id) => `/api/relais/${relaisId}/activity-plans/${path}`;
const post = (path: string, payload: object, as = session, relaisId = relais.id) =>
  t.app.inject({ method: 'POST', url: url(path, relaisId), payload, headers: as.headers });

function request(overrides: Record<string, unknown> = {}) {
  return {
    kindId,
    from: '2026-03-09',
    to: '2026-06-30',
    count: 6,
    startTime: '09:30',
    animatorIds: [animator.id, colleague.id],
    animatorDays: { [animator.id]: [1, 2, 4], [colleague.id]: [2, 3, 5] },
    avoidSchoolHolidays: true,
    themes: ['free_play', 'music'],
    ...overrides,
  };
}

async function propose(overrides: Record<string, unknown> = {}) {
  const r = await post('propose', request(overrides));
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Proposed>();
}

function expectRefused(r: { statusCode: number; body: string; json: <T>() => T }, field: string, status = 400) {
  expect(r.statusCode, r.body).toBe(status);
  const { error } = r.json<ErrorBody>();
  expect(error.message).toContain(`« ${field} »`);
  expect(error.fields?.[0]?.field).toBe(field);
}

const activityCount = async (relaisId = relais.id) =>
  Number(
    (
      await t.db
        .selectFrom('activity')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('relais_id', '=', relaisId)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db, {
    communes: [
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
      { inseeCode: '85003', name: 'Aizenay' },
      { inseeCode: '85008', name: 'Aubigny-Les Clouzeaux' },
    ],
  });
  other = await makeRelais(t.db, { communes: [{ inseeCode: '85191', name: 'La Roche-sur-Yon' }] });
  animator = await makeUser(t.db, { role: 'animator', relaisId: relais.id, displayName: 'Léa Animatrice' });
  colleague = await makeUser(t.db, { role: 'animator', relaisId: relais.id, displayName: 'Zoé Animatrice' });
  otherAnimator = await makeUser(t.db, { role: 'animator', relaisId: other.id });
  roche = await makeSite(t.db, relais.id, '85191', 'Salle de la Roche');
  aizenay = await makeSite(t.db, relais.id, '85003', 'Salle d’Aizenay');
  otherSite = await makeSite(t.db, other.id, '85191', 'Salle de l’autre relais');
  for (let i = 0; i < 6; i++) await makeChildminder(t.db, relais.id, '85191');
  for (let i = 0; i < 3; i++) await makeChildminder(t.db, relais.id, '85003');
  await makeChildminder(t.db, relais.id, '85003', { status: 'archived' });
  // Aubigny: childminders but no venue.
  await makeChildminder(t.db, relais.id, '85008');
  // The other relais's childminders never count.
  for (let i = 0; i < 20; i++) await makeChildminder(t.db, other.id, '85003');
  kindId = await insertKind(relais.id);
  session = await login(t.app, animator.email);
});
afterEach(() => t.close());

describe('propose', () => {
  it('proposes a rotation in proportion to the active childminders, stores nothing, warns in French', async () => {
    const result = await propose();
    expect(result.planId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.proposals).toHaveLength(6);
    const byCommune = Object.fromEntries(result.byCommune.map((c) => [c.inseeCode, [c.childminders, c.sessions]]));
    // 6 and 3 active childminders (the archived one and the other relais's do not count): 4 and 2 sessions.
    expect(byCommune).toEqual({ '85191': [6, 4], '85003': [3, 2], '85008': [1, 0] });
    expect(result.warnings).toContain(
      'Aucun lieu d’activité à Aubigny-Les Clouzeaux : 1 assistante maternelle active n’aura pas de séance dans sa commune.',
    );
    for (const p of result.proposals) {
      expect(p.endTime).toBe('11:30'); // the kind's two hours
      expect(isPublicHoliday(p.date)).toBe(false);
      expect(p.date >= '2026-03-09' && p.date <= '2026-06-30').toBe(true);
      // Spring holidays of zone B: 11 to 26 April 2026.
      expect(p.date >= '2026-04-11' && p.date <= '2026-04-26').toBe(false);
      const days = p.animatorIds[0] === animator.id ? [1, 2, 4] : [2, 3, 5];
      expect(days).toContain(isoWeekday(p.date));
      const site = p.inseeCode === '85191' ? roche : aizenay;
      expect(p.siteId).toBe(site.id);
      expect(p.communeName).toBe(p.inseeCode === '85191' ? 'La Roche-sur-Yon' : 'Aizenay');
    }
    expect(await activityCount()).toBe(0);
  });

  it('keeps to the venues and their days when told', async () => {
    const result = await propose({ siteIds: [roche.id], siteDays: { [roche.id]: [2] } });
    expect(result.proposals.length).toBe(6);
    expect(new Set(result.proposals.map((p) => p.siteId))).toEqual(new Set([roche.id]));
    expect(new Set(result.proposals.map((p) => isoWeekday(p.date)))).toEqual(new Set([2]));
    expect(result.warnings).toContain(
      'Aucun lieu d’activité à Aizenay : 3 assistantes maternelles actives n’auront pas de séance dans sa commune.',
    );
  });

  it('refuses impossible inputs with a French message naming the field', async () => {
    expectRefused(await post('propose', request({ from: '2026-06-30', to: '2026-03-09' })), 'to');
    expectRefused(await post('propose', request({ to: '2027-06-30' })), 'to');
    expectRefused(await post('propose', request({ count: 0 })), 'count');
    expectRefused(await post('propose', request({ startTime: '25:00' })), 'startTime');
    expectRefused(await post('propose', request({ startTime: '10:00', endTime: '09:00' })), 'endTime');
    expectRefused(await post('propose', request({ themes: [] })), 'themes');
    expectRefused(await post('propose', request({ animatorIds: [animator.id, animator.id] })), 'animatorIds.1');
    expectRefused(
      await post('propose', request({ animatorDays: { [animator.id]: [1], [colleague.id]: [8] } })),
      `animatorDays.${colleague.id}.0`,
    );
    const unknownKind = await post('propose', request({ kindId: crypto.randomUUID() }));
    expect(unknownKind.statusCode).toBe(404);
    expect(unknownKind.json<ErrorBody>().error.message).toBe('Ce type d’activité est introuvable dans ce relais.');
  });

  it('refuses a venue, an animator or a kind of another relais', async () => {
    expectRefused(await post('propose', request({ animatorIds: [animator.id, otherAnimator.id] })), 'animatorIds.1');
    expectRefused(await post('propose', request({ siteIds: [otherSite.id] })), 'siteIds.0');
    expectRefused(await post('propose', request({ siteDays: { [otherSite.id]: [1] } })), 'siteDays');
    const otherKind = await insertKind(other.id);
    expect((await post('propose', request({ kindId: otherKind }))).statusCode).toBe(404);
    // Nor may staff of one relais plan for another.
    const foreign = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: other.id })).email);
    expect((await post('propose', request(), foreign)).statusCode).toBe(403);
  });
});

describe('apply', () => {
  it('creates exactly the sessions proposed, with animators, plan id, history and one audit entry', async () => {
    const { planId, proposals } = await propose();
    // Staff move one by hand.
    const edited = proposals.map((p, i) => (i === 0 ? { ...p, date: '2026-03-10', theme: 'books' } : p));
    const r = await post('apply', { planId, kindId, proposals: edited });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toEqual({ created: 6 });

    const rows = await t.db
      .selectFrom('activity')
      .selectAll()
      .where('relais_id', '=', relais.id)
      .orderBy('starts_at')
      .execute();
    expect(rows).toHaveLength(6);
    const expected = [...edited].sort((a, b) => a.date.localeCompare(b.date));
    rows.forEach((row, i) => {
      expect(row).toMatchObject({
        kind_id: kindId,
        plan_id: planId,
        status: 'scheduled',
        title: 'Matinée d’éveil',
        date: expected[i]!.date,
        site_id: expected[i]!.siteId,
        insee_code: expected[i]!.inseeCode,
        theme: expected[i]!.theme,
        adult_capacity: 8,
        child_capacity: 20,
      });
    });
    // 09:30 in Paris in March is 08:30 UTC; in June, 07:30 UTC.
    expect(rows.find((r) => r.date === '2026-03-10')!.starts_at).toBe('2026-03-10T08:30:00.000Z');
    const june = rows.find((r) => r.date >= '2026-06-01');
    if (june) expect(june.starts_at).toBe(`${june.date}T07:30:00.000Z`);

    const animators = await t.db
      .selectFrom('activity_animator')
      .selectAll()
      .where(
        'activity_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    expect(animators).toHaveLength(6);
    const events = await t.db.selectFrom('activity_event').selectAll().where('relais_id', '=', relais.id).execute();
    expect(events).toHaveLength(6);
    expect(events.every((e) => e.kind === 'created' && e.actor_id === animator.id)).toBe(true);
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('subject_type', '=', 'activity_plan')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ relais_id: relais.id, subject_id: planId, actor_user_id: animator.id });

    // Applying the same plan twice creates nothing more.
    const again = await post('apply', { planId, kindId, proposals: edited });
    expect(again.statusCode).toBe(409);
    expect(await activityCount()).toBe(6);

    // The next proposal keeps clear of them: no animator twice on a day, no venue twice at once.
    const next = await propose({ count: 20 });
    const booked = new Set(rows.map((r) => r.date));
    const animatorOf = new Map(animators.map((a) => [a.activity_id, a.account_id]));
    const bookedAnimatorDays = new Set(rows.map((r) => `${animatorOf.get(r.id)} ${r.date}`));
    for (const p of next.proposals) {
      expect(bookedAnimatorDays.has(`${p.animatorIds[0]} ${p.date}`)).toBe(false);
      if (booked.has(p.date)) {
        expect(rows.some((r) => r.date === p.date && r.site_id === p.siteId)).toBe(false);
      }
    }
  });

  it('refuses an edited proposal that is impossible, naming it, and creates nothing', async () => {
    const { planId, proposals } = await propose();
    const apply = (i: number, change: Partial<Proposal>) =>
      post('apply', { planId, kindId, proposals: proposals.map((p, k) => (k === i ? { ...p, ...change } : p)) });
    expectRefused(await apply(1, { siteId: otherSite.id }), 'proposals.1.siteId');
    expectRefused(await apply(2, { animatorIds: [otherAnimator.id] }), 'proposals.2.animatorIds.0');
    expectRefused(await apply(3, { startTime: '11:00', endTime: '10:00' }), 'proposals.3.endTime');
    expectRefused(await apply(0, { date: '2026-02-27' }), 'proposals.0.date');
    expectRefused(await apply(0, { date: '2026-05-01' }), 'proposals.0.date');
    expectRefused(await apply(0, { date: '2026-02-30' }), 'proposals.0.date');
    expectRefused(await apply(4, { theme: 'jazz' }), 'proposals.4.theme');
    expectRefused(await post('apply', { planId, kindId, proposals: [] }), 'proposals');
    // Two sessions at one venue at once, or one animator in two places.
    const clash = { date: proposals[0]!.date, startTime: '10:00', endTime: '12:00' };
    expectRefused(await apply(1, { ...clash, siteId: proposals[0]!.siteId }), 'proposals.1.siteId');
    expectRefused(
      await apply(1, {
        ...clash,
        siteId: proposals[0]!.siteId === roche.id ? aizenay.id : roche.id,
        animatorIds: proposals[0]!.animatorIds,
      }),
      'proposals.1.animatorIds.0',
    );
    const foreign = await post('apply', { planId, kindId, proposals }, session, other.id);
    expect(foreign.statusCode).toBe(403);
    expect(await activityCount()).toBe(0);
    expect(await activityCount(other.id)).toBe(0);
  });
});
