import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeChildminder, makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';

// The test clock is 2026-03-02T08:00:00Z (09:00 in Paris, a Monday).
let t: TestApp;
let relais: { id: string; slug: string };
let animator: Session;
let animatorId: string;
let manager: Session;
let subjects: { id: string; code: string | null; label: string }[];

const subject = (code: string) => subjects.find((s) => s.code === code)!.id;
const url = (path = '') => `/api/relais/${relais.id}/requests${path}`;
const publicUrl = (slug = relais.slug) => `/api/public/relais/${slug}/requests`;

function form(overrides: Record<string, unknown> = {}) {
  return {
    public: 'parent',
    name: 'Camille Testeuse',
    email: 'camille@exemple.fr',
    phone: '',
    inseeCode: '85003',
    subjectIds: [subject('care_search')],
    childAgeMonths: 5,
    expectedBirthOn: null,
    needs: 'Nous cherchons une assistante maternelle à Aizenay pour septembre, 4 jours par semaine.',
    answerChannel: 'email',
    consent: true,
    ...overrides,
  };
}

async function send(payload: unknown, slug = relais.slug) {
  t.clock.advance(1000);
  return t.app.inject({ method: 'POST', url: publicUrl(slug), payload: payload as object });
}
async function post(path: string, payload: unknown = {}, session = animator) {
  // A second between two actions, as in life: the history lists them in order.
  t.clock.advance(1000);
  return t.app.inject({ method: 'POST', url: url(path), payload: payload as object, headers: session.headers });
}
async function get(path = '', session = animator) {
  return t.app.inject({ method: 'GET', url: url(path), headers: session.headers });
}
/** A request typed in by the animator; returns its id. */
async function entered(overrides: Record<string, unknown> = {}) {
  const r = await post('', {
    source: 'monenfant',
    public: 'parent',
    name: 'Louise Essai',
    email: 'louise@exemple.fr',
    subjectIds: [subject('care_search')],
    inseeCode: '85191',
    ...overrides,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

const requestRows = () => t.db.selectFrom('request').selectAll().where('relais_id', '=', relais.id).execute();
const contactsOf = (requestId: string) =>
  t.db
    .selectFrom('contact')
    .innerJoin('request', 'request.contact_id', 'contact.id')
    .select([
      'contact.id',
      'contact.channel',
      'contact.public',
      'contact.insee_code',
      'contact.outcome',
      'contact.family_id',
      'contact.recorded_by',
    ])
    .where('request.id', '=', requestId)
    .execute();
const allContacts = () => t.db.selectFrom('contact').select('id').where('relais_id', '=', relais.id).execute();

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db, {
    name: 'Relais Petite Enfance du Bocage',
    communes: [
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
      { inseeCode: '85003', name: 'Aizenay' },
    ],
  });
  const account = await makeUser(t.db, { role: 'animator', relaisId: relais.id, displayName: 'Léa Animatrice' });
  animatorId = account.id;
  animator = await login(t.app, account.email);
  manager = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: relais.id })).email);
  subjects = (
    await t.app.inject({ url: `/api/relais/${relais.id}/contact-subjects`, headers: animator.headers })
  ).json().subjects;
});
afterEach(() => t.close());

describe(`public request form on ${testEngine()}`, () => {
  it('offers the communes of the territory and the subjects still in use', async () => {
    await t.db
      .updateTable('contact_subject')
      .set({ archived_at: '2026-01-01T00:00:00.000Z' })
      .where('id', '=', subject('training'))
      .execute();
    const r = await t.app.inject({ url: `/api/public/relais/${relais.slug}/request-form` });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.relais.name).toBe('Relais Petite Enfance du Bocage');
    expect(body.communes).toEqual([
      { inseeCode: '85003', name: 'Aizenay' },
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
    ]);
    expect(body.subjects).toHaveLength(9);
    expect(body.subjects.map((s: { id: string }) => s.id)).not.toContain(subject('training'));
  });

  it('stores a request as new, from the form, and confirms it by e-mail without echoing what was typed', async () => {
    const r = await send(form({ subjectIds: [subject('care_search'), subject('benefits')] }));
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().message).toMatch(/Votre demande a bien été envoyée/);

    const [row] = await requestRows();
    expect(row).toMatchObject({
      source: 'online',
      public: 'parent',
      name: 'Camille Testeuse',
      email: 'camille@exemple.fr',
      insee_code: '85003',
      child_age_months: 5,
      answer_channel: 'email',
      status: 'new',
      consent_at: '2026-03-02T08:00:01.000Z',
      received_at: '2026-03-02T08:00:01.000Z',
      created_by: null,
      contact_id: null,
    });
    const links = await t.db
      .selectFrom('request_subject')
      .select('subject_id')
      .where('request_id', '=', row!.id)
      .execute();
    expect(links.map((l) => l.subject_id).sort()).toEqual([subject('care_search'), subject('benefits')].sort());
    const events = await t.db.selectFrom('request_event').selectAll().where('request_id', '=', row!.id).execute();
    expect(events).toMatchObject([{ kind: 'created', actor_id: null, detail: 'Formulaire en ligne' }]);

    const mail = await t.db.selectFrom('outbox_message').selectAll().execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      purpose: 'request_confirmation',
      recipient: 'camille@exemple.fr',
      subject: 'Votre demande au Relais Petite Enfance du Bocage',
    });
    expect(mail[0]!.text_body).toContain('Recherche d’un mode d’accueil, Aides et démarches (CMG, Pajemploi)');
    expect(mail[0]!.text_body).toContain('vous répondra par e-mail');
    expect(mail[0]!.text_body).not.toContain('Camille');
    expect(mail[0]!.text_body).not.toContain('septembre');
    const audit = await t.db
      .selectFrom('audit_event')
      .select('summary')
      .where('action', '=', 'request.received')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('takes a phone number alone (no e-mail sent), and a future parent’s expected birth', async () => {
    const r = await send(
      form({
        public: 'future_parent',
        email: '',
        phone: '06 12 34 56 78',
        answerChannel: 'phone',
        childAgeMonths: null,
        expectedBirthOn: '2026-07-20',
      }),
    );
    expect(r.statusCode, r.body).toBe(201);
    expect((await requestRows())[0]).toMatchObject({ expected_birth_on: '2026-07-20', phone: '06 12 34 56 78' });
    expect(await t.db.selectFrom('outbox_message').select('id').execute()).toHaveLength(0);
  });

  it('refuses junk with a French message naming the field, and stores nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ consent: false }, 'consent', /Votre accord est nécessaire/],
      [{ consent: undefined }, 'consent', /Votre accord est nécessaire/],
      [{ email: '', phone: '' }, 'email', /adresse e-mail ou un numéro de téléphone/],
      [{ answerChannel: 'phone' }, 'phone', /numéro de téléphone auquel rappeler/],
      [{ email: 'pas-une-adresse' }, 'email', /Adresse e-mail invalide/],
      [{ name: 'x' }, 'name', /Indiquez votre nom/],
      [{ public: 'partner' }, 'public', /Précisez qui vous êtes/],
      [{ subjectIds: [] }, 'subjectIds', /au moins un thème/],
      [{ subjectIds: [crypto.randomUUID()] }, 'subjectIds', /Thème inconnu/],
      [{ public: 'childminder' }, 'childAgeMonths', /ne concerne que les parents/],
      [{ childAgeMonths: 500 }, 'childAgeMonths', /Âge invalide/],
      [{ childAgeMonths: null, expectedBirthOn: '2028-01-01' }, 'expectedBirthOn', /dix mois/],
      [{ needs: 'x'.repeat(2001) }, 'needs', /Texte trop long/],
      [{ inseeCode: '<script>' }, 'inseeCode', /Code INSEE invalide/],
    ];
    for (const [overrides, field, message] of cases) {
      const r = await send(form(overrides));
      expect(r.statusCode, JSON.stringify(overrides)).toBe(400);
      const error = r.json().error;
      expect(error.message, JSON.stringify(overrides)).toMatch(message);
      expect(error.fields[0].field).toBe(field);
    }
    for (const junk of ['{', '[]', 'null', '"texte"']) {
      const r = await t.app.inject({
        method: 'POST',
        url: publicUrl(),
        payload: junk,
        headers: { 'content-type': 'application/json' },
      });
      expect(r.statusCode, junk).toBe(400);
      expect(r.json().error.message).toMatch(/[ÉéàJ]/);
    }
    expect((await send(form(), 'relais-inconnu')).statusCode).toBe(404);
    expect(await requestRows()).toEqual([]);
    expect(await t.db.selectFrom('outbox_message').select('id').execute()).toEqual([]);
  });

  it('refuses a subject the relais archived, and a commune outside its territory, saying where to go', async () => {
    await t.db
      .updateTable('contact_subject')
      .set({ archived_at: '2026-01-01T00:00:00.000Z' })
      .where('id', '=', subject('training'))
      .execute();
    expect((await send(form({ subjectIds: [subject('training')] }))).statusCode).toBe(400);
    const outside = await send(form({ inseeCode: '85194' }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({
      code: 'commune_outside_territory',
      message:
        "Les Sables-d'Olonne n’est pas sur le territoire du Relais Petite Enfance du Bocage : adressez-vous au relais petite enfance de votre commune.",
      fields: [{ field: 'inseeCode' }],
    });
    // A commune of another relais of the platform is refused the same way.
    await makeRelais(t.db, { communes: [{ inseeCode: '85092', name: 'Fontenay-le-Comte' }] });
    expect((await send(form({ inseeCode: '85092' }))).json().error.code).toBe('commune_outside_territory');
    expect(await requestRows()).toEqual([]);
  });

  it('answers a robot that fills the hidden field as if all went well, and keeps nothing', async () => {
    const r = await send(form({ website: 'http://spam.example' }));
    expect(r.statusCode).toBe(201);
    expect(await requestRows()).toEqual([]);
    expect(await t.db.selectFrom('outbox_message').select('id').execute()).toEqual([]);
  });

  it('limits how many requests one client sends per minute, in French', async () => {
    const limited = await createTestApp({ config: { authRateLimitPerMinute: 3 } });
    try {
      const other = await makeRelais(limited.db, { communes: [{ inseeCode: '85003', name: 'Aizenay' }] });
      const form0 = await limited.app.inject({ url: `/api/public/relais/${other.slug}/request-form` });
      const subjectId = form0.json().subjects[0].id as string;
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.app.inject({
          method: 'POST',
          url: `/api/public/relais/${other.slug}/requests`,
          payload: form({ subjectIds: [subjectId] }),
        });
        codes.push(r.statusCode);
        if (r.statusCode === 429) expect(r.json().error.message).toMatch(/Trop de tentatives/);
      }
      expect(codes).toEqual([201, 201, 201, 429, 429]);
      expect(await limited.db.selectFrom('request').select('id').execute()).toHaveLength(3);
    } finally {
      await limited.close();
    }
  });
});

describe(`staff inbox on ${testEngine()}`, () => {
  it('enters a request from monenfant.fr in a few fields, and lists it with counts per status', async () => {
    const id = await entered({ name: '', email: '', phone: '02 51 00 00 00', inseeCode: null, source: 'monenfant' });
    const detail = (await get(`/${id}`)).json();
    expect(detail).toMatchObject({
      source: 'monenfant',
      sourceLabel: 'monenfant.fr',
      publicLabel: 'Parent',
      answerChannel: 'phone',
      status: 'new',
      statusLabel: 'Nouvelle',
      assignee: null,
      subjects: [{ id: subject('care_search'), label: 'Recherche d’un mode d’accueil' }],
      events: [{ kind: 'created', label: 'Demande reçue', actor: 'Léa Animatrice', detail: 'monenfant.fr' }],
      messages: [],
    });
    expect(detail.assignees.map((a: { name: string }) => a.name)).toContain('Léa Animatrice');

    await send(form());
    const list = (await get()).json();
    expect(list.total).toBe(2);
    expect(list.counts).toEqual({ new: 2, assigned: 0, answered: 0, closed: 0 });
    expect(list.requests[0]).toMatchObject({ source: 'online', name: 'Camille Testeuse', communeName: 'Aizenay' });
    const reads = await t.db
      .selectFrom('audit_event')
      .select('summary')
      .where('action', '=', 'read')
      .where('subject_type', '=', 'request')
      .execute();
    expect(reads.map((r) => r.summary)).toEqual([
      'Consultation d’une demande (Parent, monenfant.fr)',
      'Consultation des demandes (2 sur 2)',
    ]);
  });

  it('refuses a request received in the future, or from an unknown commune', async () => {
    const base = { source: 'email', public: 'parent', email: 'a@exemple.fr', subjectIds: [subject('care_search')] };
    const future = await post('', { ...base, receivedAt: '2026-03-03T08:00:00Z' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].field).toBe('receivedAt');
    const commune = await post('', { ...base, inseeCode: '99999' });
    expect(commune.statusCode).toBe(400);
    expect(commune.json().error.code).toBe('unknown_commune');
    expect(await requestRows()).toEqual([]);
  });

  it('assigns to a colleague who handles requests, filters by assignee and status, and keeps the history', async () => {
    const first = await entered();
    await entered({ name: 'Autre Famille' });
    const viewer = await makeUser(t.db, { role: 'viewer', relaisId: relais.id });
    const elsewhere = await makeRelais(t.db);
    const stranger = await makeUser(t.db, { role: 'animator', relaisId: elsewhere.id });
    for (const accountId of [viewer.id, stranger.id, crypto.randomUUID()]) {
      const refused = await post(`/${first}/assign`, { accountId });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields[0]).toEqual({
        field: 'accountId',
        message: 'Ce compte ne peut pas traiter les demandes de ce relais.',
      });
    }

    const assigned = await post(`/${first}/assign`, { accountId: animatorId }, manager);
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ status: 'assigned', assignee: { id: animatorId, name: 'Léa Animatrice' } });

    const mine = (await get(`?assignee=${animatorId}`)).json();
    expect(mine.requests.map((r: { id: string }) => r.id)).toEqual([first]);
    expect(mine.counts).toEqual({ new: 0, assigned: 1, answered: 0, closed: 0 });
    const unassigned = (await get('?assignee=none&status=new')).json();
    expect(unassigned.total).toBe(1);
    expect(unassigned.requests[0].name).toBe('Autre Famille');

    const back = await post(`/${first}/assign`, { accountId: null });
    expect(back.json()).toMatchObject({ status: 'new', assignee: null });
    const events = (await get(`/${first}`)).json().events;
    expect(events.map((e: { kind: string; detail: string }) => [e.kind, e.detail])).toEqual([
      ['created', 'monenfant.fr'],
      ['assigned', 'à Léa Animatrice'],
      ['assigned', 'retirée'],
    ]);
  });

  it('answers by e-mail: the message is queued to the requester, kept with its author, and the request is answered', async () => {
    const id = await entered();
    const text = 'Bonjour,\n\nVoici la liste des assistantes maternelles disponibles à La Roche-sur-Yon.';
    const r = await post(`/${id}/answers`, { text });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      status: 'answered',
      messages: [{ author: 'Léa Animatrice', to: 'louise@exemple.fr', text }],
    });
    const [message] = await t.db.selectFrom('request_message').selectAll().where('request_id', '=', id).execute();
    expect(message).toMatchObject({ author_id: animatorId, recipient: 'louise@exemple.fr', body: text });
    const outbox = await t.db
      .selectFrom('outbox_message')
      .selectAll()
      .where('id', '=', message!.outbox_message_id!)
      .executeTakeFirstOrThrow();
    expect(outbox).toMatchObject({ purpose: 'request_answer', recipient: 'louise@exemple.fr', relais_id: relais.id });
    expect(outbox.subject).toBe('Réponse à votre demande — Relais Petite Enfance du Bocage');
    expect(outbox.text_body).toContain('Bonjour Louise Essai,');
    expect(outbox.text_body).toContain('Voici la liste des assistantes maternelles disponibles');
    expect(outbox.text_body).toContain('Léa Animatrice, Relais Petite Enfance du Bocage');
    // The delivery job sends it.
    await t.app.jobs.tick();
    expect(t.mail.sent.map((m) => m.to)).toContain('louise@exemple.fr');
  });

  it('counts the first answer as one contact of the log, never twice, in the statistics', async () => {
    const id = await entered({ inseeCode: '85003', subjectIds: [subject('care_search'), subject('contract')] });
    const [a, b] = await Promise.all([
      post(`/${id}/answers`, { text: 'Première réponse.' }),
      post(`/${id}/answers`, { text: 'Seconde réponse, au même instant.' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    await post(`/${id}/answers`, { text: 'Une précision.' });
    await post(`/${id}/close`, { outcome: 'childminder_list' });

    const contacts = await contactsOf(id);
    expect(contacts).toEqual([
      expect.objectContaining({
        channel: 'online_request',
        public: 'parent',
        insee_code: '85003',
        outcome: 'informed',
        recorded_by: animatorId,
      }),
    ]);
    expect(await allContacts()).toHaveLength(1);
    const links = await t.db
      .selectFrom('contact_subject_link')
      .select('subject_id')
      .where('contact_id', '=', contacts[0]!.id)
      .execute();
    expect(links.map((l) => l.subject_id).sort()).toEqual([subject('care_search'), subject('contract')].sort());
    expect((await get(`/${id}`)).json().contactId).toBe(contacts[0]!.id);

    const stats = (
      await t.app.inject({ url: `/api/relais/${relais.id}/reports/contacts?year=2026`, headers: manager.headers })
    ).json();
    expect(stats.total).toBe(1);
    expect(stats.byChannel.find((c: { key: string }) => c.key === 'online_request').count).toBe(1);
    expect(stats.indicators.find((c: { key: string }) => c.key === 'care_requests').count).toBe(1);
  });

  it('counts a request closed without answer with its outcome and the channel of its source; reopens and closes again without a second contact', async () => {
    const id = await entered({ source: 'phone', email: '', phone: '06 00 00 00 00' });
    await post(`/${id}/assign`, { accountId: animatorId });
    const noEmail = await post(`/${id}/answers`, { text: 'Réponse impossible.' });
    expect(noEmail.statusCode).toBe(409);
    expect(noEmail.json().error.message).toMatch(/n’a pas d’adresse e-mail/);

    const closed = await post(`/${id}/close`, { outcome: 'appointment', note: 'Rendez-vous proposé jeudi.' });
    expect(closed.json()).toMatchObject({
      status: 'closed',
      outcome: 'appointment',
      outcomeLabel: 'Rendez-vous proposé',
      closingNote: 'Rendez-vous proposé jeudi.',
    });
    expect(await contactsOf(id)).toEqual([expect.objectContaining({ channel: 'phone', outcome: 'appointment' })]);
    expect((await post(`/${id}/close`)).statusCode).toBe(409);
    expect((await post(`/${id}/answers`, { text: 'Trop tard.' })).json().error.code).toBe('request_closed');

    const reopened = await post(`/${id}/reopen`);
    expect(reopened.json()).toMatchObject({ status: 'assigned', closedAt: null });
    expect((await post(`/${id}/reopen`)).statusCode).toBe(409);
    await post(`/${id}/close`, {});
    expect(await allContacts()).toHaveLength(1);
    const kinds = (await get(`/${id}`)).json().events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(['created', 'assigned', 'closed', 'reopened', 'closed']);
  });

  it('links a request to a known family or childminder of the relais, and the contact follows', async () => {
    const id = await entered();
    const family = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/families`,
      payload: { name: 'Famille Connue', email: '', phone: '', inseeCode: null },
      headers: animator.headers,
    });
    const familyId = family.json().id as string;
    const elsewhere = await makeRelais(t.db);
    const [strangerFamily] = await t.db
      .insertInto('family')
      .values({
        id: crypto.randomUUID(),
        relais_id: elsewhere.id,
        name: 'Famille Ailleurs',
        insee_code: null,
        created_at: 'x',
        last_contact_on: null,
        anonymised_at: null,
      })
      .returning('id')
      .execute();
    const childminder = await makeChildminder(t.db, relais.id, '85191');

    expect((await post(`/${id}/link`, { familyId: strangerFamily!.id })).json().error.fields[0].message).toBe(
      'Famille inconnue dans ce relais.',
    );
    expect((await post(`/${id}/link`, { childminderId: childminder.id })).json().error.fields[0].field).toBe(
      'childminderId',
    );

    await post(`/${id}/answers`, { text: 'Réponse avant le rattachement.' });
    const linked = await post(`/${id}/link`, { familyId });
    expect(linked.json().family).toEqual({ id: familyId, name: 'Famille Connue' });
    expect(await contactsOf(id)).toEqual([expect.objectContaining({ family_id: familyId })]);
    const row = await t.db.selectFrom('family').select('last_contact_on').where('id', '=', familyId).executeTakeFirst();
    expect(row?.last_contact_on).toBe('2026-03-02');

    const unlinked = await post(`/${id}/link`, { familyId: null });
    expect(unlinked.json().family).toBeNull();
    expect(await contactsOf(id)).toEqual([expect.objectContaining({ family_id: null })]);
  });

  it('registers the requester as a family from the request', async () => {
    const id = await entered({ phone: '06 11 22 33 44' });
    const r = await post(`/${id}/family`);
    expect(r.statusCode, r.body).toBe(201);
    const family = await t.db
      .selectFrom('family')
      .selectAll()
      .where('id', '=', r.json().family.id)
      .executeTakeFirstOrThrow();
    expect(family).toMatchObject({
      relais_id: relais.id,
      name: 'Louise Essai',
      email: 'louise@exemple.fr',
      phone: '06 11 22 33 44',
      insee_code: '85191',
    });
    const childminderRequest = await entered({ public: 'childminder' });
    expect((await post(`/${childminderRequest}/family`)).statusCode).toBe(400);
  });

  it('keeps each relais’s requests to itself', async () => {
    const id = await entered();
    const other = await makeRelais(t.db);
    const otherManager = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: other.id })).email);
    const viaA = await t.app.inject({ url: url(`/${id}`), headers: otherManager.headers });
    expect(viaA.statusCode).toBe(403);
    const viaB = await t.app.inject({ url: `/api/relais/${other.id}/requests/${id}`, headers: otherManager.headers });
    expect(viaB.statusCode).toBe(404);
    for (const action of ['assign', 'answers', 'close', 'link']) {
      const r = await t.app.inject({
        method: 'POST',
        url: `/api/relais/${other.id}/requests/${id}/${action}`,
        payload: action === 'answers' ? { text: 'Intrusion.' } : action === 'assign' ? { accountId: null } : {},
        headers: otherManager.headers,
      });
      expect(r.statusCode, action).toBe(404);
    }
    const list = await t.app.inject({ url: `/api/relais/${other.id}/requests`, headers: otherManager.headers });
    expect(list.json().total).toBe(0);
    expect((await requestRows())[0]).toMatchObject({ status: 'new', assignee_id: null });
  });
});
