import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Clock } from '../../app/clock.js';
import { ForbiddenError, InvalidInputError, NotAuthenticatedError, NotFoundError } from '../../app/errors.js';
import { authorize, authorizeOwner, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { createAccount, findAccountByEmail } from '../accounts/accounts.usecases.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { queueMail } from '../mail/mail.usecases.js';
import {
  findAvailabilityOwner,
  findChildminderContact,
  findChildminderOfAccount,
  findDueForReminder,
  linkAccount,
  listCurrentSlots,
  markConfirmed,
  markReminded,
  replaceSlots,
} from './availability.repository.js';
import { freshnessOf, hasNotAnswered, slotProblems } from './availability.rules.js';
import type { slotInput } from './availability.schemas.js';

export type SlotInput = z.infer<typeof slotInput>;

export interface AvailabilityDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: { availabilityMaxAgeDays: number; availabilityRemindEveryDays: number; publicUrl: string };
}

type Access = 'read' | 'write';

/** Staff of the relais (policy), or the childminder herself (her account is linked to the file). */
async function owner(
  deps: AvailabilityDeps,
  actor: Actor | undefined,
  relaisId: string,
  childminderId: string,
  access: Access,
) {
  const row = await findAvailabilityOwner(deps.db, relaisId, childminderId);
  if (actor?.role === 'childminder') {
    authorizeOwner(actor, row?.account_id ?? null);
  } else {
    authorize(actor, access === 'read' ? 'childminders.read' : 'childminders.manage', relaisId);
  }
  if (!row) throw new NotFoundError("Cet·te assistant·e maternel·le n'existe pas dans ce relais.");
  return row;
}

async function view(deps: AvailabilityDeps, relaisId: string, childminderId: string) {
  const row = await findAvailabilityOwner(deps.db, relaisId, childminderId);
  if (!row) throw new NotFoundError();
  const c = { confirmedAt: row.availability_confirmed_at, remindedAt: row.availability_reminded_at };
  return {
    ...c,
    freshness: freshnessOf(c.confirmedAt, deps.clock.now(), deps.config.availabilityMaxAgeDays),
    notAnswered: hasNotAnswered(c),
    slots: (await listCurrentSlots(deps.db, relaisId, childminderId)).map((s) => ({
      id: s.id,
      availableFrom: s.available_from,
      minAgeMonths: s.min_age_months,
      maxAgeMonths: s.max_age_months,
      days: s.days.split(',').map(Number),
      startTime: s.start_time,
      endTime: s.end_time,
      atypicalHours: s.atypical_hours === 1,
      periscolaire: s.periscolaire === 1,
      note: s.note,
    })),
  };
}

export async function getAvailability(
  deps: AvailabilityDeps,
  actor: Actor | undefined,
  relaisId: string,
  childminderId: string,
) {
  await owner(deps, actor, relaisId, childminderId, 'read');
  return view(deps, relaisId, childminderId);
}

/** Replaces the weekly grid of free places (which also confirms it). */
export async function replaceAvailability(
  deps: AvailabilityDeps,
  actor: Actor | undefined,
  relaisId: string,
  childminderId: string,
  slots: SlotInput[],
) {
  const row = await owner(deps, actor, relaisId, childminderId, 'write');
  const problems = slotProblems(slots, row.approval_places);
  if (problems.length > 0) {
    throw new InvalidInputError(`Disponibilités incohérentes — « ${problems[0]?.field} » : ${problems[0]?.message}`, {
      fields: problems,
    });
  }
  const now = deps.clock.now().toISOString();
  await replaceSlots(
    deps.db,
    relaisId,
    childminderId,
    slots.map((s) => ({
      id: crypto.randomUUID(),
      relais_id: relaisId,
      childminder_id: childminderId,
      available_from: s.availableFrom,
      min_age_months: s.minAgeMonths,
      max_age_months: s.maxAgeMonths,
      days: [...s.days].sort().join(','),
      start_time: s.startTime,
      end_time: s.endTime,
      atypical_hours: s.atypicalHours ? 1 : 0,
      periscolaire: s.periscolaire ? 1 : 0,
      note: s.note,
      created_at: now,
      replaced_at: null,
    })),
    now,
  );
  await recordAudit(deps, actor, {
    relaisId,
    action: 'update',
    subjectType: 'availability',
    subjectId: childminderId,
    summary: `Disponibilités mises à jour (${slots.length} place(s) libre(s))`,
  });
  return view(deps, relaisId, childminderId);
}

/** "Still true": one click that confirms the current grid. */
export async function confirmAvailability(
  deps: AvailabilityDeps,
  actor: Actor | undefined,
  relaisId: string,
  childminderId: string,
) {
  await owner(deps, actor, relaisId, childminderId, 'write');
  await markConfirmed(deps.db, relaisId, childminderId, deps.clock.now().toISOString());
  return view(deps, relaisId, childminderId);
}

/** The file of the signed-in childminder. */
export async function ownChildminder(deps: { db: Kysely<Database> }, actor: Actor | undefined) {
  if (!actor) throw new NotAuthenticatedError();
  if (actor.role !== 'childminder') throw new ForbiddenError('Cet espace est réservé aux assistant·es maternel·les.');
  const row = await findChildminderOfAccount(deps.db, actor.userId);
  if (!row)
    throw new NotFoundError("Aucune fiche d'assistant·e maternel·le n'est liée à votre compte : contactez le relais.");
  return { relaisId: row.relais_id, childminderId: row.id };
}

/**
 * Opens the childminder's space: creates her sign-in account (or links the existing one of the same
 * address) and tells her by e-mail how to sign in.
 */
export async function openChildminderSpace(
  deps: AvailabilityDeps,
  actor: Actor | undefined,
  relaisId: string,
  childminderId: string,
) {
  authorize(actor, 'childminders.manage', relaisId);
  const row = await findChildminderContact(deps.db, relaisId, childminderId);
  if (!row) throw new NotFoundError("Cet·te assistant·e maternel·le n'existe pas dans ce relais.");
  if (!row.email) {
    throw new InvalidInputError("Renseignez d'abord l'adresse e-mail de l'assistant·e maternel·le.", {
      fields: [{ field: 'email', message: 'Adresse e-mail manquante.' }],
    });
  }
  const existing = await findAccountByEmail(deps, row.email);
  if (existing && (existing.role !== 'childminder' || existing.relaisId !== relaisId)) {
    throw new InvalidInputError('Cette adresse e-mail appartient déjà à un autre compte.', {
      fields: [{ field: 'email', message: 'Adresse déjà utilisée par un autre compte.' }],
    });
  }
  const account =
    existing ??
    (await createAccount(deps, 'system', relaisId, {
      email: row.email,
      displayName: `${row.first_name} ${row.last_name}`,
      role: 'childminder',
    }));
  await linkAccount(deps.db, relaisId, childminderId, account.id);
  await queueMail(deps, {
    relaisId,
    purpose: 'childminder_invitation',
    to: row.email,
    subject: 'Votre espace sur Relais est ouvert',
    greeting: `Bonjour ${row.first_name} ${row.last_name},`,
    paragraphs: [
      'Le Relais Petite Enfance vous a ouvert un espace personnel : vous pourrez y indiquer vos places disponibles, que les familles du territoire consultent.',
      'Pour vous connecter, saisissez votre adresse e-mail sur la page de connexion : vous recevrez un lien, sans mot de passe à retenir.',
    ],
    action: { label: 'Ouvrir mon espace', url: `${deps.config.publicUrl}/connexion` },
  });
  await recordAudit(deps, actor, {
    relaisId,
    action: 'create',
    subjectType: 'user_account',
    subjectId: account.id,
    summary: `Ouverture de l’espace de ${row.first_name} ${row.last_name}`,
  });
  return { accountId: account.id, email: row.email, created: !existing };
}

/** Monthly freshness loop: asks childminders whose availability is old to confirm or update it. */
export async function sendAvailabilityReminders(deps: AvailabilityDeps, batch = 500): Promise<number> {
  const now = deps.clock.now();
  const staleBefore = new Date(now.getTime() - deps.config.availabilityMaxAgeDays * 86_400_000).toISOString();
  const remindedBefore = new Date(now.getTime() - deps.config.availabilityRemindEveryDays * 86_400_000).toISOString();
  const due = await findDueForReminder(deps.db, staleBefore, remindedBefore, batch);
  for (const c of due) {
    await queueMail(deps, {
      relaisId: c.relais_id,
      purpose: 'availability_reminder',
      to: c.email,
      subject: 'Vos disponibilités sont-elles toujours à jour ?',
      greeting: `Bonjour ${c.first_name} ${c.last_name},`,
      paragraphs: [
        'Les familles consultent vos places disponibles dans l’annuaire du Relais Petite Enfance.',
        'Connectez-vous à votre espace : un clic sur « C’est toujours vrai » suffit, ou mettez à jour vos disponibilités.',
      ],
      action: { label: 'Confirmer ou mettre à jour', url: `${deps.config.publicUrl}/connexion?redirect=/espace` },
    });
    await markReminded(deps.db, c.id, now.toISOString());
  }
  return due.length;
}
