import ICAL from 'ical.js';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { bookingBody, makePermanence, makeReason } from '../../../tests/support/appointments.js';
import { makeRelais, makeSite, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login } from '../../../tests/support/test-app.js';
import { attachmentsOf } from '../mail/mail.repository.js';
import { anonymiseOldAppointments, sendDueReminders } from './appointments.jobs.js';

/** Monday 2 March 2026, 09:00 in Paris. */
const NOW = '2026-03-02T08:00:00.000Z';

const t = await createTestApp();
afterAll(() => t.close());
beforeEach(() => t.clock.set(NOW));

/** A relais with a venue, an animator holding a Tuesday-morning permanence (09:00–12:00) for a 30-minute reason. */
async function setup(options: { minNoticeHours?: number; weekday?: number } = {}) {
  const relais = await makeRelais(t.db, { communes: [{ inseeCode: '85191', name: 'La Roche-sur-Yon' }] });
  const animator = await makeUser(t.db, { role: 'animator', relaisId: relais.id, displayName: 'Julie Bernardeau' });
  const manager = await makeUser(t.db, { role: 'manager', relaisId: relais.id, displayName: 'Claire Martineau' });
  const site = await makeSite(t.db, relais.id, '85191', 'Siège du relais');
  const reason = await makeReason(t.db, relais.id, {
    label: 'Recherche d’un mode d’accueil',
    minNoticeHours: options.minNoticeHours ?? 24,
  });
  const permanence = await makePermanence(t.db, relais.id, {
    animatorId: animator.id,
    siteId: site.id,
    reasonIds: [reason.id],
    weekday: options.weekday ?? 2,
  });
  return { relais, animator, manager, site, reason, permanence };
}

type Setup = Awaited<ReturnType<typeof setup>>;

interface Slot {
  start: string;
  time: string;
  permanenceId: string;
  placeLabel: string;
  animatorFirstName: string;
}

async function slots(s: Setup, from = '2026-03-02', to = '2026-03-16') {
  const response = await t.app.inject({
    url: `/api/public/relais/${s.relais.slug}/appointment-slots?reasonId=${s.reason.id}&from=${from}&to=${to}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ days: { date: string; slots: Slot[] }[] }>().days;
}

async function book(s: Setup, start: string, overrides: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/public/relais/${s.relais.slug}/appointments`,
    payload: bookingBody({ reasonId: s.reason.id, permanenceId: s.permanence.id, start }, overrides),
  });
}

function tokenOf(manageUrl: string): string {
  return manageUrl.split('/rendez-vous/')[1]!;
}

async function appointmentsOf(relaisId: string) {
  return t.db.selectFrom('appointment').selectAll().where('relais_id', '=', relaisId).orderBy('created_at').execute();
}

async function holdsOf(appointmentId: string) {
  return t.db.selectFrom('appointment_hold').selectAll().where('appointment_id', '=', appointmentId).execute();
}

/** Messages of a relais to an address (tests share addresses, not relais). */
async function mailsTo(s: Setup, email: string, purpose?: string) {
  let q = t.db
    .selectFrom('outbox_message')
    .selectAll()
    .where('relais_id', '=', s.relais.id)
    .where('recipient', '=', email);
  if (purpose) q = q.where('purpose', '=', purpose);
  return q.orderBy('created_at').execute();
}

/** 10 March 2026, 09:00 Paris. */
const TUESDAY_10_0900 = '2026-03-10T08:00:00.000Z';

describe('free slots', () => {
  it('are offered day by day from the permanence start, stepping by the duration, within the notice', async () => {
    const s = await setup();
    const days = await slots(s);
    expect(days.map((d) => d.date)).toEqual(['2026-03-03', '2026-03-10']);
    expect(days[0]!.slots.map((x) => x.time)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(days[0]!.slots[0]).toMatchObject({
      start: '2026-03-03T08:00:00.000Z',
      placeLabel: 'Siège du relais',
      animatorFirstName: 'Julie',
      permanenceId: s.permanence.id,
    });
    // A 48-hour notice leaves out the first Tuesday (09:00 is 24 hours away).
    await t.db.updateTable('appointment_reason').set({ min_notice_hours: 48 }).where('id', '=', s.reason.id).execute();
    expect((await slots(s)).map((d) => d.date)).toEqual(['2026-03-10']);
  });

  it('skip public holidays and closures, and the school holidays when the permanence asks', async () => {
    const s = await setup();
    await t.db.updateTable('appointment_reason').set({ max_notice_days: 90 }).where('id', '=', s.reason.id).execute();
    await t.db
      .insertInto('permanence_closure')
      .values({
        id: crypto.randomUUID(),
        relais_id: s.relais.id,
        permanence_id: s.permanence.id,
        date: '2026-03-10',
        reason: 'Formation',
        created_at: NOW,
      })
      .execute();
    expect((await slots(s)).map((d) => d.date)).toEqual(['2026-03-03']);
    // The spring holidays of zone B run from 11 to 26 April 2026.
    expect((await slots(s, '2026-04-13', '2026-05-05')).map((d) => d.date)).toEqual([
      '2026-04-14',
      '2026-04-21',
      '2026-04-28',
      '2026-05-05',
    ]);
    await t.db.updateTable('permanence').set({ skip_school_holidays: 1 }).where('id', '=', s.permanence.id).execute();
    expect((await slots(s, '2026-04-13', '2026-05-05')).map((d) => d.date)).toEqual(['2026-04-28', '2026-05-05']);
  });

  it('answer a clear French error for a period too long, and 404 for a reason not open online', async () => {
    const s = await setup();
    const long = await t.app.inject({
      url: `/api/public/relais/${s.relais.slug}/appointment-slots?reasonId=${s.reason.id}&from=2026-03-02&to=2026-04-30`,
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toBe('Donnée incohérente — « to » : Période trop longue (35 jours au plus).');
    const staffOnly = await makeReason(t.db, s.relais.id, { label: 'Interne', bookableOnline: false });
    const hidden = await t.app.inject({
      url: `/api/public/relais/${s.relais.slug}/appointment-slots?reasonId=${staffOnly.id}`,
    });
    expect(hidden.statusCode).toBe(404);
    const reasons = await t.app.inject({ url: `/api/public/relais/${s.relais.slug}/appointment-reasons` });
    expect(reasons.json().reasons.map((r: { id: string }) => r.id)).toEqual([s.reason.id]);
  });
});

describe('booking online', () => {
  it('books a slot: the appointment, its cells, its history, a confirmation with an .ics and a link', async () => {
    const s = await setup();
    const response = await book(s, TUESDAY_10_0900);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.appointment).toMatchObject({
      date: '2026-03-10',
      startTime: '09:00',
      endTime: '09:30',
      placeLabel: 'Siège du relais',
      animatorFirstName: 'Julie',
      status: 'booked',
      canCancel: true,
    });
    expect(body.manageUrl).toMatch(/^http:\/\/relais\.test\/rendez-vous\/[\w-]{40,}$/);

    const [row] = await appointmentsOf(s.relais.id);
    expect(row).toMatchObject({
      status: 'booked',
      booked_via: 'online',
      person_name: 'Camille Dupont',
      animator_id: s.animator.id,
      starts_at: TUESDAY_10_0900,
      ends_at: '2026-03-10T08:30:00.000Z',
      // Two days before is Sunday 8 March: the reminder goes on Saturday 7 March at 09:00 Paris.
      reminder_due_at: '2026-03-07T08:00:00.000Z',
    });
    expect(row!.manage_token_hash).not.toContain(tokenOf(body.manageUrl));
    expect((await holdsOf(row!.id)).map((h) => h.cell_start).sort()).toEqual([
      '2026-03-10T08:00:00.000Z',
      '2026-03-10T08:05:00.000Z',
      '2026-03-10T08:10:00.000Z',
      '2026-03-10T08:15:00.000Z',
      '2026-03-10T08:20:00.000Z',
      '2026-03-10T08:25:00.000Z',
    ]);
    const events = await t.db
      .selectFrom('appointment_event')
      .selectAll()
      .where('appointment_id', '=', row!.id)
      .execute();
    expect(events.map((e) => e.kind)).toEqual(['booked']);

    const [mail] = await mailsTo(s, 'camille.dupont@exemple.test', 'appointment_booked');
    expect(mail!.subject).toBe('Votre rendez-vous du mardi 10 mars 2026 est confirmé');
    expect(mail!.text_body).toContain('le mardi 10 mars 2026 de 09 h 00 à 09 h 30');
    expect(mail!.text_body).toContain(body.manageUrl);
    const [ics] = attachmentsOf(mail!);
    expect(ics).toMatchObject({ filename: 'rendez-vous.ics' });
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(ics!.contentBase64, 'base64').toString('utf8')));
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`${row!.id}@relais`);
    expect(event.startDate.toJSDate().toISOString()).toBe(TUESDAY_10_0900);
    expect(event.location).toBe('Siège du relais');

    const summary = await t.app.inject({ url: `/api/public/appointments/${tokenOf(body.manageUrl)}` });
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({ status: 'booked', reasonLabel: 'Recherche d’un mode d’accueil' });
  });

  it('answers 409 in French when the slot was taken meanwhile, and no longer offers it', async () => {
    const s = await setup();
    expect((await book(s, TUESDAY_10_0900)).statusCode).toBe(201);
    const again = await book(s, TUESDAY_10_0900, { name: 'Louise Martin', email: 'louise@exemple.test' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'slot_taken' });
    expect(again.json().error.message).toContain('vient d’être réservé');
    expect(await appointmentsOf(s.relais.id)).toHaveLength(1);
    const tuesday10 = (await slots(s)).find((d) => d.date === '2026-03-10')!;
    expect(tuesday10.slots.map((x) => x.time)).toEqual(['09:30', '10:00', '10:30', '11:00', '11:30']);
  });

  it('refuses a start that is not a slot, within the notice, or a public the reason does not serve', async () => {
    const s = await setup();
    for (const start of ['2026-03-10T08:10:00.000Z', '2026-03-10T11:00:00.000Z', '2026-03-02T10:00:00.000Z']) {
      const response = await book(s, start);
      expect(response.statusCode, start).toBe(409);
      expect(response.json().error.code).toBe('slot_unavailable');
    }
    await t.db
      .updateTable('appointment_reason')
      .set({ audience: 'childminders' })
      .where('id', '=', s.reason.id)
      .execute();
    const wrongPublic = await book(s, TUESDAY_10_0900, { public: 'parent' });
    expect(wrongPublic.statusCode).toBe(400);
    expect(wrongPublic.json().error.fields[0].field).toBe('public');
    const noWayToCall = await book(s, TUESDAY_10_0900, { public: 'childminder', email: '', phone: '' });
    expect(noWayToCall.statusCode).toBe(400);
    expect(noWayToCall.json().error.fields[0].field).toBe('email');
    const noConsent = await book(s, TUESDAY_10_0900, { public: 'childminder', consent: false });
    expect(noConsent.statusCode).toBe(400);
    // At a distance, the relais must be able to call, or to send the video link.
    await t.db.updateTable('appointment_reason').set({ modes: 'phone,video' }).where('id', '=', s.reason.id).execute();
    const atDistance = (mode: string) =>
      t.db.updateTable('permanence').set({ mode, site_id: null }).where('id', '=', s.permanence.id).execute();
    await atDistance('phone');
    const noPhone = await book(s, TUESDAY_10_0900, { public: 'childminder', phone: '' });
    expect(noPhone.statusCode).toBe(400);
    expect(noPhone.json().error.fields).toEqual([
      { field: 'phone', message: 'Un rendez-vous par téléphone demande un numéro de téléphone.' },
    ]);
    await atDistance('video');
    const noEmail = await book(s, TUESDAY_10_0900, { public: 'childminder', email: '' });
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.json().error.fields[0].field).toBe('email');
    expect(await appointmentsOf(s.relais.id)).toHaveLength(0);
    expect((await book(s, TUESDAY_10_0900, { public: 'childminder', phone: '' })).statusCode).toBe(201);
  });
});

describe('the person’s link', () => {
  it('moves the appointment atomically: new cells, old one cancelled, history of both, the link follows', async () => {
    const s = await setup();
    const booked = (await book(s, TUESDAY_10_0900)).json();
    const token = tokenOf(booked.manageUrl);
    const [old] = await appointmentsOf(s.relais.id);

    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/public/appointments/${token}/move`,
      payload: { permanenceId: s.permanence.id, start: '2026-03-10T10:00:00.000Z' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ startTime: '11:00', status: 'booked' });

    const [before, after] = await appointmentsOf(s.relais.id);
    expect(before).toMatchObject({ id: old!.id, status: 'cancelled', cancelled_by: 'moved', manage_token_hash: null });
    expect(after).toMatchObject({ status: 'booked', moved_from_id: old!.id, starts_at: '2026-03-10T10:00:00.000Z' });
    expect(await holdsOf(old!.id)).toHaveLength(0);
    expect(await holdsOf(after!.id)).toHaveLength(6);
    const kinds = async (id: string) =>
      (await t.db.selectFrom('appointment_event').select('kind').where('appointment_id', '=', id).execute()).map(
        (e) => e.kind,
      );
    expect(await kinds(old!.id)).toEqual(['booked', 'moved']);
    expect(await kinds(after!.id)).toEqual(['booked']);
    expect((await t.app.inject({ url: `/api/public/appointments/${token}` })).json().startTime).toBe('11:00');
    expect(await mailsTo(s, 'camille.dupont@exemple.test', 'appointment_moved')).toHaveLength(1);
    // The old time is free again.
    expect((await slots(s)).find((d) => d.date === '2026-03-10')!.slots[0]!.time).toBe('09:00');
  });

  it('refuses to move onto a taken slot, changing nothing', async () => {
    const s = await setup();
    const mine = (await book(s, TUESDAY_10_0900)).json();
    expect((await book(s, '2026-03-10T09:00:00.000Z', { email: 'autre@exemple.test' })).statusCode).toBe(201);
    const before = await appointmentsOf(s.relais.id);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/public/appointments/${tokenOf(mine.manageUrl)}/move`,
      payload: { permanenceId: s.permanence.id, start: '2026-03-10T09:00:00.000Z' },
    });
    expect(response.statusCode).toBe(409);
    expect(await appointmentsOf(s.relais.id)).toEqual(before);
    expect(await holdsOf(before[0]!.id)).toHaveLength(6);
  });

  it('cancels, frees the slot, tells the waiting list once, and cannot cancel twice', async () => {
    const s = await setup();
    const booked = (await book(s, TUESDAY_10_0900)).json();
    const waitlist = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/public/relais/${s.relais.slug}/appointment-waitlist`,
        payload: { reasonId: s.reason.id, consent: true, ...payload },
      });
    expect(
      (await waitlist({ name: 'Léa Morin', email: 'lea@exemple.test', from: '2026-03-09', to: '2026-03-13' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await waitlist({ name: 'Hugo Petit', email: 'hugo@exemple.test', from: '2026-03-16', to: '2026-03-20' }))
        .statusCode,
    ).toBe(201);

    const token = tokenOf(booked.manageUrl);
    const cancelled = await t.app.inject({ method: 'POST', url: `/api/public/appointments/${token}/cancel` });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', canCancel: false });
    const [row] = await appointmentsOf(s.relais.id);
    expect(row).toMatchObject({ status: 'cancelled', cancelled_by: 'person' });
    expect(await holdsOf(row!.id)).toHaveLength(0);
    expect((await slots(s)).find((d) => d.date === '2026-03-10')!.slots).toHaveLength(6);

    const freed = await mailsTo(s, 'lea@exemple.test', 'appointment_slot_freed');
    expect(freed).toHaveLength(1);
    expect(freed[0]!.text_body).toContain(`/r/${s.relais.slug}/rendez-vous?motif=${s.reason.id}&date=2026-03-10`);
    expect(await mailsTo(s, 'hugo@exemple.test', 'appointment_slot_freed')).toHaveLength(0);
    const lea = await t.db
      .selectFrom('appointment_waitlist')
      .selectAll()
      .where('email', '=', 'lea@exemple.test')
      .executeTakeFirstOrThrow();
    expect(lea.notified_at).toBe(NOW);

    const twice = await t.app.inject({ method: 'POST', url: `/api/public/appointments/${token}/cancel` });
    expect(twice.statusCode).toBe(409);
    expect(await mailsTo(s, 'lea@exemple.test', 'appointment_slot_freed')).toHaveLength(1);

    // Leaving the waiting list by the link of its e-mail.
    const [welcome] = await mailsTo(s, 'hugo@exemple.test', 'appointment_waitlist');
    const leaveToken = /\/rendez-vous\/liste-attente\/([\w-]+)/.exec(welcome!.text_body)![1]!;
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/public/appointment-waitlist/${leaveToken}` })).statusCode,
    ).toBe(204);
    const hugo = await t.db
      .selectFrom('appointment_waitlist')
      .selectAll()
      .where('token_hash', '!=', lea.token_hash)
      .where('relais_id', '=', s.relais.id)
      .executeTakeFirstOrThrow();
    expect(hugo.removed_at).toBe(NOW);
    expect(hugo.email).toBe('');
    const unknown = await t.app.inject({ method: 'DELETE', url: `/api/public/appointment-waitlist/${'x'.repeat(43)}` });
    expect(unknown.statusCode).toBe(404);
  });

  it('answers 404 for an unknown link', async () => {
    const response = await t.app.inject({ url: `/api/public/appointments/${'A'.repeat(43)}` });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('introuvable');
  });
});

describe('the staff', () => {
  it('configure reasons and permanences, with French errors, closures, and archives once used', async () => {
    const s = await setup();
    const headers = (await login(t.app, s.manager.email)).headers;
    const base = `/api/relais/${s.relais.id}`;
    const bad = await t.app.inject({
      method: 'POST',
      url: `${base}/appointment-reasons`,
      headers,
      payload: { label: 'Contrat', durationMinutes: 32, modes: ['phone'], audience: 'families' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe(
      'Donnée incohérente — « durationMinutes » : La durée doit être un multiple de 5 minutes.',
    );
    const created = await t.app.inject({
      method: 'POST',
      url: `${base}/appointment-reasons`,
      headers,
      payload: { label: 'Contrat et rémunération', durationMinutes: 45, modes: ['phone'], audience: 'families' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ minNoticeHours: 24, maxNoticeDays: 60, bookableOnline: true, used: false });
    const reasonId = created.json().id as string;

    const permanence = {
      animatorId: s.animator.id,
      siteId: s.site.id,
      mode: 'phone',
      weekday: 4,
      startTime: '14:00',
      endTime: '16:00',
      validFrom: '2026-03-01',
      reasonIds: [reasonId],
    };
    const wrong = await t.app.inject({ method: 'POST', url: `${base}/permanences`, headers, payload: permanence });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].field).toBe('siteId');
    const made = await t.app.inject({
      method: 'POST',
      url: `${base}/permanences`,
      headers,
      payload: { ...permanence, siteId: null },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ weekdayLabel: 'jeudi', modeLabel: 'Par téléphone', used: false });
    const permanenceId = made.json().id as string;

    const closure = await t.app.inject({
      method: 'POST',
      url: `${base}/permanences/${permanenceId}/closures`,
      headers,
      payload: { date: '2026-03-05', reason: 'Réunion d’équipe' },
    });
    expect(closure.statusCode).toBe(201);
    const duplicate = await t.app.inject({
      method: 'POST',
      url: `${base}/permanences/${permanenceId}/closures`,
      headers,
      payload: { date: '2026-03-05' },
    });
    expect(duplicate.statusCode).toBe(409);
    const slotsOfThursday = await t.app.inject({
      url: `/api/public/relais/${s.relais.slug}/appointment-slots?reasonId=${reasonId}&from=2026-03-02&to=2026-03-13`,
    });
    expect(slotsOfThursday.json().days.map((d: { date: string }) => d.date)).toEqual(['2026-03-12']);

    // The original reason has an appointment: deleting it is refused, archiving hides it.
    expect((await book(s, TUESDAY_10_0900)).statusCode).toBe(201);
    // Closing a day with an appointment already booked says so, and cancels nothing by itself.
    const closingBooked = await t.app.inject({
      method: 'POST',
      url: `${base}/permanences/${s.permanence.id}/closures`,
      headers,
      payload: { date: '2026-03-10', reason: 'Formation' },
    });
    expect(closingBooked.statusCode).toBe(201);
    expect(closingBooked.json().bookedAppointments).toBe(1);
    expect(closure.json().bookedAppointments).toBe(0);
    const stillBooked = await t.db
      .selectFrom('appointment')
      .select('status')
      .where('reason_id', '=', s.reason.id)
      .execute();
    expect(stillBooked.map((a) => a.status)).toEqual(['booked']);
    const refused = await t.app.inject({
      method: 'DELETE',
      url: `${base}/appointment-reasons/${s.reason.id}`,
      headers,
    });
    expect(refused.statusCode).toBe(409);
    expect(
      (
        await t.app.inject({ method: 'POST', url: `${base}/appointment-reasons/${s.reason.id}/archive`, headers })
      ).json().archived,
    ).toBe(true);
    const publicReasons = await t.app.inject({ url: `/api/public/relais/${s.relais.slug}/appointment-reasons` });
    expect(publicReasons.json().reasons.map((r: { id: string }) => r.id)).toEqual([reasonId]);
    const deleted = await t.app.inject({ method: 'DELETE', url: `${base}/permanences/${permanenceId}`, headers });
    expect(deleted.statusCode).toBe(204);
  });

  it('book by phone without minimum notice, see the agenda, and mark the outcome: one contact, once', async () => {
    const s = await setup({ weekday: 1 });
    const session = await login(t.app, s.manager.email);
    const base = `/api/relais/${s.relais.id}`;
    // The public cannot book today (24 h notice); the staff can, from the next slot on.
    expect(await slots(s, '2026-03-02', '2026-03-02')).toEqual([]);
    const staffSlots = await t.app.inject({
      url: `${base}/appointment-slots?reasonId=${s.reason.id}&from=2026-03-02&to=2026-03-02`,
      headers: session.headers,
    });
    expect(staffSlots.json().days[0].slots.map((x: { time: string }) => x.time)).toEqual([
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ]);
    const booked = await t.app.inject({
      method: 'POST',
      url: `${base}/appointments`,
      headers: session.headers,
      payload: {
        reasonId: s.reason.id,
        permanenceId: s.permanence.id,
        start: '2026-03-02T08:30:00.000Z',
        name: 'Anne Girard',
        email: '',
        phone: '06 11 22 33 44',
        public: 'future_parent',
        inseeCode: '85191',
      },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json()).toMatchObject({ bookedVia: 'staff', bookedBy: 'Claire Martineau', reminderDueAt: null });
    const id = booked.json().id as string;

    const agenda = await t.app.inject({
      url: `${base}/appointments?from=2026-03-02&to=2026-03-08`,
      headers: session.headers,
    });
    expect(agenda.statusCode).toBe(200);
    expect(agenda.json().appointments.map((a: { person: { name: string } }) => a.person.name)).toEqual(['Anne Girard']);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('summary')
      .where('relais_id', '=', s.relais.id)
      .where('action', '=', 'read')
      .execute();
    expect(audit.some((a) => a.summary.startsWith('Consultation de l’agenda des rendez-vous'))).toBe(true);
    const tooLong = await t.app.inject({
      url: `${base}/appointments?from=2026-03-01&to=2026-04-15`,
      headers: session.headers,
    });
    expect(tooLong.statusCode).toBe(400);

    const mark = (status: string) =>
      t.app.inject({
        method: 'POST',
        url: `${base}/appointments/${id}/status`,
        headers: session.headers,
        payload: { status },
      });
    expect((await mark('honoured')).statusCode).toBe(409); // not started yet
    t.clock.set('2026-03-02T09:05:00.000Z');
    const honoured = await mark('honoured');
    expect(honoured.statusCode, honoured.body).toBe(200);
    expect((await mark('honoured')).statusCode).toBe(200);
    expect((await mark('missed')).statusCode).toBe(409);
    const contacts = await t.db.selectFrom('contact').selectAll().where('relais_id', '=', s.relais.id).execute();
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      channel: 'appointment',
      public: 'future_parent',
      insee_code: '85191',
      occurred_at: '2026-03-02T08:30:00.000Z',
    });
    const subjects = await t.db
      .selectFrom('contact_subject_link as l')
      .innerJoin('contact_subject as c', 'c.id', 'l.subject_id')
      .select('c.code')
      .where('l.contact_id', '=', contacts[0]!.id)
      .execute();
    expect(subjects).toEqual([{ code: 'care_search' }]);
    const row = await t.db.selectFrom('appointment').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'honoured', contact_id: contacts[0]!.id });

    const detail = await t.app.inject({ url: `${base}/appointments/${id}`, headers: session.headers });
    expect(detail.json().events.map((e: { kind: string }) => e.kind)).toEqual(['booked', 'honoured']);
  });

  it('cancel an appointment and the person is told by e-mail', async () => {
    const s = await setup();
    expect((await book(s, TUESDAY_10_0900)).statusCode).toBe(201);
    const [row] = await appointmentsOf(s.relais.id);
    const session = await login(t.app, s.manager.email);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${s.relais.id}/appointments/${row!.id}/status`,
      headers: session.headers,
      payload: { status: 'cancelled', reason: 'Animatrice absente' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'staff' });
    const [mail] = await mailsTo(s, 'camille.dupont@exemple.test', 'appointment_cancelled');
    expect(mail!.text_body).toContain('Motif : Animatrice absente');
    expect(await holdsOf(row!.id)).toHaveLength(0);
  });

  it('never show the appointments of relais A to the manager of relais B', async () => {
    const a = await setup();
    const b = await setup();
    expect((await book(a, TUESDAY_10_0900)).statusCode).toBe(201);
    const [row] = await appointmentsOf(a.relais.id);
    const sessionB = await login(t.app, b.manager.email);
    const other = await t.app.inject({
      url: `/api/relais/${a.relais.id}/appointments/${row!.id}`,
      headers: sessionB.headers,
    });
    expect(other.statusCode).toBe(403);
    const own = await t.app.inject({
      url: `/api/relais/${b.relais.id}/appointments/${row!.id}`,
      headers: sessionB.headers,
    });
    expect(own.statusCode).toBe(404);
  });
});

describe('jobs', () => {
  it('send each due reminder once, even when two instances run at the same time', async () => {
    const s = await setup();
    expect((await book(s, TUESDAY_10_0900)).statusCode).toBe(201);
    t.clock.set('2026-03-07T07:59:00.000Z');
    expect(await sendDueReminders(t.app.ctx)).toBe(0);
    t.clock.set('2026-03-07T08:00:00.000Z');
    // Other tests' appointments of the same day are due too: every one is sent exactly once.
    const due = await t.db
      .selectFrom('appointment')
      .select('id')
      .where('status', '=', 'booked')
      .where('reminder_due_at', '<=', '2026-03-07T08:00:00.000Z')
      .where('reminder_sent_at', 'is', null)
      .execute();
    expect(due.length).toBeGreaterThanOrEqual(1);
    const sent = await Promise.all([sendDueReminders(t.app.ctx), sendDueReminders(t.app.ctx)]);
    expect(sent[0]! + sent[1]!).toBe(due.length);
    expect(await sendDueReminders(t.app.ctx)).toBe(0);
    const reminded = await t.db
      .selectFrom('appointment_event')
      .select(['appointment_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('kind', '=', 'reminded')
      .groupBy('appointment_id')
      .execute();
    expect(reminded.map((r) => Number(r.n))).toEqual(due.map(() => 1));
    const reminders = await mailsTo(s, 'camille.dupont@exemple.test', 'appointment_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toBe('Rappel : votre rendez-vous du mardi 10 mars 2026');
    const [row] = await appointmentsOf(s.relais.id);
    expect(row!.reminder_sent_at).toBe('2026-03-07T08:00:00.000Z');
    expect(await t.app.jobs.tick()).toContain('appointments.remind');
  });

  it('blank the person of appointments older than the retention delay, and forget stale waiting lists', async () => {
    const s = await setup();
    expect((await book(s, TUESDAY_10_0900)).statusCode).toBe(201);
    await t.db.updateTable('relais').set({ family_retention_months: 6 }).where('id', '=', s.relais.id).execute();
    t.clock.set('2026-09-09T08:00:00.000Z');
    expect(await anonymiseOldAppointments(t.app.ctx)).toBe(0);
    t.clock.set('2026-09-11T08:00:00.000Z');
    expect(await anonymiseOldAppointments(t.app.ctx)).toBeGreaterThanOrEqual(1);
    const [row] = await appointmentsOf(s.relais.id);
    expect(row).toMatchObject({
      person_name: 'Personne anonymisée',
      person_email: '',
      person_phone: '',
      person_note: '',
    });
    expect(row!.anonymised_at).not.toBeNull();
    expect(row!.status).toBe('booked');
  });
});

describe('the iCalendar feed', () => {
  it('serves an animator’s appointments to a real iCalendar parser, and dies when regenerated', async () => {
    const s = await setup();
    const kept = (await book(s, TUESDAY_10_0900)).json();
    const dropped = (await book(s, '2026-03-10T09:00:00.000Z', { name: 'Léon Bernard Roy' })).json();
    await t.app.inject({ method: 'POST', url: `/api/public/appointments/${tokenOf(dropped.manageUrl)}/cancel` });
    const session = await login(t.app, s.animator.email);
    expect((await t.app.inject({ url: '/api/me/calendar-feed', headers: session.headers })).json()).toEqual({
      active: false,
      createdAt: null,
    });
    const created = await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: session.headers });
    expect(created.statusCode).toBe(201);
    const url = new URL(created.json().url as string);
    expect(url.pathname).toMatch(/^\/api\/calendar\/[\w-]{40,}\.ics$/);

    const feed = await t.app.inject({ url: url.pathname });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toMatch(/^DTSTART:20260310T080000Z\r?$/m);
    const events = new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents('vevent')
      .map((v) => ({ event: new ICAL.Event(v), status: v.getFirstPropertyValue('status') }));
    const rows = await appointmentsOf(s.relais.id);
    expect(events.map((e) => e.event.uid).sort()).toEqual(rows.map((r) => `${r.id}@relais`).sort());
    const first = events.find((e) => e.event.startDate.toJSDate().toISOString() === TUESDAY_10_0900)!;
    expect(first.event.summary).toBe('Recherche d’un mode d’accueil — Camille D.');
    expect(first.event.location).toBe('Siège du relais');
    expect(first.status).toBe('CONFIRMED');
    const second = events.find((e) => e.event.startDate.toJSDate().toISOString() === '2026-03-10T09:00:00.000Z')!;
    expect(second.event.summary).toBe('Recherche d’un mode d’accueil — Léon B.');
    expect(second.status).toBe('CANCELLED');
    expect(feed.body).not.toContain('camille.dupont@exemple.test');
    expect(feed.body).not.toContain('06 12 34 56 78');
    expect(kept.appointment.status).toBe('booked');

    const regenerated = await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: session.headers });
    expect((await t.app.inject({ url: url.pathname })).statusCode).toBe(404);
    const fresh = new URL(regenerated.json().url as string).pathname;
    expect((await t.app.inject({ url: fresh })).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/me/calendar-feed', headers: session.headers })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: fresh })).statusCode).toBe(404);
  });
});
