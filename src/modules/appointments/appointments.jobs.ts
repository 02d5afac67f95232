/**
 * Scheduled work of appointments: the reminders (every few minutes, each sent once even with
 * several instances) and the retention of personal data (daily, with the families' delay).
 */
import { parisInstant } from '../../app/calendar.js';
import { parisToday } from '../../app/clock.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { retentionCutoffs } from '../contacts/contacts.retention.js';
import { viewOf, type BookingDeps } from './appointments.booking.js';
import { sendReminder } from './appointments.mails.js';
import {
  anonymiseAppointmentsBefore,
  claimReminder,
  deleteStaleWaitlist,
  dueReminderIds,
  findAppointmentRow,
  recordEvent,
} from './appointments.repository.js';

/**
 * Sends the reminders that are due (booked, due time passed, not sent, not started). Each is
 * claimed first by a compare-and-set on `reminder_sent_at`: of several instances running this at
 * the same time, exactly one sends it. Returns how many were sent.
 */
export async function sendDueReminders(deps: BookingDeps, batch = 100): Promise<number> {
  const nowIso = deps.clock.now().toISOString();
  let sent = 0;
  for (const id of await dueReminderIds(deps.db, nowIso, batch)) {
    if (!(await claimReminder(deps.db, id, nowIso))) continue;
    const row = await deps.db
      .selectFrom('appointment')
      .select('relais_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const appointment = await findAppointmentRow(deps.db, row.relais_id, id);
    if (!appointment) continue;
    await sendReminder(deps, viewOf(appointment));
    await recordEvent(deps.db, appointment, {
      kind: 'reminded',
      actor_user_id: null,
      actor_label: 'Relais (envoi automatique)',
      summary: 'Rappel envoyé par e-mail',
      at: nowIso,
    });
    sent += 1;
  }
  return sent;
}

/**
 * GDPR: in every relais, appointments that started before the relais's retention delay (the
 * families' delay, 36 months by default) lose the person's name, e-mail, phone and note; they stay
 * as anonymous facts (date, reason, status). Waiting-list entries are deleted once their period
 * has passed or their owner left. Returns how many appointments were anonymised.
 */
export async function anonymiseOldAppointments(deps: BookingDeps): Promise<number> {
  const now = deps.clock.now().toISOString();
  let anonymised = 0;
  for (const { id: relaisId, cutoff } of await retentionCutoffs(deps)) {
    const count = await anonymiseAppointmentsBefore(
      deps.db,
      relaisId,
      parisInstant(cutoff, '00:00').toISOString(),
      now,
    );
    if (count > 0) {
      await recordAudit(deps, undefined, {
        relaisId,
        action: 'appointment.anonymised',
        subjectType: 'appointment',
        summary: `${count} rendez-vous anonymisé${count > 1 ? 's' : ''} (avant le ${cutoff})`,
      });
    }
    anonymised += count;
  }
  await deleteStaleWaitlist(deps.db, parisToday(deps.clock));
  return anonymised;
}
