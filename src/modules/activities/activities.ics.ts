/**
 * iCalendar files of sessions: the `.ics` attached to a confirmation, a move or a cancellation
 * (one event, one stable UID per session whatever its changes). Written by the appointments'
 * calendar writer (ical-generator).
 */
import { calendarOf, type CalendarEntry } from '../appointments/appointments.ics.js';
import type { MailAttachment } from '../mail/mail.transport.js';

/** The UID of a session, stable across invitations and feeds. */
export const activityUid = (id: string) => `activity-${id}@relais`;

export function activityCalendar(name: string, entries: CalendarEntry[], now: Date): string {
  return calendarOf(name, entries, now, { uid: activityUid, product: 'Temps collectifs' });
}

export function activityAttachment(entry: CalendarEntry, now: Date): MailAttachment[] {
  const ics = activityCalendar('Temps collectif du Relais Petite Enfance', [entry], now);
  return [
    {
      filename: 'seance.ics',
      contentType: 'text/calendar; charset=utf-8',
      contentBase64: Buffer.from(ics).toString('base64'),
    },
  ];
}
