import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverDueMessages } from '../mail/mail.usecases.js';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, sessionFrom, type TestApp } from '../../../tests/support/test-app.js';

let t: TestApp;
let relais: { id: string };

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db);
});
afterEach(() => t.close());

function linkToken(text: string): string {
  const match = /jeton=([\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no link in: ${text}`);
  return match[1];
}

describe('staff sign-in with a password', () => {
  it('opens a session stored in the database and answers /me', async () => {
    const user = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    const session = await login(t.app, user.email.toUpperCase());
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: user.email, role: 'manager', relais: { id: relais.id } });
    const rows = await t.db.selectFrom('session').selectAll().where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    // Only a hash of the cookie is stored.
    expect(session.cookie).not.toContain(rows[0]!.id);
  });

  it('sets an httpOnly SameSite cookie', async () => {
    const user = await makeUser(t.db, { role: 'animator', relaisId: relais.id });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'mot-de-passe-de-test-1' },
    });
    const cookie = response.cookies.find((c) => c.name === 'relais_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('refuses a wrong password, an unknown address and a disabled account with the same French message', async () => {
    const user = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    const disabled = await makeUser(t.db, { role: 'manager', relaisId: relais.id, disabled: true });
    for (const payload of [
      { email: user.email, password: 'pas le bon mot de passe' },
      { email: 'inconnu@relais.test', password: 'mot-de-passe-de-test-1' },
      { email: disabled.email, password: 'mot-de-passe-de-test-1' },
    ]) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(r.statusCode).toBe(401);
      expect(r.json().error.message).toBe('Adresse e-mail ou mot de passe incorrect.');
    }
    const audit = await t.db.selectFrom('audit_event').select('action').where('subject_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['login_failed']);
  });

  it('does not let childminders or parents sign in with a password', async () => {
    const am = await makeUser(t.db, { role: 'childminder', relaisId: relais.id });
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: am.email, password: 'x' },
    });
    expect(r.statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated write without the CSRF header, accepts it with', async () => {
    const user = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    const session = await login(t.app, user.email);
    const payload = { inseeCode: '85003' };
    const url = `/api/relais/${relais.id}/communes`;
    const without = await t.app.inject({ method: 'POST', url, payload, headers: { cookie: session.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf');
    const wrong = await t.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { cookie: session.cookie, 'x-csrf-token': 'faux' },
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url, payload, headers: session.headers });
    expect(ok.statusCode).toBe(201);
  });

  it('refuses a write whose Origin is another site', async () => {
    const user = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    const session = await login(t.app, user.email);
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/communes`,
      payload: { inseeCode: '85003' },
      headers: { ...session.headers, origin: 'https://malveillant.example' },
    });
    expect(r.statusCode).toBe(403);
  });
});

describe('sign-out', () => {
  it('closes the current session only', async () => {
    const user = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    const a = await login(t.app, user.email);
    const b = await login(t.app, user.email);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: a.headers });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: a.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: b.cookie } })).statusCode).toBe(200);
  });

  it('closes every session of the account everywhere', async () => {
    const user = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    const a = await login(t.app, user.email);
    const b = await login(t.app, user.email);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout-everywhere', headers: a.headers });
    expect(out.json().closedSessions).toBe(2);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: b.cookie } })).statusCode).toBe(401);
    const left = await t.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute();
    expect(left).toHaveLength(0);
  });

  it('expires a session after its lifetime', async () => {
    const user = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    const s = await login(t.app, user.email);
    t.clock.advance((t.config.sessionDays + 1) * 86_400_000);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });
});

describe('magic link for childminders and parents', () => {
  it('mails a single-use link that opens a session', async () => {
    const am = await makeUser(t.db, { role: 'childminder', relaisId: relais.id, displayName: 'Lucie Testeuse' });
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: am.email } });
    expect(r.statusCode).toBe(202);
    await deliverDueMessages({ ...t.app.ctx });
    expect(t.mail.sent).toHaveLength(1);
    const message = t.mail.sent[0]!;
    expect(message.to).toBe(am.email);
    expect(message.subject).toBe('Votre lien de connexion à Relais');
    expect(message.html).toContain('Bonjour Lucie Testeuse');
    const token = linkToken(message.text);
    expect(message.text).toContain(`http://relais.test/connexion/lien?jeton=${token}`);

    const first = await t.app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } });
    expect(first.statusCode).toBe(200);
    const session = sessionFrom(first);
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.json().user.role).toBe('childminder');

    const again = await t.app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('invalid_magic_link');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/auth/magic-link',
      payload: { email: 'personne@relais.test' },
    });
    expect(r.statusCode).toBe(202);
    const queued = await t.db.selectFrom('outbox_message').select('id').execute();
    expect(queued).toHaveLength(0);
  });

  it('refuses an expired link', async () => {
    const parent = await makeUser(t.db, { role: 'parent', relaisId: relais.id });
    await t.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: parent.email } });
    const row = await t.db.selectFrom('outbox_message').select('text_body').executeTakeFirstOrThrow();
    t.clock.advance((t.config.magicLinkMinutes + 1) * 60_000);
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/auth/magic-link/consume',
      payload: { token: linkToken(row.text_body) },
    });
    expect(r.statusCode).toBe(400);
  });
});

describe('rate limit on sign-in', () => {
  it('answers 429 in French past the limit, counted in the database', async () => {
    const limited = await createTestApp({ config: { authRateLimitPerMinute: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'x@relais.test', password: 'y' },
        });
        codes.push(r.statusCode);
        if (r.statusCode === 429) expect(r.json().error.message).toMatch(/Trop de tentatives/);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const counters = await limited.db.selectFrom('rate_limit').selectAll().execute();
      expect(counters.some((c) => c.hits === 5)).toBe(true);
    } finally {
      await limited.close();
    }
  });
});
