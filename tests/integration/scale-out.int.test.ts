import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../support/factories.js';
import { createTestApp, login, type TestApp } from '../support/test-app.js';
import { openTestDatabase, testEngine } from '../support/test-database.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { deliverDueMessages } from '../../src/modules/mail/mail.usecases.js';

/**
 * Two application instances on one database behave as one: sessions, rate-limit counters and
 * scheduled jobs live in the database. (The issue asks it of PostgreSQL; it holds on SQLite too.)
 */
describe(`two instances sharing one ${testEngine()} database`, () => {
  let shared: DatabaseHandle & { url: string };
  let second: DatabaseHandle;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    shared = await openTestDatabase();
    // Each instance has its own connection pool, as two processes would.
    second = openDatabase(shared.url, { poolSize: 5 });
    a = await createTestApp({ database: shared, instanceId: 'instance-a', config: { authRateLimitPerMinute: 4 } });
    b = await createTestApp({ database: second, instanceId: 'instance-b', config: { authRateLimitPerMinute: 4 } });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await second.close();
    await shared.close();
  });

  it('a session opened on one instance works on the other, and sign-out on one ends it on both', async () => {
    const relais = await makeRelais(a.db);
    const user = await makeUser(a.db, { role: 'manager', relaisId: relais.id });
    const session = await login(a.app, user.email);
    const me = await b.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(user.email);
    // A write on B with the CSRF token issued by A.
    const write = await b.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/communes`,
      payload: { inseeCode: '85003' },
      headers: session.headers,
    });
    expect(write.statusCode).toBe(201);
    await b.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers });
    expect((await a.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it('a scheduled job due on both instances runs exactly once', async () => {
    let runs = 0;
    const job = {
      name: 'test.count',
      everyMs: 60_000,
      run: async () => {
        runs += 1;
      },
    };
    a.app.jobs.register(job);
    b.app.jobs.register(job);
    // Both instances see the job due at the same moment and race for it, several times over.
    const results = await Promise.all([a.app.jobs.tick(), b.app.jobs.tick(), a.app.jobs.tick(), b.app.jobs.tick()]);
    expect(runs).toBe(1);
    expect(results.flat().filter((name) => name === 'test.count')).toHaveLength(1);
    const row = await a.db
      .selectFrom('job_schedule')
      .selectAll()
      .where('name', '=', 'test.count')
      .executeTakeFirstOrThrow();
    expect(row.runs).toBe(1);

    // A minute later it is due again, and again runs once.
    a.clock.advance(61_000);
    b.clock.advance(61_000);
    await Promise.all([a.app.jobs.tick(), b.app.jobs.tick()]);
    expect(runs).toBe(2);
  });

  it('a message in the outbox is delivered once even when both instances deliver at the same time', async () => {
    const relais = await makeRelais(a.db);
    const am = await makeUser(a.db, { role: 'childminder', relaisId: relais.id });
    await a.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: am.email } });
    await Promise.all([deliverDueMessages(a.app.ctx), deliverDueMessages(b.app.ctx)]);
    expect(a.mail.sent.length + b.mail.sent.length).toBe(1);
  });

  it('the sign-in rate limit counts requests to both instances together', async () => {
    const codes: number[] = [];
    for (const app of [a, b, a, b, a, b]) {
      const r = await app.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'personne@relais.test', password: 'faux' },
        remoteAddress: '203.0.113.7',
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
  });
});
