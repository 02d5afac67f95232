import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';

let t: TestApp;
let relais: { id: string };
let managerId: string;
let manager: Session;

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db);
  const m = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
  managerId = m.id;
  manager = await login(t.app, m.email);
});
afterEach(() => t.close());

describe('accounts of a relais', () => {
  it('creates a staff account with an argon2id hash, who can then sign in', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/accounts`,
      payload: {
        email: 'Nouvelle.Animatrice@Relais.test',
        displayName: 'Nina Test',
        role: 'animator',
        password: 'un mot de passe long',
      },
      headers: manager.headers,
    });
    expect(r.statusCode).toBe(201);
    const row = await t.db
      .selectFrom('user_account')
      .selectAll()
      .where('email', '=', 'nouvelle.animatrice@relais.test')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.relais_id).toBe(relais.id);
    const s = await login(t.app, 'nouvelle.animatrice@relais.test', 'un mot de passe long');
    expect(s.csrfToken).toBeTruthy();
  });

  it('creates a childminder account without password (magic link)', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/accounts`,
      payload: { email: 'am@relais.test', displayName: 'Assistante Test', role: 'childminder' },
      headers: manager.headers,
    });
    expect(r.statusCode).toBe(201);
    const row = await t.db
      .selectFrom('user_account')
      .select('password_hash')
      .where('email', '=', 'am@relais.test')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toBeNull();
  });

  it('refuses a short password, a taken address and a role the manager cannot give', async () => {
    const base = { email: 'x@relais.test', displayName: 'X Test', role: 'animator' };
    const short = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/accounts`,
      payload: { ...base, password: 'court' },
      headers: manager.headers,
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain('12 caractères');
    const operator = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/accounts`,
      payload: { ...base, role: 'operator', password: 'un mot de passe long' },
      headers: manager.headers,
    });
    expect(operator.statusCode).toBe(403);
    const taken = await makeUser(t.db, { role: 'parent', relaisId: relais.id });
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/accounts`,
      payload: { ...base, email: taken.email.toUpperCase(), password: 'un mot de passe long' },
      headers: manager.headers,
    });
    expect(dup.statusCode).toBe(409);
    const count = await t.db.selectFrom('user_account').select('id').execute();
    expect(count).toHaveLength(2);
  });

  it('disabling an account closes its sessions; re-enabling lets it sign in again', async () => {
    const animator = await makeUser(t.db, { role: 'animator', relaisId: relais.id });
    const s = await login(t.app, animator.email);
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relais.id}/accounts/${animator.id}`,
      payload: { disabled: true },
      headers: manager.headers,
    });
    expect(off.json().disabled).toBe(true);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: animator.email, password: 'mot-de-passe-de-test-1' },
    });
    expect(denied.statusCode).toBe(401);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relais.id}/accounts/${animator.id}`,
      payload: { disabled: false },
      headers: manager.headers,
    });
    expect((await login(t.app, animator.email)).csrfToken).toBeTruthy();
  });

  it('a manager cannot disable or demote another manager; the operator can', async () => {
    const other = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    for (const payload of [{ disabled: true }, { role: 'animator' }, { displayName: 'Renommé' }]) {
      const r = await t.app.inject({
        method: 'PATCH',
        url: `/api/relais/${relais.id}/accounts/${other.id}`,
        payload,
        headers: manager.headers,
      });
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe('role_not_assignable');
    }
    const row = await t.db.selectFrom('user_account').selectAll().where('id', '=', other.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ role: 'manager', disabled_at: null, display_name: 'Compte manager' });
    const operator = await login(t.app, (await makeUser(t.db, { role: 'operator', relaisId: null })).email);
    const byOperator = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relais.id}/accounts/${other.id}`,
      payload: { disabled: true },
      headers: operator.headers,
    });
    expect(byOperator.statusCode).toBe(200);
  });

  it('a manager cannot disable himself or change his own role', async () => {
    for (const payload of [{ disabled: true }, { role: 'animator' }]) {
      const r = await t.app.inject({
        method: 'PATCH',
        url: `/api/relais/${relais.id}/accounts/${managerId}`,
        payload,
        headers: manager.headers,
      });
      expect(r.statusCode).toBe(409);
    }
  });

  it('listing accounts is personal data: the read is written to the audit log', async () => {
    const r = await t.app.inject({ url: `/api/relais/${relais.id}/accounts`, headers: manager.headers });
    expect(r.json().accounts).toHaveLength(1);
    const audit = await t.app.inject({ url: `/api/relais/${relais.id}/audit`, headers: manager.headers });
    const events = audit.json().events as { action: string; subjectType: string; actor: string }[];
    expect(events.find((e) => e.action === 'read' && e.subjectType === 'user_account')).toBeDefined();
    const stored = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'read')
      .where('actor_user_id', '=', managerId)
      .execute();
    expect(stored).toHaveLength(1);
  });
});
