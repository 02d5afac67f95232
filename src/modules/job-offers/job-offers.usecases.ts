/**
 * The staff's side of job offers: the moderation queue, reading (audited: personal data),
 * correcting, the audience an offer would reach (ranked, with reasons; widened or narrowed by
 * hand), publishing (one e-mail per recipient through the outbox, once even if two staff members
 * publish at the same instant), refusing, the outcome, and the statistics.
 */
import type { z } from 'zod';
import { addDays } from '../../app/calendar.js';
import { parisDate, parisToday } from '../../app/clock.js';
import { authorize, type Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { freshnessOf } from '../availability/availability.rules.js';
import { invalidContact as invalidInput } from '../contacts/contacts.errors.js';
import { queueMail, queueMails } from '../mail/mail.usecases.js';
import { distanceKm } from '../relais/communes.geo.js';
import { communeNamesOfRelais, getRelais } from '../relais/relais.usecases.js';
import { OfferStateError } from './job-offers.errors.js';
import {
  activeChildmindersOf,
  answerCounts,
  answersOf,
  candidateSlotRows,
  changeOfferRow,
  changeOfferRowIn,
  eventsOf,
  insertRecipients,
  listOfferRows,
  recipientCounts,
  recipientIdsOf,
  recipientsOf,
  statisticsRows,
  type OfferRow,
} from './job-offers.repository.js';
import {
  frenchSchedule,
  JOB_OFFER_EVENTS,
  JOB_OFFER_OUTCOMES,
  JOB_OFFER_STATUS_KEYS,
  JOB_OFFER_STATUSES,
  JOB_OFFERS_PAGE_SIZE,
  offerStatistics,
  rankCandidates,
  statusOfOutcome,
  type Candidate,
  type JobOfferOutcome,
  type JobOfferStatus,
  type OfferFact,
} from './job-offers.rules.js';
import type { offerNeedInput, outcomeInput, publishInput } from './job-offers.schemas.js';
import {
  event,
  label,
  needColumns,
  needOf,
  parentView,
  requireOffer,
  viewContext,
  type JobOffersDeps,
} from './job-offers.shared.js';

export interface AudienceChoice {
  radiusKm?: number;
  exclude: string[];
  add: string[];
}

const fullName = (r: { first_name: string; last_name: string }) => `${r.first_name} ${r.last_name}`.trim();

async function staffDetail(deps: JobOffersDeps, row: OfferRow) {
  const [{ names, relais }, answers, recipients, answerList, events] = await Promise.all([
    viewContext(deps, row.relais_id),
    answerCounts(deps.db, [row.id]),
    recipientsOf(deps.db, row.id),
    answersOf(deps.db, row.id),
    eventsOf(deps.db, row.id),
  ]);
  return {
    ...parentView(row, names, answers.get(row.id) ?? 0, relais),
    consentAt: row.consent_at,
    emailVerifiedAt: row.email_verified_at,
    outcomeLabel: row.outcome ? label(JOB_OFFER_OUTCOMES, row.outcome) : null,
    outcomeNote: row.outcome_note,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    anonymised: row.anonymised_at !== null,
    recipients: recipients.map((r) => ({
      childminderId: r.childminder_id,
      name: fullName(r),
      rank: Number(r.rank),
      reasons: r.reasons ? r.reasons.split('\n') : [],
      distanceKm: r.distance_km === null ? null : Number(r.distance_km),
      addedByStaff: Number(r.added_by_staff) === 1,
      sentAt: r.sent_at,
    })),
    answerList: answerList.map((a) => ({
      id: a.id,
      childminderId: a.childminder_id,
      name: fullName(a),
      message: a.message,
      shareContact: Number(a.share_contact) === 1,
      at: a.created_at,
    })),
    events: events.map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      label: label(JOB_OFFER_EVENTS, e.kind),
      actor: e.actor_name ?? e.actor_label,
      detail: e.detail,
    })),
  };
}

export async function listOffers(
  deps: JobOffersDeps,
  actor: Actor | undefined,
  relaisId: string,
  status: JobOfferStatus | undefined,
  page: number,
) {
  authorize(actor, 'jobOffers.read', relaisId);
  const { rows, counts } = await listOfferRows(deps.db, relaisId, status, page);
  const ids = rows.map((r) => r.id);
  const [names, answers, recipients] = await Promise.all([
    communeNamesOfRelais(deps, relaisId),
    answerCounts(deps.db, ids),
    recipientCounts(deps.db, ids),
  ]);
  const count = (s: JobOfferStatus) => counts.get(s) ?? 0;
  const total = status ? count(status) : [...counts.values()].reduce((a, b) => a + b, 0);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'job_offer',
    summary: `Consultation des offres d’emploi (${rows.length} sur ${total})`,
  });
  return {
    offers: rows.map((r) => ({
      id: r.id,
      status: r.status,
      statusLabel: label(JOB_OFFER_STATUSES, r.status),
      parentName: r.parent_name,
      communeName: names.get(r.insee_code) ?? r.insee_code,
      startOn: r.start_on,
      childAgeMonths: Number(r.child_age_months),
      childrenCount: Number(r.children_count),
      weeklyHours: Math.round((Number(r.weekly_minutes) / 60) * 100) / 100,
      atypicalHours: Number(r.atypical_hours) === 1,
      disability: Number(r.disability) === 1,
      emergency: Number(r.emergency) === 1,
      answers: answers.get(r.id) ?? 0,
      recipients: recipients.get(r.id) ?? 0,
      createdAt: r.created_at,
      expiresOn: r.expires_on,
    })),
    total,
    page,
    pageSize: JOB_OFFERS_PAGE_SIZE,
    counts: Object.fromEntries(JOB_OFFER_STATUS_KEYS.map((s) => [s, count(s)])),
  };
}

export async function getOffer(deps: JobOffersDeps, actor: Actor | undefined, relaisId: string, id: string) {
  authorize(actor, 'jobOffers.read', relaisId);
  const row = await requireOffer(deps, relaisId, id);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'job_offer',
    subjectId: id,
    summary: 'Consultation d’une offre d’emploi',
  });
  return staffDetail(deps, row);
}

/** An offer waiting for the relais's check, for a staff member who may moderate; 409 otherwise. */
async function pendingOffer(deps: JobOffersDeps, actor: Actor | undefined, relaisId: string, id: string, verb: string) {
  const who = authorize(actor, 'jobOffers.moderate', relaisId);
  const row = await requireOffer(deps, relaisId, id);
  if (row.status !== 'pending') {
    throw new OfferStateError(`Seule une offre en attente de vérification peut être ${verb}.`);
  }
  return { who, row };
}

/** Staff correct the need before publishing it (only while it waits for their check). */
export async function correctOffer(
  deps: JobOffersDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: z.infer<typeof offerNeedInput>,
) {
  const { who, row } = await pendingOffer(deps, actor, relaisId, id, 'corrigée');
  const columns = await needColumns(deps, relaisId, input, row.parent_phone, Number(row.show_phone) === 1);
  const now = deps.clock.now().toISOString();
  const changed = await changeOfferRow(
    deps.db,
    relaisId,
    id,
    ['pending'],
    { ...columns, updated_at: now },
    event(row, 'corrected', who, '', '', now),
  );
  if (!changed) throw new OfferStateError('Cette offre vient de changer : rechargez la page.');
  await recordAudit(deps, who, {
    relaisId,
    action: 'job_offer.corrected',
    subjectType: 'job_offer',
    subjectId: id,
    summary: 'Offre d’emploi corrigée',
  });
  return staffDetail(deps, (await requireOffer(deps, relaisId, id))!);
}

// ---------------------------------------------------------------------------------------------
// The audience.

/** The relais's candidates for the offer: free places grouped by childminder, with the distance. */
async function candidatesOf(deps: JobOffersDeps, row: OfferRow) {
  const need = needOf(row);
  const [slots, centresRows] = await Promise.all([
    candidateSlotRows(deps.db, row.relais_id, need.ageMonths, need.startOn),
    deps.db
      .selectFrom('relais_commune')
      .select(['insee_code', 'latitude', 'longitude'])
      .where('relais_id', '=', row.relais_id)
      .execute(),
  ]);
  const centres = new Map<string, [number, number]>();
  for (const c of centresRows) {
    if (c.latitude !== null && c.longitude !== null)
      centres.set(c.insee_code, [Number(c.longitude), Number(c.latitude)]);
  }
  const origin = centres.get(row.insee_code);
  const now = deps.clock.now();
  const byId = new Map<string, Candidate & { email: string }>();
  for (const s of slots) {
    let c = byId.get(s.id);
    if (!c) {
      const centre = centres.get(s.insee_code);
      c = {
        id: s.id,
        name: fullName(s),
        inseeCode: s.insee_code,
        email: s.email,
        distanceKm: origin && centre ? distanceKm(origin, centre) : null,
        approvalPlaces: Number(s.approval_places),
        reducedPlaces: s.reduced_places === null ? null : Number(s.reduced_places),
        reducedUntil: s.reduced_until,
        approvalMinAgeMonths: s.approval_min_age_months === null ? null : Number(s.approval_min_age_months),
        approvalMaxAgeMonths: s.approval_max_age_months === null ? null : Number(s.approval_max_age_months),
        atypicalHours: Number(s.atypical_hours) === 1,
        disabilityCare: Number(s.disability_care) === 1,
        emergencyCare: Number(s.emergency_care) === 1,
        fresh: freshnessOf(s.availability_confirmed_at, now, deps.config.availabilityMaxAgeDays) === 'fresh',
        slots: [],
      };
      byId.set(s.id, c);
    }
    (c.slots as Candidate['slots'][number][]).push({
      availableFrom: s.available_from,
      minAgeMonths: s.min_age_months === null ? null : Number(s.min_age_months),
      maxAgeMonths: s.max_age_months === null ? null : Number(s.max_age_months),
      days: s.days.split(',').map(Number),
      startTime: s.start_time,
      endTime: s.end_time,
    });
  }
  return byId;
}

/**
 * Who the offer would reach: the ranked matches (with the radius staff chose, if any), less those
 * left out, plus those added by hand (after the others).
 */
export async function audienceOf(deps: JobOffersDeps, row: OfferRow, choice: AudienceChoice) {
  const candidates = await candidatesOf(deps, row);
  const need = needOf(row, choice.radiusKm);
  const excluded = new Set(choice.exclude);
  const matches = rankCandidates(need, [...candidates.values()], parisToday(deps.clock)).filter(
    (m) => !excluded.has(m.childminderId),
  );
  const matched = new Set(matches.map((m) => m.childminderId));
  const extraIds = [...new Set(choice.add)].filter((id) => !matched.has(id) && !excluded.has(id));
  const extras = await activeChildmindersOf(deps.db, row.relais_id, extraIds);
  if (extras.length !== extraIds.length) {
    invalidInput([{ field: 'add', message: 'Assistant·e maternel·le inconnu·e ou archivé·e dans ce relais.' }]);
  }
  const names = await communeNamesOfRelais(deps, row.relais_id);
  const list = [
    ...matches.map((m) => {
      const c = candidates.get(m.childminderId)!;
      return { ...m, inseeCode: c.inseeCode, email: c.email, addedByStaff: false };
    }),
    ...extras.map((e) => ({
      childminderId: e.id,
      name: fullName(e),
      score: 0,
      distanceKm: null,
      reasons: ['Ajoutée par le relais'],
      inseeCode: e.insee_code,
      email: e.email,
      addedByStaff: true,
    })),
  ];
  return {
    radiusKm: need.radiusKm,
    total: list.length,
    childminders: list.map((m, i) => ({
      childminderId: m.childminderId,
      name: m.name,
      communeName: names.get(m.inseeCode) ?? m.inseeCode,
      rank: i + 1,
      score: m.score,
      distanceKm: m.distanceKm === null ? null : Math.round(m.distanceKm * 10) / 10,
      reasons: m.reasons,
      addedByStaff: m.addedByStaff,
      hasEmail: m.email !== '',
      email: m.email,
    })),
    excluded: [...excluded],
  };
}

/** What is recorded of a recipient: her rank, her reasons, the message sent to her (if any). */
export function recipientRow(
  offer: Pick<OfferRow, 'id' | 'relais_id'>,
  c: { childminderId: string; rank: number; reasons: string[]; distanceKm: number | null; addedByStaff: boolean },
  outboxMessageId: string | null,
  sentAt: string,
) {
  return {
    offer_id: offer.id,
    childminder_id: c.childminderId,
    relais_id: offer.relais_id,
    rank: c.rank,
    reasons: c.reasons.join('\n'),
    distance_km: c.distanceKm,
    added_by_staff: c.addedByStaff ? 1 : 0,
    outbox_message_id: outboxMessageId,
    sent_at: sentAt,
  };
}

export async function previewAudience(
  deps: JobOffersDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  choice: AudienceChoice,
) {
  authorize(actor, 'jobOffers.moderate', relaisId);
  const row = await requireOffer(deps, relaisId, id);
  const audience = await audienceOf(deps, row, choice);
  return { ...audience, childminders: audience.childminders.map(({ email: _email, ...c }) => c) };
}

/**
 * Publishes a checked offer: the status moves from pending to published by a compare-and-set (of
 * two staff members publishing at once, one wins, the other gets a 409 and nothing is sent twice),
 * then one e-mail per recipient goes to the outbox and each recipient is recorded with her rank
 * and reasons. Childminders already reached by an earlier publication (before an edit) are not
 * written to again: they see the offer as it now is in their space.
 */
export async function publishOffer(
  deps: JobOffersDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  choice: z.infer<typeof publishInput>,
) {
  const { who, row } = await pendingOffer(deps, actor, relaisId, id, 'publiée');
  const audience = await audienceOf(deps, row, choice);
  const already = await recipientIdsOf(deps.db, id);
  const recipients = audience.childminders.filter((c) => !already.has(c.childminderId));
  const now = deps.clock.now().toISOString();
  const expiresOn = addDays(parisToday(deps.clock), deps.config.jobOfferExpiryDays);
  const detail = [
    `envoyée à ${recipients.length} assistant·e${recipients.length > 1 ? 's' : ''} maternel·le${recipients.length > 1 ? 's' : ''}`,
    choice.radiusKm !== undefined ? `rayon ${choice.radiusKm} km` : '',
    choice.exclude.length > 0 ? `${choice.exclude.length} écartée(s)` : '',
    choice.add.length > 0 ? `${choice.add.length} ajoutée(s)` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const relais = await getRelais(deps, who, relaisId);
  const names = await communeNamesOfRelais(deps, relaisId);
  const need = needOf(row);
  const what = [
    `Un parent de ${names.get(row.insee_code) ?? row.insee_code} cherche un accueil à partir du ${row.start_on.split('-').reverse().join('/')}`,
    `pour ${Number(row.children_count) > 1 ? `${Number(row.children_count)} enfants` : 'un enfant'} de ${Number(row.child_age_months)} mois : ${frenchSchedule(need.schedule)}.`,
  ].join(' ');

  // One transaction: the status, the e-mails and who received them are written together or not at
  // all; of two staff members publishing at once, the second finds the offer published already.
  const claimed = await deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    const changed = await changeOfferRowIn(
      trx,
      relaisId,
      id,
      ['pending'],
      { status: 'published', published_at: now, expires_on: expiresOn, expiry_reminded_at: null, updated_at: now },
      event(row, 'published', who, '', detail, now),
    );
    if (!changed) return false;
    const mailed = recipients.filter((c) => c.email);
    const outboxIds = await queueMails(
      tx,
      mailed.map((c) => ({
        relaisId,
        purpose: 'job_offer_published',
        to: c.email,
        subject: `Offre d’emploi près de chez vous — ${relais.name}`,
        greeting: `Bonjour ${c.name},`,
        paragraphs: [
          what,
          `Pourquoi vous : ${c.reasons.join(' ; ')}.`,
          'Consultez l’offre et répondez depuis votre espace assistant·e maternel·le sur Relais.',
        ],
        action: { label: 'Voir l’offre', url: `${deps.config.publicUrl}/espace` },
        footer: `${relais.name} — vous recevez ce message parce que vos disponibilités correspondent à cette offre.`,
      })),
    );
    const outboxIdOf = new Map(mailed.map((c, i) => [c.childminderId, outboxIds[i]!]));
    const rows = recipients.map((c) => recipientRow(row, c, outboxIdOf.get(c.childminderId) ?? null, now));
    await insertRecipients(trx, rows);
    if (row.parent_email) {
      await queueMail(tx, {
        relaisId,
        purpose: 'job_offer_parent',
        to: row.parent_email,
        subject: `Votre offre d’emploi est publiée — ${relais.name}`,
        paragraphs: [
          `Le ${relais.name} a publié votre offre : elle a été envoyée à ${recipients.length} assistant·e(s) maternel·le(s) dont l’agrément et les disponibilités correspondent.`,
          'Leurs réponses vous parviendront par e-mail. Vous pouvez suivre votre offre avec le lien reçu lors de son dépôt.',
          `Elle restera en ligne jusqu’au ${expiresOn.split('-').reverse().join('/')}.`,
        ],
      });
    }
    await recordAudit(tx, who, {
      relaisId,
      action: 'job_offer.published',
      subjectType: 'job_offer',
      subjectId: id,
      summary: `Offre d’emploi publiée (${detail})`,
    });
    return true;
  });
  if (!claimed) throw new OfferStateError('Cette offre vient d’être publiée ou modifiée : rechargez la page.');
  return staffDetail(deps, (await requireOffer(deps, relaisId, id))!);
}

/** Refuses an offer with a reason written to the parent. */
export async function refuseOffer(
  deps: JobOffersDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  reason: string,
) {
  const { who, row } = await pendingOffer(deps, actor, relaisId, id, 'refusée');
  const now = deps.clock.now().toISOString();
  const changed = await changeOfferRow(
    deps.db,
    relaisId,
    id,
    ['pending'],
    { status: 'refused', refusal_reason: reason, closed_at: now, updated_at: now },
    event(row, 'refused', who, '', reason, now),
  );
  if (!changed) throw new OfferStateError('Cette offre vient de changer : rechargez la page.');
  const relais = await getRelais(deps, who, relaisId);
  if (row.parent_email) {
    await queueMail(deps, {
      relaisId,
      purpose: 'job_offer_parent',
      to: row.parent_email,
      subject: `Votre offre d’emploi n’a pas été publiée — ${relais.name}`,
      greeting: row.parent_name ? `Bonjour ${row.parent_name},` : 'Bonjour,',
      paragraphs: [
        `Le ${relais.name} n’a pas pu publier votre offre d’emploi, pour la raison suivante :`,
        reason,
        `Pour en parler : ${relais.phone} ou ${relais.email}.`,
      ],
    });
  }
  await recordAudit(deps, who, {
    relaisId,
    action: 'job_offer.refused',
    subjectType: 'job_offer',
    subjectId: id,
    summary: 'Offre d’emploi refusée',
  });
  return staffDetail(deps, (await requireOffer(deps, relaisId, id))!);
}

/** Records what became of the offer; an open offer filled or abandoned is closed. */
export async function recordOutcome(
  deps: JobOffersDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: z.infer<typeof outcomeInput>,
) {
  const who = authorize(actor, 'jobOffers.moderate', relaisId);
  const row = await requireOffer(deps, relaisId, id);
  const status = row.status as JobOfferStatus;
  if (status === 'email_pending' || status === 'refused') {
    throw new OfferStateError('Une offre non publiée n’a pas de suite à enregistrer.');
  }
  const next = statusOfOutcome(input.outcome as JobOfferOutcome, status);
  const now = deps.clock.now().toISOString();
  const changed = await changeOfferRow(
    deps.db,
    relaisId,
    id,
    [status],
    {
      status: next,
      outcome: input.outcome,
      outcome_note: input.note,
      closed_at: next !== status ? now : row.closed_at,
      updated_at: now,
    },
    event(row, 'outcome', who, '', JOB_OFFER_OUTCOMES[input.outcome], now),
  );
  if (!changed) throw new OfferStateError('Cette offre vient de changer : rechargez la page.');
  await recordAudit(deps, who, {
    relaisId,
    action: 'job_offer.outcome',
    subjectType: 'job_offer',
    subjectId: id,
    summary: `Suite de l’offre d’emploi : ${JOB_OFFER_OUTCOMES[input.outcome]}`,
  });
  return staffDetail(deps, (await requireOffer(deps, relaisId, id))!);
}

/** Counts by commune and month, outcomes and unmet needs, over a period of months (Paris). */
export async function offerStatisticsOf(
  deps: JobOffersDeps,
  actor: Actor | undefined,
  relaisId: string,
  period: { from?: string; to?: string },
) {
  authorize(actor, 'jobOffers.statistics', relaisId);
  if (period.from && period.to && period.to < period.from) {
    invalidInput([{ field: 'to', message: 'La fin de la période précède son début.' }]);
  }
  const [rows, names] = await Promise.all([statisticsRows(deps.db, relaisId), communeNamesOfRelais(deps, relaisId)]);
  const facts: OfferFact[] = rows
    .map((r) => ({
      month: parisDate(new Date(r.created_at)).slice(0, 7),
      inseeCode: r.insee_code,
      status: r.status as JobOfferStatus,
      outcome: r.outcome as JobOfferOutcome | null,
      atypical: Number(r.atypical_hours) === 1,
      disability: Number(r.disability) === 1,
      emergency: Number(r.emergency) === 1,
      answers: Number(r.answers ?? 0),
    }))
    .filter((f) => (!period.from || f.month >= period.from) && (!period.to || f.month <= period.to));
  const stats = offerStatistics(facts);
  return {
    from: period.from ?? null,
    to: period.to ?? null,
    ...stats,
    byCommune: stats.byCommune.map((c) => ({ ...c, communeName: names.get(c.inseeCode) ?? c.inseeCode })),
  };
}
