/**
 * The e-mails of appointments, in French: confirmation (with its `.ics`), change, cancellation,
 * reminder, waiting list. Each goes through the outbox (queueMail); none is sent without an address.
 */
import type { Kysely } from 'kysely';
import { parisWallClock } from '../../app/calendar.js';
import type { Clock } from '../../app/clock.js';
import type { Database } from '../../db/schema.js';
import { queueMail } from '../mail/mail.usecases.js';
import { invitationIcs } from './appointments.ics.js';
import { MODES, type Mode } from './appointments.rules.js';

export interface MailDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: { publicUrl: string };
}

/** What the person's e-mails say about an appointment. */
export interface AppointmentView {
  id: string;
  relaisId: string;
  relaisName: string;
  relaisSlug: string;
  reasonId: string;
  reasonLabel: string;
  startsAt: string;
  endsAt: string;
  mode: Mode;
  placeLabel: string;
  animatorFirstName: string;
  personName: string;
  personEmail: string;
  updatedAt: string;
}

let dayFormat: Intl.DateTimeFormat | undefined;

/** « mardi 3 mars 2026 » for an instant, in Paris. */
export function parisDayLabel(iso: string): string {
  dayFormat ??= new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return dayFormat.format(new Date(iso));
}

/** « 14 h 30 » for an instant, in Paris. */
export function parisTimeLabel(iso: string): string {
  return parisWallClock(new Date(iso)).time.replace(':', ' h ');
}

/** « mardi 3 mars 2026 de 14 h 30 à 15 h 00 ». */
export function whenLabel(v: { startsAt: string; endsAt: string }): string {
  return `${parisDayLabel(v.startsAt)} de ${parisTimeLabel(v.startsAt)} à ${parisTimeLabel(v.endsAt)}`;
}

function howLabel(v: AppointmentView): string {
  if (v.mode === 'phone') return `Par téléphone : ${v.animatorFirstName} vous appellera au numéro indiqué.`;
  if (v.mode === 'video') return `En visio : le lien de connexion vous sera envoyé avant le rendez-vous.`;
  return `Lieu : ${v.placeLabel}.`;
}

export function manageUrl(deps: MailDeps, token: string): string {
  return `${deps.config.publicUrl}/rendez-vous/${token}`;
}

function invitation(v: AppointmentView, now: Date) {
  const ics = invitationIcs(
    {
      id: v.id,
      startsAt: v.startsAt,
      endsAt: v.endsAt,
      summary: `Rendez-vous — ${v.relaisName}`,
      location: v.mode === 'in_person' ? v.placeLabel : MODES[v.mode],
      description: `${v.reasonLabel}, avec ${v.animatorFirstName}. ${howLabel(v)}`,
      cancelled: false,
      updatedAt: v.updatedAt,
    },
    now,
  );
  return [
    {
      filename: 'rendez-vous.ics',
      contentType: 'text/calendar; charset=utf-8',
      contentBase64: Buffer.from(ics).toString('base64'),
    },
  ];
}

/** Confirmation of a booking, or of its new time after a move: the `.ics` and the link to manage it. */
export async function sendConfirmation(deps: MailDeps, v: AppointmentView, token: string, moved: boolean) {
  if (!v.personEmail) return;
  await queueMail(deps, {
    relaisId: v.relaisId,
    purpose: moved ? 'appointment_moved' : 'appointment_booked',
    to: v.personEmail,
    subject: moved
      ? `Votre rendez-vous est déplacé au ${parisDayLabel(v.startsAt)}`
      : `Votre rendez-vous du ${parisDayLabel(v.startsAt)} est confirmé`,
    greeting: `Bonjour ${v.personName},`,
    paragraphs: [
      moved
        ? `Votre rendez-vous avec le ${v.relaisName} est déplacé : il aura lieu le ${whenLabel(v)}.`
        : `Votre rendez-vous avec le ${v.relaisName} est confirmé : le ${whenLabel(v)}.`,
      `Motif : ${v.reasonLabel}. Avec ${v.animatorFirstName}.`,
      howLabel(v),
      'Le fichier joint ajoute ce rendez-vous à votre agenda. Vous recevrez un rappel deux jours avant.',
      'Un empêchement ? Vous pouvez annuler ou déplacer votre rendez-vous avec le lien ci-dessous, pour libérer le créneau pour une autre famille.',
    ],
    action: { label: 'Annuler ou déplacer mon rendez-vous', url: manageUrl(deps, token) },
    attachments: invitation(v, deps.clock.now()),
  });
}

export async function sendReminder(deps: MailDeps, v: AppointmentView) {
  if (!v.personEmail) return;
  await queueMail(deps, {
    relaisId: v.relaisId,
    purpose: 'appointment_reminder',
    to: v.personEmail,
    subject: `Rappel : votre rendez-vous du ${parisDayLabel(v.startsAt)}`,
    greeting: `Bonjour ${v.personName},`,
    paragraphs: [
      `Nous vous rappelons votre rendez-vous avec le ${v.relaisName} le ${whenLabel(v)}.`,
      `Motif : ${v.reasonLabel}. Avec ${v.animatorFirstName}.`,
      howLabel(v),
      'Si vous ne pouvez pas venir, merci d’annuler avec le lien reçu lors de votre réservation : le créneau servira à une autre famille.',
    ],
  });
}

export async function sendCancellation(deps: MailDeps, v: AppointmentView, by: 'person' | 'staff', reason: string) {
  if (!v.personEmail) return;
  await queueMail(deps, {
    relaisId: v.relaisId,
    purpose: 'appointment_cancelled',
    to: v.personEmail,
    subject: `Votre rendez-vous du ${parisDayLabel(v.startsAt)} est annulé`,
    greeting: `Bonjour ${v.personName},`,
    paragraphs: [
      by === 'person'
        ? `Votre rendez-vous avec le ${v.relaisName} du ${whenLabel(v)} est bien annulé.`
        : `Le ${v.relaisName} a dû annuler votre rendez-vous du ${whenLabel(v)}.${reason ? ` Motif : ${reason}` : ''}`,
      'Vous pouvez réserver un autre créneau en ligne à tout moment.',
    ],
    action: { label: 'Prendre un autre rendez-vous', url: `${deps.config.publicUrl}/r/${v.relaisSlug}/rendez-vous` },
  });
}

export async function sendWaitlistWelcome(
  deps: MailDeps,
  w: {
    relaisId: string;
    relaisName: string;
    reasonLabel: string;
    name: string;
    email: string;
    from: string;
    to: string;
  },
  token: string,
) {
  await queueMail(deps, {
    relaisId: w.relaisId,
    purpose: 'appointment_waitlist',
    to: w.email,
    subject: 'Vous êtes sur la liste d’attente des rendez-vous',
    greeting: `Bonjour ${w.name},`,
    paragraphs: [
      `Vous êtes inscrit·e sur la liste d’attente du ${w.relaisName} pour « ${w.reasonLabel} », du ${parisDayLabel(`${w.from}T12:00:00Z`)} au ${parisDayLabel(`${w.to}T12:00:00Z`)}.`,
      'Si un créneau se libère dans cette période, nous vous prévenons par e-mail : le premier ou la première à le réserver l’obtient.',
    ],
    action: {
      label: 'Me retirer de la liste d’attente',
      url: `${deps.config.publicUrl}/rendez-vous/liste-attente/${token}`,
    },
  });
}

export async function sendSlotFreed(deps: MailDeps, v: AppointmentView, person: { name: string; email: string }) {
  const date = parisWallClock(new Date(v.startsAt)).date;
  await queueMail(deps, {
    relaisId: v.relaisId,
    purpose: 'appointment_slot_freed',
    to: person.email,
    subject: 'Un créneau de rendez-vous s’est libéré',
    greeting: `Bonjour ${person.name},`,
    paragraphs: [
      `Un créneau vient de se libérer au ${v.relaisName} pour « ${v.reasonLabel} » : le ${whenLabel(v)}.`,
      'Il revient à la première personne qui le réserve.',
    ],
    action: {
      label: 'Réserver ce créneau',
      url: `${deps.config.publicUrl}/r/${v.relaisSlug}/rendez-vous?motif=${v.reasonId}&date=${date}`,
    },
  });
}
