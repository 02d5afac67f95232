/**
 * The public side of activities, without an account: the programme of a relais (named by its
 * slug), a parent's registration to a session open to parents (consent, trap field for robots,
 * rate-limited by the route), and cancelling it with the secret link of her e-mail.
 */
import type { z } from 'zod';
import { parisToday } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { hashToken, newToken } from '../auth/auth.rules.js';
import { getPublicRelais } from '../relais/relais.usecases.js';
import { register, unregister } from './activities.registrations.js';
import { findActivityRow, findRegistrationByTokenHash, listActivityRows } from './activities.repository.js';
import type { programmeQuery, publicRegistrationInput } from './activities.schemas.js';
import { rangeOf } from './activities.usecases.js';
import { requireActivity, summaryContext, summaryOf, type ActivitiesDeps } from './activities.shared.js';

/** The public programme: scheduled sessions from today, each saying whether parents may register. */
export async function publicProgramme(deps: ActivitiesDeps, slug: string, q: z.infer<typeof programmeQuery>) {
  const relais = await getPublicRelais(deps, slug);
  const today = parisToday(deps.clock);
  const { from, to } = rangeOf(deps, { from: q.from && q.from > today ? q.from : today, to: q.to });
  const rows = await listActivityRows(deps.db, relais.id, {
    from,
    to,
    inseeCode: q.commune,
    kindId: q.kind,
    status: 'scheduled',
  });
  const ctx = await summaryContext(deps, relais.id, rows);
  return { activities: rows.map((r) => summaryOf(r, ctx)) };
}

const CONFIRMED =
  'Votre inscription est confirmée. Vous allez recevoir un e-mail avec la séance à ajouter à votre agenda et un lien pour vous désinscrire.';
const WAITING =
  'La séance est complète : vous êtes sur la liste d’attente. Si une place se libère, elle vous est attribuée et vous recevez un e-mail.';

/** A parent registers from the public page: the same rules as everyone, and a link to cancel. */
export async function registerParent(
  deps: ActivitiesDeps,
  slug: string,
  activityId: string,
  input: z.infer<typeof publicRegistrationInput>,
  ip?: string,
) {
  const relais = await getPublicRelais(deps, slug);
  const a = await requireActivity(deps, relais.id, activityId);
  // A filled trap field (robots): answered like a success, nothing stored or sent.
  if (input.website) return { status: 'confirmed' as const, message: CONFIRMED };
  const token = newToken();
  const row = await register(
    deps,
    undefined,
    'Le parent, en ligne',
    a,
    {
      registrant: 'parent',
      childminderId: null,
      name: input.name,
      email: input.email,
      phone: input.phone,
      inseeCode: input.inseeCode ?? null,
    },
    input,
    'online',
    { token, hash: hashToken(token) },
  );
  await recordAudit(deps, undefined, {
    relaisId: relais.id,
    action: 'activity.registered',
    subjectType: 'activity',
    subjectId: activityId,
    summary: `Inscription d’un parent en ligne à la séance « ${a.title} » du ${a.date}`,
    ip,
  });
  const status = row.status === 'confirmed' ? ('confirmed' as const) : ('waiting' as const);
  return { status, message: status === 'confirmed' ? CONFIRMED : WAITING };
}

/** The parent cancels with her link (idempotent: a second click says it is done). */
export async function cancelByToken(deps: ActivitiesDeps, token: string, ip?: string) {
  const reg = await findRegistrationByTokenHash(deps.db, hashToken(token));
  if (!reg || reg.anonymised_at !== null) {
    throw new NotFoundError('Cette inscription est introuvable : le lien est peut-être incomplet, ou trop ancien.');
  }
  if (reg.status === 'cancelled') return { message: 'Votre inscription est déjà annulée.' };
  const a = await findActivityRow(deps.db, reg.relais_id, reg.activity_id);
  if (!a) throw new NotFoundError('Cette séance est introuvable.');
  await unregister(deps, undefined, 'Le parent, par son lien', reg.relais_id, reg.activity_id, reg.id);
  await recordAudit(deps, undefined, {
    relaisId: reg.relais_id,
    action: 'activity.unregistered',
    subjectType: 'activity',
    subjectId: reg.activity_id,
    summary: `Désinscription d’un parent par son lien de la séance « ${a.title} » du ${a.date}`,
    ip,
  });
  return { message: `Votre inscription à la séance « ${a.title} » est annulée. Merci de l’avoir signalé.` };
}
