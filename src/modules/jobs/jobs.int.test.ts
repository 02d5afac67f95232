import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type TestApp } from '../../../tests/support/test-app.js';
import { queueMail } from '../mail/mail.usecases.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('scheduled jobs of the platform', () => {
  it('registers the delivery and data-retention jobs and runs each when due', async () => {
    const ran = await t.app.jobs.tick();
    expect(ran.sort()).toEqual([
      'activities.anonymise',
      'activities.remind',
      'appointments.anonymise',
      'appointments.remind',
      'audit.purge',
      'auth.purge-expired',
      'availability.remind',
      'employerHelp.purge',
      'families.anonymise',
      'jobOffers.anonymise',
      'jobOffers.expire',
      'mail.deliver',
      'mail.purge',
      'rate-limit.purge',
      'requests.anonymise',
    ]);
    // Nothing is due a second later.
    t.clock.advance(1000);
    expect(await t.app.jobs.tick()).toEqual([]);
    t.clock.advance(15_000);
    expect(await t.app.jobs.tick()).toEqual(['mail.deliver']);
  });

  it('the delivery job sends queued mail; the purge jobs remove expired sessions and old messages', async () => {
    const relais = await makeRelais(t.db);
    const user = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    await login(t.app, user.email);
    await queueMail(t.app.ctx, {
      relaisId: relais.id,
      purpose: 'test',
      to: 'a@relais.test',
      subject: 'Essai',
      paragraphs: ['x'],
    });
    await t.app.jobs.tick();
    expect(t.mail.sent).toHaveLength(1);

    t.clock.advance(100 * 86_400_000);
    await t.app.jobs.tick();
    expect(await t.db.selectFrom('session').select('id').execute()).toEqual([]);
    expect(await t.db.selectFrom('outbox_message').select('id').execute()).toEqual([]);
  });

  it('a failing job records its error and does not stop the others', async () => {
    t.app.jobs.register({
      name: 'test.fails',
      everyMs: 60_000,
      run: async () => {
        throw new Error('panne simulée');
      },
    });
    const ran = await t.app.jobs.tick();
    expect(ran).toContain('test.fails');
    expect(ran).toContain('mail.deliver');
    const row = await t.db
      .selectFrom('job_schedule')
      .selectAll()
      .where('name', '=', 'test.fails')
      .executeTakeFirstOrThrow();
    expect(row.last_error).toBe('panne simulée');
  });
});
