import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngine } from '../../tests/support/test-database.js';
import { parisDate, systemClock } from '../app/clock.js';
import type { DatabaseHandle } from '../db/database.js';
import type { Actor } from '../app/policy.js';
import { DEFAULT_SUBJECTS } from '../modules/contacts/contacts.rules.js';
import { getContactStatistics } from '../modules/contacts/contacts.statistics.js';
import { ensureDefaultSubjects } from '../modules/contacts/contacts.subjects.js';
import { frenchPublicHolidays, isoWeekday } from '../app/calendar.js';
import { seedDemo } from './vie-et-boulogne.js';

let database: DatabaseHandle;
let relaisId: string;
let seeded: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  database = await openTestDatabase();
  seeded = await seedDemo({ db: database.db, clock: systemClock });
  relaisId = seeded.relaisId;
});
afterAll(() => database.close());

const OPERATOR: Actor = {
  userId: 'test-operator',
  role: 'operator',
  relaisId: null,
  email: 'operateur@relais.test',
  displayName: 'Opérateur de test',
  sessionId: 'test',
};

/**
 * The contacts of the demo relais and the subjects of each, read straight from the tables: those of
 * the log planned by ./contacts.ts (the demo requests counted by the inbox are checked in
 * ./requests.int.test.ts).
 */
async function readContacts() {
  const db = database.db;
  const contacts = await db
    .selectFrom('contact')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('request').select('request.id').whereRef('request.contact_id', '=', 'contact.id'))),
    )
    .execute();
  const links = await db
    .selectFrom('contact_subject_link')
    .innerJoin('contact', 'contact.id', 'contact_subject_link.contact_id')
    .select(['contact_subject_link.contact_id', 'contact_subject_link.subject_id'])
    .where('contact.relais_id', '=', relaisId)
    .execute();
  const subjectsOf = new Map<string, string[]>();
  for (const l of links) subjectsOf.set(l.contact_id, [...(subjectsOf.get(l.contact_id) ?? []), l.subject_id]);
  return { contacts, subjectsOf };
}

describe(`the contact log of the demo relais on ${testEngine()}`, () => {
  it('reproduces the 2023 figures of the operating project', async () => {
    // Through the use case of the report, as the relais's staff would read it.
    const stats = await getContactStatistics({ db: database.db, clock: systemClock }, OPERATOR, relaisId, 2023);
    const { contacts, subjectsOf } = await readContacts();
    expect(Object.fromEntries(stats.indicators.map((i) => [i.key, i.count]))).toEqual({
      care_requests: 454,
      parents_collective_agreement: 364,
      childminders_legal: 206,
      candidates: 57,
      project_carriers: 41,
    });
    expect(stats.total).toBeGreaterThan(1300);
    expect(stats.total).toBeLessThan(1600);
    expect(contacts.every((c) => [1, 2].includes(subjectsOf.get(c.id)?.length ?? 0))).toBe(true);
    expect(seeded.contacts?.byYear[2023]).toBe(stats.total);
  });

  it('has the default subjects, and contacts from 2022 to 2025 only', async () => {
    const subjects = await ensureDefaultSubjects(database.db, relaisId, systemClock.now());
    expect(subjects.map((s) => s.code)).toEqual(DEFAULT_SUBJECTS.map((s) => s.code));
    const { contacts } = await readContacts();
    const years = new Set(contacts.map((c) => c.occurred_on.slice(0, 4)));
    expect([...years].sort()).toEqual(['2022', '2023', '2024', '2025']);
    const now = systemClock.now().toISOString();
    expect(contacts.every((c) => c.occurred_at <= now && c.deleted_at === null)).toBe(true);
  });

  it('keeps the AM permanence to its days and hours, and everything to working days', async () => {
    const { contacts } = await readContacts();
    const holidays = new Set([2022, 2023, 2024, 2025].flatMap(frenchPublicHolidays));
    const parisTime = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const wrong = contacts.filter((c) => {
      const at = new Date(c.occurred_at);
      const time = parisTime.format(at);
      const weekday = isoWeekday(c.occurred_on);
      const inHours =
        c.channel === 'am_permanence'
          ? ['childminder', 'candidate'].includes(c.public) && weekday !== 4 && time >= '14:00' && time < '15:30'
          : time >= '09:00' && time < '17:30';
      return (
        !inHours || weekday > 5 || holidays.has(c.occurred_on) || parisDate(at) !== c.occurred_on || !c.recorded_by
      );
    });
    expect(wrong).toEqual([]);
    expect(contacts.filter((c) => c.channel === 'am_permanence').length).toBeGreaterThan(400);
  });

  it('links families and AMs of the relais, each family with the date of its latest contact', async () => {
    const db = database.db;
    const { contacts } = await readContacts();
    const families = await db.selectFrom('family').selectAll().where('relais_id', '=', relaisId).execute();
    const latest = new Map<string, string>();
    for (const c of contacts) {
      if (c.family_id && c.occurred_on > (latest.get(c.family_id) ?? '')) latest.set(c.family_id, c.occurred_on);
    }
    expect(families.length).toBe(latest.size);
    expect(families.filter((f) => f.last_contact_on !== latest.get(f.id))).toEqual([]);
    const childminders = new Set(
      (await db.selectFrom('childminder').select('id').where('relais_id', '=', relaisId).execute()).map((c) => c.id),
    );
    const staff = new Set(
      (
        await db
          .selectFrom('user_account')
          .select('id')
          .where('relais_id', '=', relaisId)
          .where('role', 'in', ['animator', 'manager'])
          .execute()
      ).map((u) => u.id),
    );
    for (const c of contacts) {
      if (c.childminder_id) expect(childminders.has(c.childminder_id) && c.public === 'childminder').toBe(true);
      expect(staff.has(c.recorded_by!)).toBe(true);
    }
    const parents = contacts.filter((c) => c.public === 'parent' || c.public === 'future_parent');
    expect(parents.filter((c) => c.family_id).length / parents.length).toBeGreaterThan(0.6);
  });

  it('is seeded once: seeding the demo again changes nothing', async () => {
    const count = async () => ({
      contacts: Number(
        (
          await database.db
            .selectFrom('contact')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      families: Number(
        (
          await database.db
            .selectFrom('family')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      subjects: Number(
        (
          await database.db
            .selectFrom('contact_subject')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const before = await count();
    const countingRequests = await database.db
      .selectFrom('request')
      .select('id')
      .where('contact_id', 'is not', null)
      .execute();
    expect(before.contacts - countingRequests.length).toBe(seeded.contacts?.contacts);
    const again = await seedDemo({ db: database.db, clock: systemClock });
    expect(again).toEqual({ relaisId, created: false });
    expect(await count()).toEqual(before);
  });
});
