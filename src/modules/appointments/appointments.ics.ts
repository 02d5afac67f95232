/**
 * iCalendar (RFC 5545) files of appointments, written by ical-generator: the `.ics` attached to a
 * confirmation (for the person's own calendar) and the feed of an animator (for her phone). Times
 * are written in UTC; each appointment keeps one UID whatever its changes.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarEntry {
  id: string;
  startsAt: string;
  endsAt: string;
  summary: string;
  location: string;
  description: string;
  cancelled: boolean;
  /** Last change: lets a calendar know the event was updated. */
  updatedAt: string;
}

const PROD_ID = { company: 'Relais', product: 'Rendez-vous', language: 'FR' };

/** How a calendar names its events and itself (the activities use the same writer). */
export interface CalendarOptions {
  uid?: (id: string) => string;
  product?: string;
}

/** The UID of an appointment, stable across feeds and invitations. */
export function appointmentUid(id: string): string {
  return `${id}@relais`;
}

/** An iCalendar document of `entries` (UTC times, one stable UID per entry). */
export function calendarOf(name: string, entries: CalendarEntry[], now: Date, options: CalendarOptions = {}): string {
  const uid = options.uid ?? appointmentUid;
  const prodId = options.product ? { ...PROD_ID, product: options.product } : PROD_ID;
  const calendar = ical({ name, prodId, method: ICalCalendarMethod.PUBLISH });
  for (const entry of entries) {
    calendar.createEvent({
      id: uid(entry.id),
      start: new Date(entry.startsAt),
      end: new Date(entry.endsAt),
      stamp: now,
      lastModified: new Date(entry.updatedAt),
      summary: entry.summary,
      location: entry.location,
      description: entry.description,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** The file attached to a confirmation: one event. */
export function invitationIcs(entry: CalendarEntry, now: Date): string {
  return calendarOf('Rendez-vous au Relais Petite Enfance', [entry], now);
}

/** An animator's feed: her appointments, cancelled ones marked as such. */
export function feedIcs(ownerName: string, entries: CalendarEntry[], now: Date): string {
  return calendarOf(`Rendez-vous — ${ownerName}`, entries, now);
}
