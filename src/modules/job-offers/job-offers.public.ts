/**
 * The parent's side of job offers, without an account: post a need from the public form, confirm
 * the e-mail address by the link it receives, then see, edit, renew or withdraw the offer from
 * that link. The relais is named by its slug, the offer by its secret link.
 */
import type { z } from 'zod';
import { addDays } from '../../app/calendar.js';
import { parisToday } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { hashToken, newToken } from '../auth/auth.rules.js';
import { queueMail } from '../mail/mail.usecases.js';
import { getPublicRelais } from '../relais/relais.usecases.js';
import { OfferStateError } from './job-offers.errors.js';
import {
  answerCounts,
  changeOfferRow,
  findOfferByTokenHash,
  findOfferRow,
  insertOfferRow,
  type OfferRow,
} from './job-offers.repository.js';
import {
  JOB_OFFER_OUTCOMES,
  MAX_CHILDREN,
  MAX_DAILY_HOURS,
  MAX_RADIUS_KM,
  MAX_WEEKLY_HOURS,
  OPEN_STATUSES,
  statusOfOutcome,
  type JobOfferStatus,
} from './job-offers.rules.js';
import type { parentEditInput, publicOfferInput, withdrawInput } from './job-offers.schemas.js';
import { event, manageUrl, needColumns, parentView, viewContext, type JobOffersDeps } from './job-offers.shared.js';

const BY_LINK = 'Le parent, par son lien';

/** What the public form offers: the communes of the territory and the limits it checks. */
export async function getOfferForm(deps: JobOffersDeps, slug: string) {
  const relais = await getPublicRelais(deps, slug);
  return {
    relais: {
      name: relais.card.name,
      email: relais.card.email,
      phone: relais.card.phone,
      retentionMonths: relais.familyRetentionMonths,
    },
    communes: relais.communes
      .map((c) => ({ inseeCode: c.inseeCode, name: c.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    maxWeeklyHours: MAX_WEEKLY_HOURS,
    maxDailyHours: MAX_DAILY_HOURS,
    maxChildren: MAX_CHILDREN,
    maxRadiusKm: MAX_RADIUS_KM,
    expiryDays: deps.config.jobOfferExpiryDays,
  };
}

/**
 * A need posted from the public form: checked, stored as waiting for the e-mail check, and the
 * link sent to the address given. A filled trap field (robots) is answered the same way and
 * stores nothing.
 */
export async function submitOffer(
  deps: JobOffersDeps,
  slug: string,
  input: z.infer<typeof publicOfferInput>,
  ip?: string,
) {
  const relais = await getPublicRelais(deps, slug);
  if (input.website) return;
  const columns = await needColumns(deps, relais.id, input, input.phone, input.showPhone);
  const now = deps.clock.now().toISOString();
  const token = newToken();
  const row = {
    id: crypto.randomUUID(),
    relais_id: relais.id,
    source: 'online',
    status: 'email_pending',
    parent_name: input.name,
    parent_email: input.email,
    parent_phone: input.phone,
    show_phone: input.showPhone ? 1 : 0,
    ...columns,
    consent_at: now,
    email_verified_at: null,
    published_at: null,
    expires_on: null,
    expiry_reminded_at: null,
    outcome: null,
    closed_at: null,
    created_at: now,
    updated_at: now,
    anonymised_at: null,
  };
  await insertOfferRow(
    deps.db,
    row,
    hashToken(token),
    event(row, 'submitted', undefined, BY_LINK, 'Formulaire en ligne', now),
  );
  // Nothing the sender typed goes into this message: the form must not relay text to any address.
  await queueMail(deps, {
    relaisId: relais.id,
    purpose: 'job_offer_verification',
    to: input.email,
    subject: `Confirmez votre offre d’emploi — ${relais.card.name}`,
    paragraphs: [
      `Vous avez déposé une offre d’emploi auprès du ${relais.card.name}.`,
      'Confirmez votre adresse e-mail avec le lien ci-dessous : le relais vérifiera ensuite votre offre avant de la diffuser aux assistant·es maternel·les. Gardez ce message : le même lien vous permet de suivre, modifier, renouveler ou retirer votre offre.',
      'Si vous n’êtes pas à l’origine de cette offre, ignorez ce message : elle sera effacée.',
    ],
    action: { label: 'Confirmer mon adresse et suivre mon offre', url: manageUrl(deps, token) },
  });
  await recordAudit(deps, undefined, {
    relaisId: relais.id,
    action: 'job_offer.submitted',
    subjectType: 'job_offer',
    subjectId: row.id,
    summary: 'Offre d’emploi déposée par le formulaire en ligne',
    ip,
  });
}

async function byToken(deps: JobOffersDeps, token: string): Promise<OfferRow> {
  const row = await findOfferByTokenHash(deps.db, hashToken(token));
  if (!row || row.anonymised_at !== null) {
    throw new NotFoundError('Cette offre est introuvable : le lien est peut-être incomplet, ou l’offre a été effacée.');
  }
  return row;
}

async function viewOf(deps: JobOffersDeps, relaisId: string, id: string) {
  const row = (await findOfferRow(deps.db, relaisId, id))!;
  const [{ names, relais }, answers] = await Promise.all([viewContext(deps, relaisId), answerCounts(deps.db, [id])]);
  return parentView(row, names, answers.get(id) ?? 0, relais);
}

export async function offerByToken(deps: JobOffersDeps, token: string) {
  const row = await byToken(deps, token);
  return viewOf(deps, row.relais_id, row.id);
}

async function audit(deps: JobOffersDeps, row: OfferRow, action: string, summary: string, ip?: string) {
  await recordAudit(deps, undefined, {
    relaisId: row.relais_id,
    action: `job_offer.${action}`,
    subjectType: 'job_offer',
    subjectId: row.id,
    summary,
    ip,
  });
}

/** The parent opened her link and confirmed: the offer goes to the relais's check (once). */
export async function verifyOffer(deps: JobOffersDeps, token: string, ip?: string) {
  const row = await byToken(deps, token);
  if (row.status === 'email_pending') {
    const now = deps.clock.now().toISOString();
    const changed = await changeOfferRow(
      deps.db,
      row.relais_id,
      row.id,
      ['email_pending'],
      { status: 'pending', email_verified_at: now, updated_at: now },
      event(row, 'email_verified', undefined, BY_LINK, '', now),
    );
    if (changed) await audit(deps, row, 'email_verified', 'Adresse e-mail de l’offre confirmée par le parent', ip);
  }
  return viewOf(deps, row.relais_id, row.id);
}

/** The parent changes her need: a published offer goes back to the relais's check. */
export async function editOffer(
  deps: JobOffersDeps,
  token: string,
  input: z.infer<typeof parentEditInput>,
  ip?: string,
) {
  const row = await byToken(deps, token);
  const status = row.status as JobOfferStatus;
  if (!OPEN_STATUSES.includes(status))
    throw new OfferStateError('Cette offre est close : elle ne peut plus être modifiée.');
  const columns = await needColumns(deps, row.relais_id, input, input.phone, input.showPhone);
  const now = deps.clock.now().toISOString();
  const next: JobOfferStatus = status === 'published' ? 'pending' : status;
  const changed = await changeOfferRow(
    deps.db,
    row.relais_id,
    row.id,
    [status],
    {
      ...columns,
      parent_name: input.name,
      parent_phone: input.phone,
      show_phone: input.showPhone ? 1 : 0,
      status: next,
      updated_at: now,
    },
    event(row, 'edited', undefined, BY_LINK, next !== status ? 'retour en vérification par le relais' : '', now),
  );
  if (!changed) throw new OfferStateError('Cette offre vient de changer : rechargez la page.');
  await audit(deps, row, 'edited', 'Offre d’emploi modifiée par le parent', ip);
  return viewOf(deps, row.relais_id, row.id);
}

/**
 * Renews the offer: a published one runs for another full delay; an expired one goes back to the
 * relais's check (the need may have changed).
 */
export async function renewOffer(deps: JobOffersDeps, token: string, ip?: string) {
  const row = await byToken(deps, token);
  const now = deps.clock.now().toISOString();
  let changed = false;
  if (row.status === 'published') {
    const expiresOn = addDays(parisToday(deps.clock), deps.config.jobOfferExpiryDays);
    changed = await changeOfferRow(
      deps.db,
      row.relais_id,
      row.id,
      ['published'],
      { expires_on: expiresOn, expiry_reminded_at: null, updated_at: now },
      event(row, 'renewed', undefined, BY_LINK, `jusqu’au ${expiresOn}`, now),
    );
  } else if (row.status === 'expired') {
    changed = await changeOfferRow(
      deps.db,
      row.relais_id,
      row.id,
      ['expired'],
      {
        status: 'pending',
        outcome: null,
        closed_at: null,
        expires_on: null,
        expiry_reminded_at: null,
        updated_at: now,
      },
      event(row, 'renewed', undefined, BY_LINK, 'retour en vérification par le relais', now),
    );
  }
  if (!changed) throw new OfferStateError('Seule une offre publiée ou expirée peut être renouvelée.');
  await audit(deps, row, 'renewed', 'Offre d’emploi renouvelée par le parent', ip);
  return viewOf(deps, row.relais_id, row.id);
}

/** The parent withdraws her offer, saying whether she found care. */
export async function withdrawOffer(
  deps: JobOffersDeps,
  token: string,
  input: z.infer<typeof withdrawInput>,
  ip?: string,
) {
  const row = await byToken(deps, token);
  const status = row.status as JobOfferStatus;
  const next = OPEN_STATUSES.includes(status) ? statusOfOutcome(input.outcome, status) : status;
  const now = deps.clock.now().toISOString();
  const changed =
    next !== status &&
    (await changeOfferRow(
      deps.db,
      row.relais_id,
      row.id,
      [status],
      { status: next, outcome: input.outcome, closed_at: now, updated_at: now },
      event(row, 'withdrawn', undefined, BY_LINK, JOB_OFFER_OUTCOMES[input.outcome], now),
    ));
  if (!changed) throw new OfferStateError('Cette offre est déjà close.');
  await audit(
    deps,
    row,
    'withdrawn',
    `Offre d’emploi retirée par le parent (${JOB_OFFER_OUTCOMES[input.outcome]})`,
    ip,
  );
  return viewOf(deps, row.relais_id, row.id);
}
