import type { FastifyBaseLogger } from 'fastify';
import { purgeOldAuditEvents } from '../modules/audit/audit.usecases.js';
import { anonymiseOldActivityRegistrations, sendActivityReminders } from '../modules/activities/activities.jobs.js';
import { anonymiseOldAppointments, sendDueReminders } from '../modules/appointments/appointments.jobs.js';
import { sendAvailabilityReminders } from '../modules/availability/availability.usecases.js';
import { anonymiseOldFamilies } from '../modules/contacts/contacts.retention.js';
import { purgeEmployerSimulations } from '../modules/employer-help/employer-help.usecases.js';
import { anonymiseOldRequests } from '../modules/requests/requests.retention.js';
import { purgeExpiredAuth } from '../modules/auth/auth.usecases.js';
import { anonymiseOldOffers, runJobOfferExpiry } from '../modules/job-offers/job-offers.jobs.js';
import { JobRunner } from '../modules/jobs/jobs.runner.js';
import { deliverDueMessages, purgeOldMessages } from '../modules/mail/mail.usecases.js';
import type { AppContext } from './context.js';
import { purgeRateLimits } from './rate-limit-store.js';

const MINUTE = 60_000;

/** The recurring jobs of Relais: deliveries, expiries and data-retention purges (GDPR). */
export function createJobRunner(ctx: AppContext, log?: FastifyBaseLogger): JobRunner {
  const runner = new JobRunner({ db: ctx.db, clock: ctx.clock, instanceId: ctx.instanceId, log });
  runner.register({ name: 'mail.deliver', everyMs: 15_000, run: () => deliverDueMessages(ctx) });
  runner.register({ name: 'auth.purge-expired', everyMs: 60 * MINUTE, run: () => purgeExpiredAuth(ctx) });
  runner.register({ name: 'rate-limit.purge', everyMs: 10 * MINUTE, run: () => purgeRateLimits(ctx.db, ctx.clock) });
  runner.register({ name: 'audit.purge', everyMs: 24 * 60 * MINUTE, run: () => purgeOldAuditEvents(ctx) });
  runner.register({ name: 'mail.purge', everyMs: 24 * 60 * MINUTE, run: () => purgeOldMessages(ctx) });
  runner.register({ name: 'families.anonymise', everyMs: 24 * 60 * MINUTE, run: () => anonymiseOldFamilies(ctx) });
  // Simulations saved in a contact's file go with the contact (removed, or past the retention delay).
  runner.register({
    name: 'employerHelp.purge',
    everyMs: 24 * 60 * MINUTE,
    run: () => purgeEmployerSimulations(ctx),
  });
  runner.register({ name: 'requests.anonymise', everyMs: 24 * 60 * MINUTE, run: () => anonymiseOldRequests(ctx) });
  // Appointment reminders (09:00 Paris two days before): each sent once, whichever instance claims it.
  runner.register({ name: 'appointments.remind', everyMs: 5 * MINUTE, run: () => sendDueReminders(ctx) });
  runner.register({
    name: 'appointments.anonymise',
    everyMs: 24 * 60 * MINUTE,
    run: () => anonymiseOldAppointments(ctx),
  });
  // The freshness loop runs daily; each childminder is asked at most once per reminder period.
  runner.register({
    name: 'availability.remind',
    everyMs: 24 * 60 * MINUTE,
    run: () => sendAvailabilityReminders(ctx),
  });
  // Job offers: reminders before expiry and expiries (each once, whichever instance claims it); retention.
  runner.register({ name: 'jobOffers.expire', everyMs: 60 * MINUTE, run: () => runJobOfferExpiry(ctx) });
  runner.register({ name: 'jobOffers.anonymise', everyMs: 24 * 60 * MINUTE, run: () => anonymiseOldOffers(ctx) });
  // Activities: the reminder the day before (each registration once, whichever instance runs it); retention.
  runner.register({ name: 'activities.remind', everyMs: 60 * MINUTE, run: () => sendActivityReminders(ctx) });
  runner.register({
    name: 'activities.anonymise',
    everyMs: 24 * 60 * MINUTE,
    run: () => anonymiseOldActivityRegistrations(ctx),
  });
  return runner;
}
