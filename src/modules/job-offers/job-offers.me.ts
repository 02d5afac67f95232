/**
 * The childminder's side of job offers, in her space (signed in by magic link): the published
 * offers sent to her (or all those of her relais), answering « intéressée » — the parent gets her
 * message by e-mail, with her phone and e-mail only if she agreed — and hiding an offer.
 */
import type { z } from 'zod';
import { NotFoundError } from '../../app/errors.js';
import type { Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { slotProblems } from '../availability/availability.rules.js';
import { confirmAvailability, replaceAvailability } from '../availability/availability.usecases.js';
import { ownFile } from '../childminders/childminders.me.usecases.js';
import { invalidContact as invalidInput } from '../contacts/contacts.errors.js';
import { queueMail } from '../mail/mail.usecases.js';
import { communeNamesOfRelais, findRelaisSummary, getPublicRelais } from '../relais/relais.usecases.js';
import { AlreadyAnsweredError, OfferStateError } from './job-offers.errors.js';
import {
  findAnswer,
  findOfferRow,
  hideOffer,
  insertAnswer,
  publishedOffersFor,
  recipientIdsOf,
  setAnswerMessage,
} from './job-offers.repository.js';
import type { answerInput } from './job-offers.schemas.js';
import { event, publicView, type JobOffersDeps } from './job-offers.shared.js';

export async function listMyOffers(deps: JobOffersDeps, actor: Actor | undefined, scope: 'fit' | 'all') {
  const me = await ownFile(deps, actor);
  const [rows, names] = await Promise.all([
    publishedOffersFor(deps.db, me.relais_id, me.id, scope),
    communeNamesOfRelais(deps, me.relais_id),
  ]);
  return {
    offers: rows.map((r) => ({
      ...publicView(r, names),
      reasons: r.my_reasons ? r.my_reasons.split('\n') : [],
      sentToMe: r.sent_to !== null,
      answered: r.my_answer !== null,
      hidden: false,
    })),
  };
}

async function publishedOffer(deps: JobOffersDeps, relaisId: string, offerId: string) {
  const row = await findOfferRow(deps.db, relaisId, offerId);
  if (!row || row.status !== 'published') {
    throw new NotFoundError('Cette offre n’est plus publiée : elle a peut-être été pourvue ou retirée.');
  }
  return row;
}

/**
 * « Intéressée » : her answer is kept, and relayed to the parent by e-mail (the parent's address
 * stays unknown to her). Her phone and e-mail go with it only if she agreed. In the same step she
 * may confirm her free places or replace them (checked before anything is written).
 */
export async function answerOffer(
  deps: JobOffersDeps,
  actor: Actor | undefined,
  offerId: string,
  input: z.infer<typeof answerInput>,
) {
  const me = await ownFile(deps, actor);
  const row = await publishedOffer(deps, me.relais_id, offerId);
  if (await findAnswer(deps.db, offerId, me.id)) throw new AlreadyAnsweredError();
  if (!row.parent_email) throw new OfferStateError('Cette offre n’a plus d’adresse e-mail.');
  if (input.availability?.action === 'replace') {
    const problems = slotProblems(input.availability.slots, me.approval_places);
    if (problems.length > 0) invalidInput(problems.map((p) => ({ ...p, field: `availability.${p.field}` })));
  }
  const now = deps.clock.now().toISOString();
  const answerId = crypto.randomUUID();
  try {
    await insertAnswer(
      deps.db,
      {
        id: answerId,
        offer_id: offerId,
        childminder_id: me.id,
        relais_id: me.relais_id,
        message: input.message,
        share_contact: input.shareContact ? 1 : 0,
        outbox_message_id: null,
        created_at: now,
      },
      event(
        row,
        'answered',
        actor,
        '',
        `${me.first_name} ${me.last_name}${input.shareContact ? ' (coordonnées transmises)' : ''}`,
        now,
      ),
    );
  } catch (error) {
    // The unique index refused a second answer sent at the same instant.
    if (await findAnswer(deps.db, offerId, me.id)) throw new AlreadyAnsweredError();
    throw error;
  }
  const summary = await findRelaisSummary(deps, me.relais_id);
  const relais = (await getPublicRelais(deps, summary!.slug)).card;
  const relaisName = relais.name;
  const contact = input.shareContact
    ? [
        `Pour la contacter : ${[me.phone, me.email].filter(Boolean).join(' — ') || 'elle n’a pas laissé de coordonnées au relais ; écrivez au relais'}.`,
      ]
    : [
        `Elle n’a pas souhaité transmettre ses coordonnées : pour la joindre, écrivez au relais (${relais.email}) en citant votre offre.`,
      ];
  const outboxId = await queueMail(deps, {
    relaisId: me.relais_id,
    purpose: 'job_offer_answer',
    to: row.parent_email,
    subject: `Une assistante maternelle est intéressée par votre offre — ${relaisName}`,
    greeting: row.parent_name ? `Bonjour ${row.parent_name},` : 'Bonjour,',
    paragraphs: [
      `${me.first_name} ${me.last_name}, assistant·e maternel·le, est intéressé·e par votre offre d’emploi et vous écrit :`,
      ...input.message.split(/\n\s*\n/).map((p) => `« ${p.trim()} »`),
      ...contact,
    ],
    footer: `${relaisName} — ce message vous est relayé par Relais ; votre adresse n’a pas été communiquée.`,
  });
  await setAnswerMessage(deps.db, answerId, outboxId);
  if (input.availability?.action === 'replace') {
    await replaceAvailability(deps, actor, me.relais_id, me.id, input.availability.slots);
  } else if (input.availability?.action === 'confirm') {
    await confirmAvailability(deps, actor, me.relais_id, me.id);
  }
  await recordAudit(deps, actor, {
    relaisId: me.relais_id,
    action: 'job_offer.answered',
    subjectType: 'job_offer',
    subjectId: offerId,
    summary: `Réponse à une offre d’emploi${input.shareContact ? ' (coordonnées transmises au parent)' : ''}`,
  });
  const [names, recipients] = await Promise.all([
    communeNamesOfRelais(deps, me.relais_id),
    recipientIdsOf(deps.db, offerId),
  ]);
  return { ...publicView(row, names), reasons: [], sentToMe: recipients.has(me.id), answered: true, hidden: false };
}

/** Hides an offer from her list (idempotent). */
export async function hideMyOffer(deps: JobOffersDeps, actor: Actor | undefined, offerId: string) {
  const me = await ownFile(deps, actor);
  const row = await findOfferRow(deps.db, me.relais_id, offerId);
  if (!row || row.status !== 'published') throw new NotFoundError('Cette offre n’est plus publiée.');
  await hideOffer(deps.db, offerId, me.id, deps.clock.now().toISOString());
}
