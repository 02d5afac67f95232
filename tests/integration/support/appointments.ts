/**
 * Fixtures of appointments for the authorisation and fuzz suites: a reason open online every day
 * from 08:00 to 20:00 (10-minute slots), an animator who holds it, and a fresh slot, booking,
 * reason, permanence or token for each request that consumes one.
 */
import type { Kysely } from 'kysely';
import { addDays, isPublicHoliday, parisInstant } from '../../../src/app/calendar.js';
import type { AppInstance } from '../../../src/app/context.js';
import type { Database } from '../../../src/db/schema.js';
import { hashToken, newToken } from '../../../src/modules/auth/auth.rules.js';
import { timeOf } from '../../../src/modules/appointments/appointments.rules.js';
import { bookingBody, makePermanence, makeReason } from '../../support/appointments.js';
import { makeSite, makeUser } from '../../support/factories.js';

export interface AppointmentFixtures {
  relaisId: string;
  slug: string;
  reasonId: string;
  permanenceId: string;
  siteId: string;
  holderId: string;
  /** Starts of free slots, one per call (from 2 March 2026 + 2 days, within the 60-day notice). */
  nextSlot(): string;
  /** A fresh booking through the public API: its id and the secret of its link. */
  book(): Promise<{ id: string; token: string }>;
  freshReason(): Promise<string>;
  freshPermanence(): Promise<string>;
  freshClosure(permanenceId: string): Promise<string>;
  /** A date of no closure yet. */
  nextClosureDate(): string;
  waitlistToken(): Promise<{ id: string; token: string }>;
  feedToken(): Promise<string>;
}

export async function appointmentFixtures(
  app: AppInstance,
  db: Kysely<Database>,
  relais: { id: string; slug: string },
): Promise<AppointmentFixtures> {
  const holder = await makeUser(db, { role: 'animator', relaisId: relais.id, displayName: 'Julie Bernardeau' });
  const site = await makeSite(db, relais.id, '85191', 'Siège des rendez-vous');
  const reason = await makeReason(db, relais.id, { label: 'Rendez-vous de test', durationMinutes: 10 });
  const permanences: string[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    permanences.push(
      (
        await makePermanence(db, relais.id, {
          animatorId: holder.id,
          siteId: site.id,
          reasonIds: [reason.id],
          weekday,
          startTime: '08:00',
          endTime: '20:00',
        })
      ).id,
    );
  }
  let slot = 0;
  let day = '2026-03-04';
  const nextSlot = () => {
    while (isPublicHoliday(day) || slot >= 72) {
      if (slot >= 72) slot = 0;
      day = addDays(day, 1);
    }
    const start = parisInstant(day, timeOf(8 * 60 + slot * 10)).toISOString();
    slot += 1;
    if (day > '2026-04-28') throw new Error('no slot left for the fixtures');
    return start;
  };
  const weekdayPermanence = (start: string) => {
    const weekday = ((new Date(start).getUTCDay() + 6) % 7) + 1;
    return permanences[weekday - 1]!;
  };
  let counter = 0;
  let closureDay = '2026-06-01';
  return {
    relaisId: relais.id,
    slug: relais.slug,
    reasonId: reason.id,
    permanenceId: permanences[2]!,
    siteId: site.id,
    holderId: holder.id,
    nextSlot,
    async book() {
      const start = nextSlot();
      const response = await app.inject({
        method: 'POST',
        url: `/api/public/relais/${relais.slug}/appointments`,
        payload: bookingBody(
          { reasonId: reason.id, permanenceId: weekdayPermanence(start), start },
          { email: `personne${++counter}@exemple.test` },
        ),
      });
      if (response.statusCode !== 201) throw new Error(`fixture booking refused: ${response.body}`);
      const token = (response.json() as { manageUrl: string }).manageUrl.split('/rendez-vous/')[1]!;
      const row = await db
        .selectFrom('appointment')
        .select('id')
        .where('manage_token_hash', '=', hashToken(token))
        .executeTakeFirstOrThrow();
      return { id: row.id, token };
    },
    async freshReason() {
      return (await makeReason(db, relais.id, { label: `Motif ${++counter}` })).id;
    },
    async freshPermanence() {
      return (await makePermanence(db, relais.id, { animatorId: holder.id, reasonIds: [reason.id], weekday: 3 })).id;
    },
    async freshClosure(permanenceId: string) {
      const id = crypto.randomUUID();
      closureDay = addDays(closureDay, 1);
      await db
        .insertInto('permanence_closure')
        .values({
          id,
          relais_id: relais.id,
          permanence_id: permanenceId,
          date: closureDay,
          reason: '',
          created_at: '2026-03-01T08:00:00.000Z',
        })
        .execute();
      return id;
    },
    nextClosureDate() {
      closureDay = addDays(closureDay, 1);
      return closureDay;
    },
    async waitlistToken() {
      const token = newToken();
      const id = crypto.randomUUID();
      await db
        .insertInto('appointment_waitlist')
        .values({
          id,
          relais_id: relais.id,
          reason_id: reason.id,
          name: 'Léa Morin',
          email: `attente${++counter}@exemple.test`,
          wanted_from: '2026-03-02',
          wanted_to: '2026-03-31',
          token_hash: hashToken(token),
          created_at: '2026-03-01T08:00:00.000Z',
        })
        .execute();
      return { id, token };
    },
    async feedToken() {
      const token = newToken();
      await db
        .insertInto('calendar_feed')
        .values({
          id: crypto.randomUUID(),
          account_id: holder.id,
          token_hash: hashToken(token),
          created_at: '2026-03-01T08:00:00.000Z',
        })
        .execute();
      return token;
    },
  };
}
