import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngine } from '../../tests/support/test-database.js';
import { parisDate, systemClock } from '../app/clock.js';
import type { DatabaseHandle } from '../db/database.js';
import { frenchPublicHolidays, isoWeekday } from '../app/calendar.js';
import { DEMO_REQUESTS, demoRequestStatus } from './requests.js';
import { seedDemo } from './vie-et-boulogne.js';

let database: DatabaseHandle;
let relaisId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  relaisId = (await seedDemo({ db: database.db, clock: systemClock })).relaisId;
});
afterAll(() => database.close());

const rows = () =>
  database.db.selectFrom('request').selectAll().where('relais_id', '=', relaisId).orderBy('received_at').execute();

describe(`the requests of the demo relais on ${testEngine()}`, () => {
  it('fills the inbox with recent requests in every status, in the past', async () => {
    const requests = await rows();
    expect(requests).toHaveLength(DEMO_REQUESTS.length);
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(['new', 'assigned', 'answered', 'closed']));
    expect(requests.map((r) => r.status).sort()).toEqual(DEMO_REQUESTS.map(demoRequestStatus).sort());
    const now = systemClock.now().toISOString();
    const twoWeeksAgo = new Date(Date.now() - 21 * 86_400_000).toISOString();
    for (const r of requests) {
      expect(r.received_at <= r.updated_at && r.updated_at <= now, r.name).toBe(true);
      expect(r.received_at > twoWeeksAgo, r.name).toBe(true);
    }
    const events = await database.db
      .selectFrom('request_event')
      .innerJoin('request', 'request.id', 'request_event.request_id')
      .select(['request.id', 'request_event.at', 'request.received_at'])
      .where('request.relais_id', '=', relaisId)
      .execute();
    expect(events.every((e) => e.at >= e.received_at && e.at <= now)).toBe(true);
  });

  it('counts each answered or closed request as one contact of the log, handled on a working day', async () => {
    const requests = await rows();
    const handled = requests.filter((r) => r.status === 'answered' || r.status === 'closed');
    expect(handled.length).toBeGreaterThanOrEqual(3);
    expect(requests.filter((r) => r.contact_id !== null).map((r) => r.id)).toEqual(handled.map((r) => r.id));
    const contacts = await database.db
      .selectFrom('contact')
      .innerJoin('request', 'request.contact_id', 'contact.id')
      .select(['contact.occurred_at', 'contact.occurred_on', 'contact.channel', 'contact.public', 'request.source'])
      .where('request.relais_id', '=', relaisId)
      .execute();
    expect(contacts).toHaveLength(handled.length);
    const paris = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
    for (const c of contacts) {
      const time = paris.format(new Date(c.occurred_at));
      expect(time >= '09:00' && time < '17:30', c.occurred_at).toBe(true);
      expect(isoWeekday(c.occurred_on)).toBeLessThanOrEqual(5);
      expect(frenchPublicHolidays(Number(c.occurred_on.slice(0, 4)))).not.toContain(c.occurred_on);
      expect(parisDate(new Date(c.occurred_at))).toBe(c.occurred_on);
    }
    expect(contacts.map((c) => `${c.source}→${c.channel}`).sort()).toEqual(
      ['email→email', 'online→online_request', 'online→online_request', 'phone→phone'].sort(),
    );
    const messages = await database.db
      .selectFrom('request_message')
      .innerJoin('request', 'request.id', 'request_message.request_id')
      .select(['request_message.author_id', 'request_message.recipient', 'request.email'])
      .where('request.relais_id', '=', relaisId)
      .execute();
    expect(messages.length).toBe(DEMO_REQUESTS.filter((r) => r.answer).length);
    expect(messages.every((m) => m.author_id !== null && m.recipient === m.email)).toBe(true);
  });
});
