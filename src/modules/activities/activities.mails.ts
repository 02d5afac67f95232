/**
 * The e-mails of activities, in French: registration (confirmed or waiting, with the `.ics`),
 * a place given from the waiting list, a move (new `.ics`), a cancellation, the reminder the day
 * before, the end of a registration. All go through the outbox; none without an address.
 */
import { parisDayLabel, whenLabel } from '../appointments/appointments.mails.js';
import { queueMails, type OutgoingMail } from '../mail/mail.usecases.js';
import type { ActivityRow, RegistrationRow } from './activities.repository.js';
import { activityAttachment } from './activities.ics.js';
import type { ActivitiesDeps } from './activities.shared.js';

export interface MailContext {
  relaisName: string;
  communeName: string;
}

function placeOf(a: ActivityRow, ctx: MailContext) {
  return [a.site_name, a.site_address, ctx.communeName].filter(Boolean).join(', ');
}

function attachment(deps: ActivitiesDeps, a: ActivityRow, ctx: MailContext, cancelled = false) {
  return activityAttachment(
    {
      id: a.id,
      startsAt: a.starts_at,
      endsAt: a.ends_at,
      summary: `${a.title} — ${ctx.relaisName}`,
      location: placeOf(a, ctx),
      description: a.description || a.kind_label,
      cancelled,
      updatedAt: a.updated_at,
    },
    deps.clock.now(),
  );
}

const greeting = (r: RegistrationRow) => (r.person_name ? `Bonjour ${r.person_name},` : 'Bonjour,');
const withChildren = (r: RegistrationRow) =>
  Number(r.children) > 0 ? ` avec ${r.children} enfant${Number(r.children) > 1 ? 's' : ''}` : '';

/** The link a parent cancels with (the web page asks to confirm, then posts the token). */
export const cancelUrl = (deps: ActivitiesDeps, token: string) =>
  `${deps.config.publicUrl}/animations/annulation/${token}`;

async function send(deps: ActivitiesDeps, mails: OutgoingMail[]) {
  if (mails.length > 0) await queueMails(deps, mails);
}

/** Registered (confirmed) or on the waiting list; a parent gets her cancellation link. */
export async function sendRegistered(
  deps: ActivitiesDeps,
  a: ActivityRow,
  r: RegistrationRow,
  ctx: MailContext,
  cancelToken?: string,
) {
  if (!r.email) return;
  const waiting = r.status === 'waiting';
  const how = cancelToken
    ? 'Un empêchement ? Désinscrivez-vous avec le lien ci-dessous : la place servira à une autre personne.'
    : 'Un empêchement ? Désinscrivez-vous depuis votre espace : la place servira à une autre personne.';
  await send(deps, [
    {
      relaisId: a.relais_id,
      purpose: waiting ? 'activity_waitlisted' : 'activity_registered',
      to: r.email,
      subject: waiting
        ? `Liste d’attente : ${a.title} du ${parisDayLabel(a.starts_at)}`
        : `Inscription confirmée : ${a.title} du ${parisDayLabel(a.starts_at)}`,
      greeting: greeting(r),
      paragraphs: [
        waiting
          ? `La séance « ${a.title} » du ${whenLabel({ startsAt: a.starts_at, endsAt: a.ends_at })} est complète : vous êtes sur la liste d’attente${withChildren(r)}. Si une place se libère, elle vous est attribuée automatiquement et vous recevez un e-mail.`
          : `Votre inscription${withChildren(r)} à la séance « ${a.title} » du ${whenLabel({ startsAt: a.starts_at, endsAt: a.ends_at })} est confirmée.`,
        `Lieu : ${placeOf(a, ctx)}.`,
        ...(waiting ? [] : ['Le fichier joint ajoute la séance à votre agenda. Vous recevrez un rappel la veille.']),
        how,
      ],
      ...(cancelToken ? { action: { label: 'Me désinscrire', url: cancelUrl(deps, cancelToken) } } : {}),
      footer: `${ctx.relaisName} — message envoyé automatiquement, merci de ne pas y répondre.`,
      ...(waiting ? {} : { attachments: attachment(deps, a, ctx) }),
    },
  ]);
}

/** A place freed: the waiting registration is now confirmed. */
export async function sendPromoted(
  deps: ActivitiesDeps,
  a: ActivityRow,
  promoted: RegistrationRow[],
  ctx: MailContext,
) {
  await send(
    deps,
    promoted
      .filter((r) => r.email)
      .map((r) => ({
        relaisId: a.relais_id,
        purpose: 'activity_promoted',
        to: r.email,
        subject: `Une place s’est libérée : ${a.title} du ${parisDayLabel(a.starts_at)}`,
        greeting: greeting(r),
        paragraphs: [
          `Une place s’est libérée : votre inscription${withChildren(r)} à la séance « ${a.title} » du ${whenLabel({ startsAt: a.starts_at, endsAt: a.ends_at })} est confirmée.`,
          `Lieu : ${placeOf(a, ctx)}.`,
          'Le fichier joint ajoute la séance à votre agenda. Si vous ne pouvez plus venir, merci de vous désinscrire.',
        ],
        footer: `${ctx.relaisName} — message envoyé automatiquement, merci de ne pas y répondre.`,
        attachments: attachment(deps, a, ctx),
      })),
  );
}

/** The session moved: everyone registered or waiting gets the new date and place, with the new `.ics`. */
export async function sendMoved(
  deps: ActivitiesDeps,
  before: ActivityRow,
  a: ActivityRow,
  people: RegistrationRow[],
  ctx: MailContext,
  reason: string,
) {
  await send(
    deps,
    people
      .filter((r) => r.email)
      .map((r) => ({
        relaisId: a.relais_id,
        purpose: 'activity_moved',
        to: r.email,
        subject: `Séance déplacée : ${a.title}, désormais le ${parisDayLabel(a.starts_at)}`,
        greeting: greeting(r),
        paragraphs: [
          `La séance « ${a.title} » prévue le ${whenLabel({ startsAt: before.starts_at, endsAt: before.ends_at })} est déplacée : elle aura lieu le ${whenLabel({ startsAt: a.starts_at, endsAt: a.ends_at })}.`,
          `Lieu : ${placeOf(a, ctx)}.`,
          ...(reason ? [`Motif : ${reason}`] : []),
          r.status === 'waiting'
            ? 'Vous restez sur la liste d’attente.'
            : 'Votre inscription est conservée ; le fichier joint met votre agenda à jour. Si la nouvelle date ne vous convient pas, merci de vous désinscrire.',
        ],
        footer: `${ctx.relaisName} — message envoyé automatiquement, merci de ne pas y répondre.`,
        attachments: attachment(deps, a, ctx),
      })),
  );
}

/** The session is cancelled: everyone registered or waiting is told, with the reason. */
export async function sendCancelled(deps: ActivitiesDeps, a: ActivityRow, people: RegistrationRow[], ctx: MailContext) {
  await send(
    deps,
    people
      .filter((r) => r.email)
      .map((r) => ({
        relaisId: a.relais_id,
        purpose: 'activity_cancelled',
        to: r.email,
        subject: `Séance annulée : ${a.title} du ${parisDayLabel(a.starts_at)}`,
        greeting: greeting(r),
        paragraphs: [
          `Le ${ctx.relaisName} a dû annuler la séance « ${a.title} » du ${whenLabel({ startsAt: a.starts_at, endsAt: a.ends_at })}.`,
          ...(a.cancel_reason ? [`Motif : ${a.cancel_reason}`] : []),
          'Retrouvez les prochaines séances dans le programme du relais.',
        ],
        footer: `${ctx.relaisName} — message envoyé automatiquement, merci de ne pas y répondre.`,
        attachments: attachment(deps, a, ctx, true),
      })),
  );
}

/** The reminder the day before. */
export async function sendReminders(deps: ActivitiesDeps, a: ActivityRow, people: RegistrationRow[], ctx: MailContext) {
  await send(
    deps,
    people
      .filter((r) => r.email)
      .map((r) => ({
        relaisId: a.relais_id,
        purpose: 'activity_reminder',
        to: r.email,
        subject: `Rappel : ${a.title} demain`,
        greeting: greeting(r),
        paragraphs: [
          `Nous vous rappelons la séance « ${a.title} » du ${whenLabel({ startsAt: a.starts_at, endsAt: a.ends_at })}${withChildren(r)}.`,
          `Lieu : ${placeOf(a, ctx)}.`,
          'Si vous ne pouvez pas venir, merci de vous désinscrire : la place servira à une autre personne.',
        ],
        footer: `${ctx.relaisName} — message envoyé automatiquement, merci de ne pas y répondre.`,
      })),
  );
}

/** Her registration ended (by her, or by the relais). */
export async function sendUnregistered(deps: ActivitiesDeps, a: ActivityRow, r: RegistrationRow, ctx: MailContext) {
  if (!r.email) return;
  await send(deps, [
    {
      relaisId: a.relais_id,
      purpose: 'activity_unregistered',
      to: r.email,
      subject: `Désinscription : ${a.title} du ${parisDayLabel(a.starts_at)}`,
      greeting: greeting(r),
      paragraphs: [
        `Votre inscription à la séance « ${a.title} » du ${whenLabel({ startsAt: a.starts_at, endsAt: a.ends_at })} est annulée.`,
        'Merci de l’avoir signalé : la place sert à une autre personne.',
      ],
      footer: `${ctx.relaisName} — message envoyé automatiquement, merci de ne pas y répondre.`,
    },
  ]);
}
