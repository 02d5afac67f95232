/**
 * Scheduled work of activities: the reminder the day before (hourly, each registration reminded
 * once even with several instances: the session's row is locked and each reminder is written to
 * its history in the transaction that queues the e-mail), and the retention of parents' data
 * (daily, with each relais's delay for families' data).
 */
import { addDays } from '../../app/calendar.js';
import { parisToday } from '../../app/clock.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { retentionCutoffs } from '../contacts/contacts.retention.js';
import { sendReminders } from './activities.mails.js';
import { mailContext } from './activities.registrations.js';
import {
  anonymiseParentRegistrations,
  insertEvents,
  lockActivity,
  scheduledOn,
  unremindedConfirmed,
} from './activities.repository.js';
import { event, nowIso, type ActivitiesDeps } from './activities.shared.js';

/** Reminds the people registered to tomorrow's sessions (Paris), once each. Returns how many were sent. */
export async function sendActivityReminders(deps: ActivitiesDeps): Promise<number> {
  const tomorrow = addDays(parisToday(deps.clock), 1);
  const now = nowIso(deps);
  let sent = 0;
  for (const { id, relais_id } of await scheduledOn(deps.db, tomorrow)) {
    sent += await deps.db.transaction().execute(async (trx) => {
      const a = await lockActivity(trx, relais_id, id);
      if (!a || a.status !== 'scheduled') return 0;
      const people = await unremindedConfirmed(trx, id);
      if (people.length === 0) return 0;
      const ctx = await mailContext({ ...deps, db: trx }, a);
      await sendReminders({ ...deps, db: trx }, a, people, ctx);
      await insertEvents(
        trx,
        people.map((p) => event(a, 'reminded', undefined, 'Relais (envoi automatique)', p.id, now)),
      );
      return people.length;
    });
  }
  return sent;
}

/**
 * GDPR, daily: parents' registrations to sessions held before the relais's retention delay for
 * families lose the name, e-mail, phone and cancellation link; the counts stay for the statistics.
 */
export async function anonymiseOldActivityRegistrations(deps: ActivitiesDeps): Promise<number> {
  const now = nowIso(deps);
  let anonymised = 0;
  for (const { id: relaisId, cutoff } of await retentionCutoffs(deps)) {
    const count = await anonymiseParentRegistrations(deps.db, relaisId, cutoff, now);
    if (count > 0) {
      await recordAudit(deps, undefined, {
        relaisId,
        action: 'activity_registration.anonymised',
        subjectType: 'activity_registration',
        summary: `${count} inscription${count > 1 ? 's' : ''} de parents anonymisée${count > 1 ? 's' : ''} (séances avant le ${cutoff})`,
      });
    }
    anonymised += count;
  }
  return anonymised;
}
