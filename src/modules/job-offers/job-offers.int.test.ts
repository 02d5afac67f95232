import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAvailabilitySlot, makeChildminder, makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';
import { signIn } from '../../../tests/integration/support/sessions.js';
import { anonymiseOldOffers, runJobOfferExpiry } from './job-offers.jobs.js';

// The test clock is 2026-03-02T08:00:00Z (09:00 in Paris, a Monday).
// Aizenay (85003) is the parent's commune; Maché (85130) is 6.4 km away, Le Poiré-sur-Vie (85178) 9.9 km.
let t: TestApp;
let relais: { id: string; slug: string };
let animator: Session;
let manager: Session;
let am: Record<'same' | 'near' | 'far' | 'noSlot' | 'archived' | 'shortHours', string>;
let childminder: Session;

const FULL_WEEK = [1, 2, 4, 5].map((day) => ({ day, from: '07:30', to: '18:30' }));

function form(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Camille Parent',
    email: 'camille@exemple.fr',
    phone: '06 11 22 33 44',
    showPhone: false,
    inseeCode: '85003',
    communes: [],
    radiusKm: 8,
    startOn: '2026-04-01',
    endOn: null,
    schedule: FULL_WEEK,
    childBirthOn: '2025-12-01',
    childrenCount: 1,
    disability: false,
    emergency: false,
    details: 'Bébé calme, nous habitons près de l’école.',
    consent: true,
    ...overrides,
  };
}

const staffUrl = (path = '') => `/api/relais/${relais.id}/job-offers${path}`;
const linkUrl = (token: string, path = '') => `/api/public/job-offers/${token}${path}`;

async function submit(payload: unknown) {
  t.clock.advance(1000);
  return t.app.inject({
    method: 'POST',
    url: `/api/public/relais/${relais.slug}/job-offers`,
    payload: payload as object,
  });
}

async function staff(method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown, session = animator) {
  t.clock.advance(1000);
  return t.app.inject({
    method,
    url: staffUrl(path),
    headers: session.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function lastMail(purpose: string, to: string) {
  return t.db
    .selectFrom('outbox_message')
    .select(['text_body', 'subject'])
    .where('purpose', '=', purpose)
    .where('recipient', '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The parent's page, a second after the previous action (the history lists them in order). */
async function byLink(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  t.clock.advance(1000);
  return t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
}

const tokenIn = (text: string) => /offre-emploi\/([\w-]+)/.exec(text)![1]!;

/** A need posted and confirmed by its parent: its id and link. */
async function confirmedOffer(overrides: Record<string, unknown> = {}) {
  const email = (overrides.email as string | undefined) ?? `parent-${crypto.randomUUID().slice(0, 6)}@exemple.fr`;
  const r = await submit(form({ ...overrides, email }));
  expect(r.statusCode, r.body).toBe(201);
  const token = tokenIn((await lastMail('job_offer_verification', email))!.text_body);
  const verified = await byLink('POST', linkUrl(token, '/verify'));
  expect(verified.statusCode, verified.body).toBe(200);
  return { id: verified.json<{ id: string }>().id, token, email };
}

async function addChildminder(
  inseeCode: string,
  slot: Partial<{ from: string; start: string; end: string; days: string }> | null,
  status: 'active' | 'archived' = 'active',
) {
  const { id } = await makeChildminder(t.db, relais.id, inseeCode, { status, lastName: `AM-${inseeCode}` });
  await t.db
    .updateTable('childminder')
    .set({
      email: `am-${id.slice(0, 8)}@exemple.fr`,
      phone: '07 99 88 77 66',
      availability_confirmed_at: t.clock.now().toISOString(),
    })
    .where('id', '=', id)
    .execute();
  if (slot) {
    await makeAvailabilitySlot(t.db, relais.id, id, {
      available_from: slot.from ?? '2026-03-01',
      max_age_months: 36,
      ...(slot.days ? { days: slot.days } : {}),
      ...(slot.start ? { start_time: slot.start } : {}),
      ...(slot.end ? { end_time: slot.end } : {}),
      created_at: t.clock.now().toISOString(),
    });
  }
  return id;
}

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db, {
    communes: [
      { inseeCode: '85003', name: 'Aizenay' },
      { inseeCode: '85130', name: 'Maché' },
      { inseeCode: '85178', name: 'Le Poiré-sur-Vie' },
    ],
  });
  const animatorUser = await makeUser(t.db, { role: 'animator', relaisId: relais.id });
  const managerUser = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
  animator = await login(t.app, animatorUser.email);
  manager = await login(t.app, managerUser.email);
  am = {
    same: await addChildminder('85003', { from: '2026-03-20' }),
    near: await addChildminder('85130', {}),
    far: await addChildminder('85178', {}),
    noSlot: await addChildminder('85003', null),
    archived: await addChildminder('85003', {}, 'archived'),
    shortHours: await addChildminder('85003', { start: '08:00', end: '17:00' }),
  };
  const account = await makeUser(t.db, { role: 'childminder', relaisId: relais.id, email: 'am-same@exemple.fr' });
  await t.db.updateTable('childminder').set({ account_id: account.id }).where('id', '=', am.same).execute();
  childminder = await signIn(t.app, { email: account.email, role: 'childminder' });
});
afterEach(async () => {
  await t.close();
});

describe('the parent posts a need without an account', () => {
  it('waits for the e-mail check, then for the relais, and shows its state from the link', async () => {
    const r = await submit(form());
    expect(r.statusCode, r.body).toBe(201);
    const row = await t.db.selectFrom('job_offer').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      relais_id: relais.id,
      status: 'email_pending',
      weekly_minutes: 44 * 60,
      child_age_months: 4,
    });
    const mail = await lastMail('job_offer_verification', 'camille@exemple.fr');
    expect(mail?.text_body).not.toContain('Bébé calme');
    const token = tokenIn(mail!.text_body);

    const before = await t.app.inject({ url: linkUrl(token) });
    expect(before.json()).toMatchObject({
      status: 'email_pending',
      canEdit: true,
      canRenew: false,
      relaisSlug: relais.slug,
    });
    const verified = await byLink('POST', linkUrl(token, '/verify'));
    expect(verified.json()).toMatchObject({ status: 'pending', stateText: 'En attente de vérification par le relais' });
    const events = await t.db.selectFrom('job_offer_event').select('kind').orderBy('at').execute();
    expect(events.map((e) => e.kind)).toEqual(['submitted', 'email_verified']);

    const unknown = await t.app.inject({ url: linkUrl('x'.repeat(43)) });
    expect(unknown.statusCode).toBe(404);
  });

  it.each([
    [
      '80 hours a week',
      {
        schedule: [
          ...[1, 2, 3, 4, 5, 6].map((day) => ({ day, from: '07:00', to: '19:00' })),
          { day: 7, from: '08:00', to: '16:00' },
        ],
      },
      'schedule',
      '80 heures par semaine',
    ],
    ['a start date in the past', { startOn: '2026-02-27' }, 'startOn', 'La date de début est passée'],
    ['an end before the start', { endOn: '2026-03-15' }, 'endOn', 'La date de fin doit suivre'],
    ['five children', { childrenCount: 5 }, 'childrenCount', 'au plus 4 enfants'],
    [
      'a commune outside the territory',
      { inseeCode: '85191' },
      'inseeCode',
      'La Roche-sur-Yon n’est pas sur le territoire',
    ],
    ['another commune outside the territory', { communes: ['85191'] }, 'communes', 'La Roche-sur-Yon'],
    ['no consent', { consent: false }, 'consent', 'Votre accord est nécessaire'],
  ])('refuses %s with a French message naming the field, and stores nothing', async (_what, overrides, field, text) => {
    const r = await submit(form(overrides));
    expect(r.statusCode, r.body).toBe(400);
    const error = r.json<{ error: { fields: { field: string; message: string }[] } }>().error;
    expect(error.fields[0]).toEqual({ field, message: expect.stringContaining(text) });
    expect(await t.db.selectFrom('job_offer').select('id').execute()).toEqual([]);
    expect(
      await t.db.selectFrom('outbox_message').select('id').where('purpose', 'like', 'job_offer%').execute(),
    ).toEqual([]);
  });

  it('answers a robot filling the trap field as a person, and stores and sends nothing', async () => {
    const r = await submit(form({ website: 'http://spam.example' }));
    expect(r.statusCode).toBe(201);
    expect(await t.db.selectFrom('job_offer').select('id').execute()).toEqual([]);
    expect(await lastMail('job_offer_verification', 'camille@exemple.fr')).toBeUndefined();
  });
});

describe('moderation, audience and publication', () => {
  it('ranks the childminders who fit, with their reasons; staff widen or narrow before sending', async () => {
    const { id } = await confirmedOffer();
    const queue = await staff('GET', '?status=pending');
    expect(queue.json()).toMatchObject({ total: 1, counts: { pending: 1, published: 0 } });

    const audience = await staff('GET', `/${id}/audience`);
    expect(audience.statusCode, audience.body).toBe(200);
    const list = audience.json<{ childminders: { childminderId: string; reasons: string[] }[] }>().childminders;
    // In the commune first, then Maché at 6 km; Le Poiré (10 km) is beyond 8 km; no places, archived, short hours: out.
    expect(list.map((c) => c.childminderId)).toEqual([am.same, am.near]);
    expect(list[0]!.reasons[0]).toBe(
      'Place libre dès le 20 mars, 0–3 ans, lundi–vendredi 7 h 30–18 h 30, dans la commune',
    );
    expect(list[1]!.reasons[0]).toBe('Place libre dès maintenant, 0–3 ans, lundi–vendredi 7 h 30–18 h 30, à 6 km');

    const wider = await staff('GET', `/${id}/audience?radiusKm=12&exclude=${am.near}&add=${am.noSlot}`);
    expect(
      wider.json<{ childminders: { childminderId: string }[] }>().childminders.map((c) => c.childminderId),
    ).toEqual([am.same, am.far, am.noSlot]);
    const unknown = await staff('GET', `/${id}/audience?add=${crypto.randomUUID()}`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].field).toBe('add');

    const published = await staff('POST', `/${id}/publish`, { radiusKm: 12, exclude: [am.near], add: [am.noSlot] });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', expiresOn: '2026-05-01' });
    const recipients = await t.db
      .selectFrom('job_offer_recipient')
      .select(['childminder_id', 'rank', 'added_by_staff', 'outbox_message_id'])
      .where('offer_id', '=', id)
      .orderBy('rank')
      .execute();
    expect(recipients.map((r) => [r.childminder_id, Number(r.rank), Number(r.added_by_staff)])).toEqual([
      [am.same, 1, 0],
      [am.far, 2, 0],
      [am.noSlot, 3, 1],
    ]);
    const mails = await t.db
      .selectFrom('outbox_message')
      .select(['id', 'recipient', 'text_body'])
      .where('purpose', '=', 'job_offer_published')
      .execute();
    expect(mails).toHaveLength(3);
    expect(new Set(mails.map((m) => m.id))).toEqual(new Set(recipients.map((r) => r.outbox_message_id)));
    for (const m of mails) {
      expect(m.text_body).not.toContain('Camille');
      expect(m.text_body).not.toContain('camille@exemple.fr');
      expect(m.text_body).not.toContain('06 11 22 33 44');
    }
    expect(
      await lastMail(
        'job_offer_parent',
        (await t.db.selectFrom('job_offer').select('parent_email').executeTakeFirstOrThrow()).parent_email,
      ),
    ).toBeDefined();

    const again = await staff('POST', `/${id}/publish`, {});
    expect(again.statusCode).toBe(409);
  });

  it('sends once when two staff members publish at the same instant', async () => {
    const { id } = await confirmedOffer();
    const [a, b] = await Promise.all([
      t.app.inject({ method: 'POST', url: staffUrl(`/${id}/publish`), payload: {}, headers: animator.headers }),
      t.app.inject({ method: 'POST', url: staffUrl(`/${id}/publish`), payload: {}, headers: manager.headers }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const mails = await t.db
      .selectFrom('outbox_message')
      .select('recipient')
      .where('purpose', '=', 'job_offer_published')
      .execute();
    expect(mails).toHaveLength(2);
    const events = await t.db.selectFrom('job_offer_event').select('kind').where('kind', '=', 'published').execute();
    expect(events).toHaveLength(1);
  });

  it('lets staff correct a pending offer, and refuses one with a reason e-mailed to the parent', async () => {
    const { id, token, email } = await confirmedOffer();
    const corrected = await staff('PUT', `/${id}`, { ...form(), radiusKm: 12, consent: undefined });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ radiusKm: 12 });
    const badFix = await staff('PUT', `/${id}`, { ...form(), startOn: '2026-01-01' });
    expect(badFix.statusCode).toBe(400);

    const refused = await staff('POST', `/${id}/refuse`, { reason: 'Cette offre concerne une garde à domicile.' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect((await lastMail('job_offer_parent', email))?.text_body).toContain('garde à domicile');
    const view = await t.app.inject({ url: linkUrl(token) });
    expect(view.json()).toMatchObject({
      status: 'refused',
      refusalReason: 'Cette offre concerne une garde à domicile.',
      canEdit: false,
    });
    expect((await staff('POST', `/${id}/publish`, {})).statusCode).toBe(409);
  });

  it('reads an offer with its history, and records the read in the audit log', async () => {
    const { id } = await confirmedOffer();
    const r = await staff('GET', `/${id}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().events.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'email_verified']);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('summary')
      .where('subject_id', '=', id)
      .where('action', '=', 'read')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('the childminder and the parent after publication', () => {
  it('shows her the offer without the parent, relays her answer, and the parent sees it; an edit goes back to the relais', async () => {
    const { id, token, email } = await confirmedOffer();
    expect((await staff('POST', `/${id}/publish`, {})).statusCode).toBe(200);

    const mine = await t.app.inject({ url: '/api/me/job-offers', headers: childminder.headers });
    expect(mine.statusCode, mine.body).toBe(200);
    const offers = mine.json<{ offers: { id: string; reasons: string[]; phone: string | null }[] }>().offers;
    expect(offers.map((o) => o.id)).toEqual([id]);
    expect(offers[0]!.reasons[0]).toContain('dans la commune');
    expect(offers[0]!.phone).toBeNull();
    expect(mine.body).not.toContain('Camille');
    expect(mine.body).not.toContain(email);

    const answer = (payload: object) => {
      t.clock.advance(1000);
      return t.app.inject({
        method: 'POST',
        url: `/api/me/job-offers/${id}/answer`,
        payload,
        headers: childminder.headers,
      });
    };
    const first = await answer({ message: 'Bonjour, je serais ravie d’accueillir votre enfant.', shareContact: false });
    expect(first.statusCode, first.body).toBe(201);
    const relayed = await lastMail('job_offer_answer', email);
    expect(relayed?.text_body).toContain('je serais ravie');
    expect(relayed?.text_body).not.toContain('07 99 88 77 66');
    expect((await answer({ message: 'Encore moi.', shareContact: true })).statusCode).toBe(409);

    const view = await t.app.inject({ url: linkUrl(token) });
    expect(view.json()).toMatchObject({
      status: 'published',
      answers: 1,
      stateText: 'Publiée — 1 réponse d’assistant·es maternel·les',
    });

    const edited = await byLink('PUT', linkUrl(token), { ...form(), consent: undefined, radiusKm: 5 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'pending', radiusKm: 5 });
    const gone = await t.app.inject({ url: '/api/me/job-offers', headers: childminder.headers });
    expect(gone.json().offers).toEqual([]);

    // Republished: childminders already reached are not written to twice.
    expect((await staff('POST', `/${id}/publish`, {})).statusCode).toBe(200);
    const published = await t.db
      .selectFrom('outbox_message')
      .select('recipient')
      .where('purpose', '=', 'job_offer_published')
      .execute();
    expect(published).toHaveLength(2);

    const withdrawn = await byLink('POST', linkUrl(token, '/withdraw'), { outcome: 'filled_childminder' });
    expect(withdrawn.json()).toMatchObject({ status: 'filled', outcome: 'filled_childminder', canEdit: false });
    const kinds = (
      await t.db
        .selectFrom('job_offer_event')
        .select('kind')
        .where('offer_id', '=', id)
        .orderBy('at')
        .orderBy('id')
        .execute()
    ).map((e) => e.kind);
    expect(kinds).toEqual(['submitted', 'email_verified', 'published', 'answered', 'edited', 'published', 'withdrawn']);
  });

  it('sends her phone and e-mail only when she agreed, and hides an offer from her list', async () => {
    const { id, email } = await confirmedOffer();
    await staff('POST', `/${id}/publish`, {});
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/me/job-offers/${id}/answer`,
      payload: { message: 'Disponible dès mars.', shareContact: true },
      headers: childminder.headers,
    });
    expect(r.statusCode).toBe(201);
    expect((await lastMail('job_offer_answer', email))?.text_body).toContain('07 99 88 77 66');

    const hidden = await t.app.inject({
      method: 'POST',
      url: `/api/me/job-offers/${id}/hide`,
      headers: childminder.headers,
    });
    expect(hidden.statusCode).toBe(204);
    const all = await t.app.inject({ url: '/api/me/job-offers?scope=all', headers: childminder.headers });
    expect(all.json().offers).toEqual([]);
  });

  it('updates her free places in the same step as her answer, and refuses an impossible grid before sending anything', async () => {
    const answer = (id: string, availability: object) => {
      t.clock.advance(1000);
      return t.app.inject({
        method: 'POST',
        url: `/api/me/job-offers/${id}/answer`,
        payload: { message: 'Je peux accueillir votre enfant.', shareContact: false, availability },
        headers: childminder.headers,
      });
    };
    const place = {
      availableFrom: '2026-09-01',
      minAgeMonths: 0,
      maxAgeMonths: 36,
      days: [1, 2, 4, 5],
      startTime: '07:30',
      endTime: '18:00',
      atypicalHours: false,
      periscolaire: false,
      note: 'Après l’accueil de cet enfant',
    };
    const first = await confirmedOffer();
    await staff('POST', `/${first.id}/publish`, {});

    const refused = await answer(first.id, { action: 'replace', slots: [{ ...place, endTime: '07:00' }] });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.fields).toContainEqual({
      field: 'availability.slots.0.endTime',
      message: 'L’heure de fin doit suivre l’heure de début.',
    });
    expect(await lastMail('job_offer_answer', first.email)).toBeUndefined();
    const unknown = await answer(first.id, { action: 'forget' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('disponibilités');

    const replaced = await answer(first.id, { action: 'replace', slots: [place] });
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect(await lastMail('job_offer_answer', first.email)).toBeDefined();
    const slots = await t.db
      .selectFrom('availability_slot')
      .select(['available_from', 'end_time', 'replaced_at'])
      .where('childminder_id', '=', am.same)
      .orderBy('created_at')
      .execute();
    // The old place is kept as history; the new one is current.
    expect(slots).toEqual([
      { available_from: '2026-03-20', end_time: '18:30', replaced_at: expect.any(String) },
      { available_from: '2026-09-01', end_time: '18:00', replaced_at: null },
    ]);

    const second = await confirmedOffer({ startOn: '2026-10-01', childBirthOn: '2026-06-01' });
    await staff('POST', `/${second.id}/publish`, {});
    t.clock.advance(86_400_000);
    const confirmed = await answer(second.id, { action: 'confirm' });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    const file = await t.db
      .selectFrom('childminder')
      .select('availability_confirmed_at')
      .where('id', '=', am.same)
      .executeTakeFirstOrThrow();
    expect(file.availability_confirmed_at).toBe(t.clock.now().toISOString());
  });

  it('lists all the published offers of her relais on request, not only those sent to her', async () => {
    const { id } = await confirmedOffer({ radiusKm: null });
    await staff('POST', `/${id}/publish`, { exclude: [am.same] });
    const fit = await t.app.inject({ url: '/api/me/job-offers', headers: childminder.headers });
    expect(fit.json().offers).toEqual([]);
    const all = await t.app.inject({ url: '/api/me/job-offers?scope=all', headers: childminder.headers });
    expect(all.json().offers.map((o: { id: string; sentToMe: boolean }) => [o.id, o.sentToMe])).toEqual([[id, false]]);
  });
});

describe('follow-up', () => {
  it('reminds the parent once before expiry, expires the offer, and lets her renew it from the new link', async () => {
    const { id, email } = await confirmedOffer();
    await staff('POST', `/${id}/publish`, {});
    t.clock.set('2026-04-25T08:00:00.000Z');
    expect(await runJobOfferExpiry(t.app.ctx)).toEqual({ reminded: 1, expired: 0 });
    expect(await runJobOfferExpiry(t.app.ctx)).toEqual({ reminded: 0, expired: 0 });
    const reminder = await lastMail('job_offer_reminder', email);
    expect(reminder?.text_body).toContain('01/05/2026');
    const token = tokenIn(reminder!.text_body);

    t.clock.set('2026-05-02T08:00:00.000Z');
    expect(await runJobOfferExpiry(t.app.ctx)).toEqual({ reminded: 0, expired: 1 });
    const expired = await t.app.inject({ url: linkUrl(token) });
    expect(expired.json()).toMatchObject({ status: 'expired', outcome: 'unknown', canRenew: true });

    const renewed = await byLink('POST', linkUrl(token, '/renew'));
    expect(renewed.json()).toMatchObject({ status: 'pending', outcome: null });
  });

  it('records the outcome, and counts by commune and month with the unmet needs', async () => {
    const a = await confirmedOffer();
    const b = await confirmedOffer({ schedule: [{ day: 6, from: '08:00', to: '12:00' }], inseeCode: '85130' });
    await staff('POST', `/${a.id}/publish`, {});
    const outcome = await staff('POST', `/${a.id}/outcome`, { outcome: 'filled_facility', note: 'Micro-crèche' });
    expect(outcome.json()).toMatchObject({
      status: 'filled',
      outcomeLabel: 'Pourvue par un établissement (crèche, micro-crèche…)',
    });
    await staff('POST', `/${b.id}/publish`, {});
    await byLink('POST', linkUrl(b.token, '/withdraw'), { outcome: 'abandoned' });

    const viewer = await makeUser(t.db, { role: 'viewer', relaisId: relais.id });
    const stats = await t.app.inject({
      url: `/api/relais/${relais.id}/job-offer-statistics?from=2026-03&to=2026-03`,
      headers: (await login(t.app, viewer.email)).headers,
    });
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.json()).toMatchObject({
      total: { offers: 2, published: 2, filled: 1, unmet: 1 },
      byMonth: [{ month: '2026-03', offers: 2 }],
      byCommune: [
        { inseeCode: '85003', communeName: 'Aizenay', offers: 1, filled: 1 },
        { inseeCode: '85130', communeName: 'Maché', offers: 1, unmet: 1 },
      ],
      unmetNeeds: { atypicalHours: { offers: 1, unmet: 1 }, disability: { offers: 0, unmet: 0 } },
    });
    expect(stats.body).not.toContain('Camille');
    const badPeriod = await t.app.inject({
      url: `/api/relais/${relais.id}/job-offer-statistics?from=2026-04&to=2026-03`,
      headers: animator.headers,
    });
    expect(badPeriod.json().error.fields[0].field).toBe('to');
  });

  it('deletes unconfirmed offers after a few days and anonymises closed ones after the retention delay', async () => {
    const kept = await confirmedOffer();
    await byLink('POST', linkUrl(kept.token, '/withdraw'), { outcome: 'abandoned' });
    await submit(form({ email: 'jamais@exemple.fr' }));
    t.clock.advance(8 * 86_400_000);
    expect(await anonymiseOldOffers(t.app.ctx)).toEqual({ deleted: 1, anonymised: 0 });

    t.clock.set('2029-04-01T08:00:00.000Z');
    expect(await anonymiseOldOffers(t.app.ctx)).toEqual({ deleted: 0, anonymised: 1 });
    const row = await t.db.selectFrom('job_offer').selectAll().where('id', '=', kept.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      parent_name: '',
      parent_email: '',
      parent_phone: '',
      details: '',
      child_birth_on: null,
    });
    expect(row).toMatchObject({ insee_code: '85003', status: 'withdrawn', outcome: 'abandoned' });
    expect((await t.app.inject({ url: linkUrl(kept.token) })).statusCode).toBe(404);
  });
});
