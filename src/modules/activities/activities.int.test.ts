import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeChildminder, makeRelais, makeSite, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';
import { signIn } from '../../../tests/integration/support/sessions.js';
import { hashToken } from '../auth/auth.rules.js';
import { anonymiseOldActivityRegistrations, sendActivityReminders } from './activities.jobs.js';

// The test clock is 2026-03-02T08:00:00Z (09:00 in Paris, a Monday).
let t: TestApp;
let relais: { id: string; slug: string };
let other: { id: string; slug: string };
let animator: Session;
let animatorId: string;
let managerB: Session;
let childminder: Session;
let amId: string;
let site: string;
let site2: string;
let otherSite: string;

const staffUrl = (path = '') => `/api/relais/${relais.id}${path}`;

async function staff(method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown, session = animator) {
  t.clock.advance(1000);
  return t.app.inject({
    method,
    url: staffUrl(path),
    headers: session.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function me(method: 'GET' | 'POST', url: string, payload?: object) {
  t.clock.advance(1000);
  return t.app.inject({ method, url, headers: childminder.headers, ...(payload ? { payload } : {}) });
}

async function kinds() {
  const r = await staff('GET', '/activity-kinds');
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{ kinds: { id: string; code: string | null; label: string; archived: boolean }[] }>().kinds;
}
const kindId = async (code: string) => (await kinds()).find((k) => k.code === code)!.id;

async function createSession(overrides: Record<string, unknown> = {}, code = 'play_morning') {
  const r = await staff('POST', '/activities', {
    kindId: await kindId(code),
    theme: 'motor',
    siteId: site,
    date: '2026-03-10',
    startTime: '09:30',
    animatorIds: [animatorId],
    ...overrides,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<Detail>();
}

interface Reg {
  id: string;
  status: string;
  name: string;
  adults: number;
  children: number;
}
interface Detail {
  id: string;
  title: string;
  adultCapacity: number;
  childCapacity: number;
  adultsTaken: number;
  childrenTaken: number;
  waiting: number;
  endTime: string;
  startsAt: string;
  siteId: string;
  status: string;
  registration: string;
  registrations: Reg[];
  events: { kind: string; detail: string }[];
}

async function addChildminder(name: string) {
  const { id } = await makeChildminder(t.db, relais.id, '85191', { lastName: name });
  await t.db
    .updateTable('childminder')
    .set({ email: `${name.toLowerCase()}@exemple.fr` })
    .where('id', '=', id)
    .execute();
  return id;
}

async function byPhone(activityId: string, childminderId: string, children = 0, adults = 1) {
  return staff('POST', `/activities/${activityId}/registrations`, { childminderId, children, adults });
}

const mails = (purpose: string) =>
  t.db
    .selectFrom('outbox_message')
    .select(['recipient', 'subject', 'text_body', 'attachments'])
    .where('purpose', '=', purpose)
    .orderBy('created_at')
    .execute();

const detail = async (id: string) => (await staff('GET', `/activities/${id}`)).json<Detail>();

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db, {
    communes: [
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
      { inseeCode: '85003', name: 'Aizenay' },
    ],
  });
  other = await makeRelais(t.db, { communes: [{ inseeCode: '85194', name: 'Les Sables-d’Olonne' }] });
  const a = await makeUser(t.db, { role: 'animator', relaisId: relais.id, displayName: 'Léa Animatrice' });
  animatorId = a.id;
  animator = await login(t.app, a.email);
  managerB = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: other.id })).email);
  site = (await makeSite(t.db, relais.id, '85191', 'Salle Carré')).id;
  site2 = (await makeSite(t.db, relais.id, '85003', 'Maison de l’enfance')).id;
  otherSite = (await makeSite(t.db, other.id, '85194', 'Salle des Sables')).id;
  amId = await addChildminder('MARTIN');
  const account = await makeUser(t.db, { role: 'childminder', relaisId: relais.id, email: 'martin@exemple.fr' });
  await t.db.updateTable('childminder').set({ account_id: account.id }).where('id', '=', amId).execute();
  childminder = await signIn(t.app, { email: account.email, role: 'childminder' });
});
afterEach(async () => {
  await t.close();
});

describe('kinds', () => {
  it('creates the built-in kinds once, even when read at the same time; adds and archives custom kinds', async () => {
    const reads = await Promise.all(Array.from({ length: 5 }, () => staff('GET', '/activity-kinds')));
    for (const r of reads) expect(r.statusCode, r.body).toBe(200);
    const rows = await t.db.selectFrom('activity_kind').select('code').where('relais_id', '=', relais.id).execute();
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.code)).size).toBe(7);

    const created = await staff('POST', '/activity-kinds', {
      label: 'Atelier cuisine',
      category: 'evening',
      audience: 'childminders',
      defaultAdultCapacity: 12,
      defaultChildCapacity: 0,
      defaultDurationMinutes: 90,
    });
    expect(created.statusCode, created.body).toBe(201);
    const custom = created.json<{ id: string; code: null }>();
    expect(custom.code).toBeNull();
    const archived = await staff('PUT', `/activity-kinds/${custom.id}`, { archived: true, label: 'Atelier cuisine 2' });
    expect(archived.json()).toMatchObject({ archived: true, label: 'Atelier cuisine 2' });
    expect(await kinds()).toHaveLength(8);

    const refused = await staff('POST', '/activities', {
      kindId: custom.id,
      theme: 'workshop',
      siteId: site,
      date: '2026-03-10',
      startTime: '19:00',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('« kindId »');
    expect(refused.json().error.message).toContain('archivé');
  });
});

describe('sessions', () => {
  it('creates a session with the kind’s defaults, its history and an audit entry', async () => {
    const s = await createSession();
    expect(s).toMatchObject({
      title: 'Matinée d’éveil',
      adultCapacity: 8,
      childCapacity: 20,
      endTime: '11:30',
      startsAt: '2026-03-10T08:30:00.000Z',
      siteId: site,
      status: 'scheduled',
      registration: 'open',
    });
    expect(s.events.map((e) => e.kind)).toEqual(['created']);
    const audit = await t.db.selectFrom('audit_event').select('action').where('subject_id', '=', s.id).execute();
    expect(audit.map((a) => a.action)).toContain('activity.created');

    const list = await staff('GET', '/activities?from=2026-03-01&to=2026-03-31&commune=85191');
    expect(list.json<{ activities: { id: string }[] }>().activities.map((a) => a.id)).toEqual([s.id]);
    const none = await staff('GET', '/activities?from=2026-03-01&to=2026-03-31&commune=85003');
    expect(none.json<{ activities: unknown[] }>().activities).toEqual([]);
    const tooLong = await staff('GET', '/activities?from=2026-01-01&to=2027-06-01');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toContain('« to »');
  });

  it('refuses impossible sessions with a French message naming the field', async () => {
    const kind = await kindId('play_morning');
    const base = { kindId: kind, theme: 'motor', siteId: site, date: '2026-03-10', startTime: '09:30' };
    const backwards = await staff('POST', '/activities', { ...base, endTime: '09:00' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toBe(
      'Donnée incohérente — « endTime » : La séance doit finir après son début.',
    );
    const foreign = await staff('POST', '/activities', { ...base, siteId: otherSite });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toContain('« siteId »');
    const stranger = await makeUser(t.db, { role: 'animator', relaisId: other.id });
    const animators = await staff('POST', '/activities', { ...base, animatorIds: [stranger.id] });
    expect(animators.statusCode).toBe(400);
    expect(animators.json().error.message).toContain('« animatorIds »');
    const negative = await staff('POST', '/activities', { ...base, childCapacity: -2 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message).toContain('« childCapacity »');
    expect(await t.db.selectFrom('activity').select('id').execute()).toEqual([]);
  });

  it('refuses negative children, and children at a session without children', async () => {
    const s = await createSession();
    const negative = await byPhone(s.id, amId, -1);
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message).toContain('« children »');
    expect(negative.json().error.message).toContain('négatif');
    const evening = await createSession({ startTime: '19:00' }, 'evening_workshop');
    const withChildren = await byPhone(evening.id, amId, 2);
    expect(withChildren.statusCode).toBe(400);
    expect(withChildren.json().error.message).toBe(
      'Donnée incohérente — « children » : Cette séance se déroule sans enfants : indiquez 0 enfant.',
    );
    expect(await t.db.selectFrom('activity_registration').select('id').execute()).toEqual([]);
  });

  it('moves a session: everyone registered or waiting gets an e-mail with the new .ics', async () => {
    const s = await createSession({ adultCapacity: 1 });
    expect((await byPhone(s.id, amId, 1)).json().status).toBe('confirmed');
    const second = await addChildminder('DURAND');
    expect((await byPhone(s.id, second, 1)).json().status).toBe('waiting');
    const moved = await staff('POST', `/activities/${s.id}/move`, {
      siteId: site2,
      date: '2026-03-12',
      startTime: '10:00',
      endTime: '11:30',
      reason: 'Salle indisponible',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ siteId: site2, startsAt: '2026-03-12T09:00:00.000Z', communeName: 'Aizenay' });
    const sent = await mails('activity_moved');
    expect(sent.map((m) => m.recipient).sort()).toEqual(['durand@exemple.fr', 'martin@exemple.fr']);
    const ics = Buffer.from(JSON.parse(sent[0]!.attachments!)[0].contentBase64, 'base64').toString();
    expect(ics).toContain('DTSTART:20260312T090000Z');
    expect(ics).toContain(`UID:activity-${s.id}@relais`);
    // The place names the commune as the relais names it, and the event the relais.
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toMatch(/LOCATION:[^\r\n]*Aizenay/);
    const relaisName = (
      await t.db.selectFrom('relais').select('name').where('id', '=', relais.id).executeTakeFirstOrThrow()
    ).name;
    expect(unfolded).toContain(`— ${relaisName}`);
    expect(sent[0]!.text_body).toContain('Salle indisponible');
    expect((await detail(s.id)).events.map((e) => e.kind)).toContain('moved');

    const foreignVenue = await staff('POST', `/activities/${s.id}/move`, {
      siteId: otherSite,
      date: '2026-03-12',
      startTime: '10:00',
      endTime: '11:30',
    });
    expect(foreignVenue.statusCode).toBe(400);
    expect(foreignVenue.json().error.message).toContain('« siteId »');
  });

  it('cancels a session with a reason: everyone told, nothing deleted, no more registrations', async () => {
    const s = await createSession();
    await byPhone(s.id, amId, 2);
    const cancelled = await staff('POST', `/activities/${s.id}/cancel`, { reason: 'Animatrice malade' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', registration: 'cancelled' });
    const sent = await mails('activity_cancelled');
    expect(sent.map((m) => m.recipient)).toEqual(['martin@exemple.fr']);
    expect(sent[0]!.text_body).toContain('Animatrice malade');
    const again = await staff('POST', `/activities/${s.id}/cancel`, { reason: 'Encore' });
    expect(again.statusCode).toBe(409);
    const late = await byPhone(s.id, await addChildminder('PETIT'));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('annulée');
    expect(await t.db.selectFrom('activity').select('id').execute()).toHaveLength(1);
  });
});

describe('registrations', () => {
  it('respects the registration window', async () => {
    const s = await createSession({ registrationOpensAt: '2026-03-05T08:00:00+01:00' });
    expect(s.registration).toBe('not_yet');
    const early = await byPhone(s.id, amId);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Les inscriptions à cette séance ne sont pas encore ouvertes.');
    t.clock.set('2026-03-05T07:00:00.000Z');
    expect((await byPhone(s.id, amId)).statusCode).toBe(201);
    t.clock.set('2026-03-10T08:31:00.000Z');
    const late = await byPhone(s.id, await addChildminder('TARD'));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('closes');
  });

  it('puts who does not fit on the waiting list and promotes it when a place frees', async () => {
    const s = await createSession({ adultCapacity: 2, childCapacity: 4 });
    const b = await addChildminder('BERNARD');
    const c = await addChildminder('CARON');
    const d = await addChildminder('DUBOIS');
    expect((await byPhone(s.id, amId, 2)).json().status).toBe('confirmed');
    expect((await byPhone(s.id, b, 2)).json().status).toBe('confirmed');
    const waitingC = (await byPhone(s.id, c, 3)).json<Reg>();
    const waitingD = (await byPhone(s.id, d, 1)).json<Reg>();
    expect([waitingC.status, waitingD.status]).toEqual(['waiting', 'waiting']);
    expect((await mails('activity_waitlisted')).map((m) => m.recipient).sort()).toEqual([
      'caron@exemple.fr',
      'dubois@exemple.fr',
    ]);
    const twice = await byPhone(s.id, c, 1);
    expect(twice.statusCode).toBe(409);

    // Martin (2 children) leaves: Caron (3) does not fit the 2 children's places; Dubois (1) does.
    const first = (await detail(s.id)).registrations.find((r) => r.name.includes('MARTIN'))!;
    const cancelled = await staff('POST', `/activities/${s.id}/registrations/${first.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const after = cancelled.json<Detail>();
    expect(after.registrations.find((r) => r.id === waitingD.id)!.status).toBe('confirmed');
    expect(after.registrations.find((r) => r.id === waitingC.id)!.status).toBe('waiting');
    expect(after).toMatchObject({ adultsTaken: 2, childrenTaken: 3, waiting: 1 });
    expect((await mails('activity_promoted')).map((m) => m.recipient)).toEqual(['dubois@exemple.fr']);
    expect(after.events.map((e) => e.kind)).toEqual([
      'created',
      'registered',
      'registered',
      'waitlisted',
      'waitlisted',
      'unregistered',
      'promoted',
    ]);

    // Capacity never below what is taken; raising it promotes Caron.
    const tooSmall = await staff('PUT', `/activities/${s.id}`, { adultCapacity: 1 });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().error.message).toContain('« adultCapacity »');
    const raised = await staff('PUT', `/activities/${s.id}`, { adultCapacity: 3, childCapacity: 6 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json<Detail>().registrations.find((r) => r.id === waitingC.id)!.status).toBe('confirmed');
    expect(raised.json()).toMatchObject({ adultsTaken: 3, childrenTaken: 6, waiting: 0 });
    expect((await mails('activity_promoted')).map((m) => m.recipient)).toEqual([
      'dubois@exemple.fr',
      'caron@exemple.fr',
    ]);
  });

  it('lets staff register a parent by phone for a session open to parents only', async () => {
    const evening = await createSession({ startTime: '19:00' }, 'coeducation_evening');
    const r = await staff('POST', `/activities/${evening.id}/registrations`, {
      parent: { name: 'Paul Parent', phone: '06 12 34 56 78' },
      adults: 2,
      children: 0,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ registrant: 'parent', name: 'Paul Parent', source: 'staff', adults: 2 });
    const workshop = await createSession({ startTime: '19:00', date: '2026-03-11' }, 'evening_workshop');
    const refused = await staff('POST', `/activities/${workshop.id}/registrations`, {
      parent: { name: 'Paul Parent' },
      children: 0,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('Cette séance n’est pas ouverte aux parents.');
  });
});

describe('the childminder’s space', () => {
  it('shows her programme, registers her with her children, refuses twice, cancels, shows her history', async () => {
    const play = await createSession();
    await createSession({ startTime: '19:00' }, 'evening_workshop');
    const list = await me('GET', '/api/me/activities?from=2026-03-01&to=2026-03-31');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ activities: { id: string; mine: unknown }[] }>().activities;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ id: play.id, mine: null });

    const r = await me('POST', `/api/me/activities/${play.id}/registrations`, { children: 3 });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      registration: { status: 'confirmed', children: 3, adults: 1, childminderId: amId, source: 'online' },
      activity: { adultsTaken: 1, childrenTaken: 3 },
    });
    const [confirmation] = await mails('activity_registered');
    expect(confirmation!.recipient).toBe('martin@exemple.fr');
    expect(confirmation!.text_body).toContain('avec 3 enfants');
    const ics = Buffer.from(JSON.parse(confirmation!.attachments!)[0].contentBase64, 'base64').toString();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART:20260310T083000Z');

    const twice = await me('POST', `/api/me/activities/${play.id}/registrations`, { children: 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_registered');
    const mine = await me('GET', '/api/me/activities?from=2026-03-01&to=2026-03-31');
    expect(mine.json<{ activities: { mine: unknown }[] }>().activities[0]!.mine).toMatchObject({
      status: 'confirmed',
      children: 3,
    });

    const cancelled = await me('POST', `/api/me/activities/${play.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ activity: { adultsTaken: 0, childrenTaken: 0 } });
    expect((await me('POST', `/api/me/activities/${play.id}/cancel`)).statusCode).toBe(404);

    await t.db
      .insertInto('activity_attendance')
      .values({
        id: crypto.randomUUID(),
        activity_id: play.id,
        relais_id: relais.id,
        registration_id: null,
        attendee: 'childminder',
        childminder_id: amId,
        person_name: 'Anne MARTIN',
        children_1_to_2: 2,
        children_2_to_3: 1,
        recorded_at: '2026-03-10T10:00:00.000Z',
        recorded_by: null,
      })
      .execute();
    const history = await me('GET', '/api/me/activity-history');
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json()).toEqual({
      participations: [
        {
          activityId: play.id,
          date: '2026-03-10',
          title: 'Matinée d’éveil',
          kindLabel: 'Matinée d’éveil',
          category: 'play',
          communeName: 'La Roche-sur-Yon',
          children: 3,
        },
      ],
      byYear: [{ year: 2026, sessions: 1 }],
    });
  });

  it('does not show sessions reserved to parents, nor another relais’s', async () => {
    const created = await staff('POST', '/activity-kinds', {
      label: 'Café des parents',
      category: 'information',
      audience: 'parents',
      defaultAdultCapacity: 20,
      defaultChildCapacity: 0,
      defaultDurationMinutes: 60,
    });
    const parentsOnly = await createSession({ kindId: created.json().id, theme: 'talk' });
    const list = await me('GET', '/api/me/activities?from=2026-03-01&to=2026-03-31');
    expect(list.json<{ activities: unknown[] }>().activities).toEqual([]);
    const r = await me('POST', `/api/me/activities/${parentsOnly.id}/registrations`, { children: 0 });
    expect(r.statusCode).toBe(404);
  });
});

describe('parents on the public page', () => {
  const form = (overrides: Record<string, unknown> = {}) => ({
    name: 'Camille Parent',
    email: 'camille@exemple.fr',
    children: 1,
    consent: true,
    ...overrides,
  });

  it('registers a parent, e-mails a cancellation link, and cancels with it', async () => {
    const evening = await createSession({ startTime: '19:00', childCapacity: 5 }, 'coeducation_evening');
    await createSession({ date: '2026-03-11' }, 'evening_workshop');
    const programme = await t.app.inject({
      url: `/api/public/relais/${relais.slug}/activities?from=2026-03-01&to=2026-03-31`,
    });
    expect(programme.statusCode, programme.body).toBe(200);
    expect(
      programme.json<{ activities: { id: string; openToParents: boolean }[] }>().activities.map((a) => a.openToParents),
    ).toEqual([true, false]);

    const url = `/api/public/relais/${relais.slug}/activities/${evening.id}/registrations`;
    const noConsent = await t.app.inject({ method: 'POST', url, payload: form({ consent: false }) });
    expect(noConsent.statusCode).toBe(400);
    const robot = await t.app.inject({ method: 'POST', url, payload: form({ website: 'http://spam' }) });
    expect(robot.statusCode).toBe(201);
    expect(await t.db.selectFrom('activity_registration').select('id').execute()).toEqual([]);

    const r = await t.app.inject({ method: 'POST', url, payload: form() });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().status).toBe('confirmed');
    const row = await t.db.selectFrom('activity_registration').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ registrant: 'parent', person_name: 'Camille Parent', status: 'confirmed' });
    const [mail] = await mails('activity_registered');
    const token = /annulation\/([\w-]+)/.exec(mail!.text_body)![1]!;
    // Only the hash of the link is stored.
    expect(row.cancel_token_hash).toBe(hashToken(token));
    expect(row.cancel_token_hash).not.toBe(token);

    const cancel = await t.app.inject({ method: 'POST', url: `/api/public/activity-registrations/${token}/cancel` });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect((await detail(evening.id)).registrations[0]!.status).toBe('cancelled');
    const again = await t.app.inject({ method: 'POST', url: `/api/public/activity-registrations/${token}/cancel` });
    expect(again.json().message).toBe('Votre inscription est déjà annulée.');
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/public/activity-registrations/${'x'.repeat(43)}/cancel`,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses parents at a session not open to them, and anonymises their registrations after the retention delay', async () => {
    const workshop = await createSession({ startTime: '19:00' }, 'evening_workshop');
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/public/relais/${relais.slug}/activities/${workshop.id}/registrations`,
      payload: form({ children: 0 }),
    });
    expect(refused.statusCode).toBe(409);
    const evening = await createSession({ startTime: '19:00', date: '2026-03-12' }, 'coeducation_evening');
    await t.app.inject({
      method: 'POST',
      url: `/api/public/relais/${relais.slug}/activities/${evening.id}/registrations`,
      payload: form({ children: 0 }),
    });
    expect(await anonymiseOldActivityRegistrations(t.app.ctx)).toBe(0);
    // On the day, she came with a neighbour who had not registered.
    await t.db
      .insertInto('activity_attendance')
      .values({
        id: crypto.randomUUID(),
        activity_id: evening.id,
        relais_id: relais.id,
        registration_id: null,
        attendee: 'other',
        childminder_id: null,
        person_name: 'Voisine Durand',
        walk_in: 1,
        recorded_at: '2026-03-12T20:00:00.000Z',
        recorded_by: null,
      })
      .execute();
    t.clock.set('2029-03-20T08:00:00.000Z');
    expect(await anonymiseOldActivityRegistrations(t.app.ctx)).toBe(1);
    const row = await t.db.selectFrom('activity_registration').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email: '', phone: '', cancel_token_hash: null, status: 'confirmed' });
    expect(row.person_name).not.toContain('Camille');
    expect(row.anonymised_at).not.toBeNull();
    const attendance = await t.db.selectFrom('activity_attendance').select('person_name').execute();
    expect(attendance).toEqual([{ person_name: 'Personne (anonymisée)' }]);
  });
});

describe('tenant isolation', () => {
  it('refuses the staff of another relais, and does not find a session through another relais', async () => {
    const s = await createSession();
    const foreign = await t.app.inject({ url: staffUrl(`/activities/${s.id}`), headers: managerB.headers });
    expect(foreign.statusCode).toBe(403);
    const through = await t.app.inject({
      url: `/api/relais/${other.id}/activities/${s.id}`,
      headers: managerB.headers,
    });
    expect(through.statusCode).toBe(404);
    const register = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${other.id}/activities/${s.id}/registrations`,
      headers: managerB.headers,
      payload: { parent: { name: 'Intrus' }, children: 0 },
    });
    expect(register.statusCode).toBe(404);
    const publicOther = await t.app.inject({
      method: 'POST',
      url: `/api/public/relais/${other.slug}/activities/${s.id}/registrations`,
      payload: { name: 'Camille Parent', email: 'c@exemple.fr', children: 0, consent: true },
    });
    expect(publicOther.statusCode).toBe(404);
    expect(await t.db.selectFrom('activity_registration').select('id').execute()).toEqual([]);
  });
});

describe('reminders', () => {
  it('reminds each confirmed person once, the day before', async () => {
    const s = await createSession({ adultCapacity: 1 });
    await byPhone(s.id, amId, 1);
    await byPhone(s.id, await addChildminder('ATTENTE'), 1);
    expect(await sendActivityReminders(t.app.ctx)).toBe(0);
    t.clock.set('2026-03-09T16:00:00.000Z');
    expect(await sendActivityReminders(t.app.ctx)).toBe(1);
    expect(await sendActivityReminders(t.app.ctx)).toBe(0);
    const sent = await mails('activity_reminder');
    expect(sent.map((m) => m.recipient)).toEqual(['martin@exemple.fr']);
    // The staff's session has expired a week later: sign in again to read the history.
    animator = await login(t.app, (await makeUser(t.db, { role: 'animator', relaisId: relais.id })).email);
    const history = await detail(s.id);
    expect(history.events.filter((e) => e.kind === 'reminded').map((e) => e.detail)).toEqual(['Anne MARTIN']);
  });
});
