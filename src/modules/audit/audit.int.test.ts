import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type TestApp } from '../../../tests/support/test-app.js';
import { AUDIT_RETENTION_DAYS, purgeOldAuditEvents, recordAudit } from './audit.usecases.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('audit log', () => {
  it('shows the manager the events of his relais only, newest first', async () => {
    const a = await makeRelais(t.db);
    const b = await makeRelais(t.db);
    await recordAudit(t.app.ctx, undefined, { relaisId: a.id, action: 'read', subjectType: 'x', summary: 'premier' });
    t.clock.advance(1000);
    await recordAudit(t.app.ctx, undefined, { relaisId: a.id, action: 'read', subjectType: 'x', summary: 'second' });
    await recordAudit(t.app.ctx, undefined, {
      relaisId: b.id,
      action: 'read',
      subjectType: 'x',
      summary: 'autre relais',
    });
    t.clock.advance(1000);
    const manager = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: a.id })).email);
    const r = await t.app.inject({ url: `/api/relais/${a.id}/audit`, headers: manager.headers });
    const summaries = (r.json().events as { summary: string }[]).map((e) => e.summary);
    expect(summaries).toEqual(['Connexion par mot de passe', 'second', 'premier']);
  });

  it(`deletes events older than ${AUDIT_RETENTION_DAYS} days when the purge job runs`, async () => {
    const relais = await makeRelais(t.db);
    await recordAudit(t.app.ctx, undefined, {
      relaisId: relais.id,
      action: 'read',
      subjectType: 'x',
      summary: 'ancien',
    });
    t.clock.advance((AUDIT_RETENTION_DAYS - 1) * 86_400_000);
    await recordAudit(t.app.ctx, undefined, {
      relaisId: relais.id,
      action: 'read',
      subjectType: 'x',
      summary: 'récent',
    });
    t.clock.advance(2 * 86_400_000);
    expect(await purgeOldAuditEvents(t.app.ctx)).toBe(1);
    const left = await t.db.selectFrom('audit_event').select('summary').execute();
    expect(left.map((e) => e.summary)).toEqual(['récent']);
  });
});
