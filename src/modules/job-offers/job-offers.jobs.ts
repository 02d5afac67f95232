/**
 * Scheduled work of job offers: the reminder to the parent some days before her offer expires and
 * the expiry itself (every hour, each done once even with several instances: compare-and-set),
 * and the retention of the parents' data (daily, with each relais's delay for families' data).
 */
import { addDays } from '../../app/calendar.js';
import { parisToday } from '../../app/clock.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { hashToken, newToken } from '../auth/auth.rules.js';
import { retentionCutoffs } from '../contacts/contacts.retention.js';
import { queueMail } from '../mail/mail.usecases.js';
import { findRelaisSummary } from '../relais/relais.usecases.js';
import {
  anonymiseOffersBefore,
  changeOfferRow,
  claimReminder,
  deleteUnverifiedBefore,
  dueReminderRows,
  expiredOfferRows,
  insertEvent,
  insertLink,
} from './job-offers.repository.js';
import { event, manageUrl, type JobOffersDeps } from './job-offers.shared.js';

const AUTOMATIC = 'Relais (envoi automatique)';
const frenchDate = (date: string) => date.split('-').reverse().join('/');

/**
 * Reminds the parents whose published offer expires within the reminder delay, once each: the
 * reminder is claimed first (compare-and-set on `expiry_reminded_at`), then a fresh link to renew
 * it is e-mailed (the first link is only known to the parent). Returns how many were sent.
 */
export async function sendExpiryReminders(deps: JobOffersDeps, batch = 100): Promise<number> {
  const now = deps.clock.now().toISOString();
  const until = addDays(parisToday(deps.clock), deps.config.jobOfferReminderDays);
  let sent = 0;
  for (const row of await dueReminderRows(deps.db, until, batch)) {
    if (!(await claimReminder(deps.db, row.id, now))) continue;
    const token = newToken();
    await insertLink(deps.db, row.id, hashToken(token), now);
    const relais = await findRelaisSummary(deps, row.relais_id);
    if (row.parent_email) {
      await queueMail(deps, {
        relaisId: row.relais_id,
        purpose: 'job_offer_reminder',
        to: row.parent_email,
        subject: `Votre offre d’emploi expire bientôt — ${relais?.name ?? 'Relais'}`,
        greeting: row.parent_name ? `Bonjour ${row.parent_name},` : 'Bonjour,',
        paragraphs: [
          `Votre offre d’emploi expire le ${frenchDate(row.expires_on!)}.`,
          'Si vous cherchez toujours, renouvelez-la ; si vous avez trouvé un mode d’accueil, dites-le au relais en la retirant : cela l’aide à connaître les besoins du territoire.',
        ],
        action: { label: 'Renouveler ou retirer mon offre', url: manageUrl(deps, token) },
      });
    }
    await insertEvent(deps.db, event(row, 'reminded', undefined, AUTOMATIC, `expire le ${row.expires_on}`, now));
    sent += 1;
  }
  return sent;
}

/** Published offers past their expiry date become expired (outcome unknown unless known). Returns how many. */
export async function expireOffers(deps: JobOffersDeps, batch = 500): Promise<number> {
  const now = deps.clock.now().toISOString();
  let expired = 0;
  for (const row of await expiredOfferRows(deps.db, parisToday(deps.clock), batch)) {
    const changed = await changeOfferRow(
      deps.db,
      row.relais_id,
      row.id,
      ['published'],
      { status: 'expired', outcome: 'unknown', closed_at: now, updated_at: now },
      event(row, 'expired', undefined, AUTOMATIC, '', now),
    );
    if (changed) expired += 1;
  }
  return expired;
}

/** The hourly job: reminders first, then expiries. */
export async function runJobOfferExpiry(deps: JobOffersDeps) {
  return { reminded: await sendExpiryReminders(deps), expired: await expireOffers(deps) };
}

/**
 * GDPR, daily: offers never confirmed are deleted after a few days; closed offers last changed
 * before the relais's retention delay of families' data lose the parent's name, e-mail, phone,
 * text, child's birth date and the answers' messages; their links stop working. The need itself
 * stays, anonymous, for the statistics. Returns how many were deleted and anonymised.
 */
export async function anonymiseOldOffers(deps: JobOffersDeps) {
  const now = deps.clock.now();
  const deleted = await deleteUnverifiedBefore(
    deps.db,
    new Date(now.getTime() - deps.config.jobOfferUnverifiedDays * 86_400_000).toISOString(),
  );
  let anonymised = 0;
  for (const { id: relaisId, cutoff } of await retentionCutoffs(deps)) {
    const count = await anonymiseOffersBefore(deps.db, relaisId, cutoff, now.toISOString());
    if (count > 0) {
      await recordAudit(deps, undefined, {
        relaisId,
        action: 'job_offer.anonymised',
        subjectType: 'job_offer',
        summary: `${count} offre${count > 1 ? 's' : ''} d’emploi anonymisée${count > 1 ? 's' : ''} (dernière modification avant le ${cutoff})`,
      });
    }
    anonymised += count;
  }
  return { deleted, anonymised };
}
