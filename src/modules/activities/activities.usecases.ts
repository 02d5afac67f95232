/**
 * Staff's use cases of sessions: the programme, one session with its registrations and history,
 * create (defaults from the kind), edit (capacity never below what is taken; a larger one promotes
 * the waiting list), move and cancel (everyone told), and registering someone by phone. Every
 * change writes the session's history and the audit; nothing is deleted.
 */
import type { z } from 'zod';
import { addDays, daysBetween, parisInstant, parisWallClock } from '../../app/calendar.js';
import { parisToday } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { communeNamer } from '../relais/relais.usecases.js';
import { ActivityStateError, invalid, invalidField } from './activities.errors.js';
import { kindsOfRelais } from './activities.kinds.js';
import { sendCancelled, sendMoved, sendPromoted } from './activities.mails.js';
import { mailContext, promoteWaiting, register, unregister, type Registrant } from './activities.registrations.js';
import {
  activeRegistrationsOf,
  activeStaffIds,
  eventsOf,
  findActivityRow,
  findKindRow,
  findPracticeGroup,
  findSiteRow,
  insertActivityRow,
  insertEvents,
  listActivityRows,
  lockActivity,
  registrationsOf,
  replaceAnimators,
  updateActivityRow,
} from './activities.repository.js';
import { ACTIVITY_EVENTS, activityProblems, type ActivityEventKind } from './activities.rules.js';
import type {
  activitiesQuery,
  activityInput,
  activityUpdateInput,
  moveInput,
  staffRegistrationInput,
} from './activities.schemas.js';
import {
  event,
  nowIso,
  registrationOf,
  requireActivity,
  summaryContext,
  summaryOf,
  type ActivitiesDeps,
} from './activities.shared.js';

const MAX_RANGE_DAYS = 400;
const DEFAULT_RANGE_DAYS = 90;

/** The range of dates asked, checked: at most 400 days, `to` after `from`. */
export function rangeOf(deps: ActivitiesDeps, q: { from?: string; to?: string }) {
  const from = q.from ?? parisToday(deps.clock);
  const to = q.to ?? addDays(from, DEFAULT_RANGE_DAYS);
  if (to < from) invalidField('to', 'La fin de la période doit suivre son début.');
  if (daysBetween(from, to) > MAX_RANGE_DAYS) invalidField('to', `La période couvre au plus ${MAX_RANGE_DAYS} jours.`);
  return { from, to };
}

export async function listActivities(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  q: z.infer<typeof activitiesQuery>,
) {
  authorize(actor, 'activities.read', relaisId);
  const { from, to } = rangeOf(deps, q);
  const rows = await listActivityRows(deps.db, relaisId, {
    from,
    to,
    inseeCode: q.commune,
    kindId: q.kind,
    status: q.status,
  });
  const ctx = await summaryContext(deps, relaisId, rows);
  return { activities: rows.map((r) => summaryOf(r, ctx)) };
}

/** ActivityDetail: the summary, the registrations (all, in order of arrival) and the history. */
export async function detailOf(deps: ActivitiesDeps, relaisId: string, id: string) {
  const row = await requireActivity(deps, relaisId, id);
  const [ctx, registrations, events] = await Promise.all([
    summaryContext(deps, relaisId, [row]),
    registrationsOf(deps.db, id),
    eventsOf(deps.db, id),
  ]);
  const names = new Map(registrations.map((r) => [r.id, r.person_name]));
  return {
    ...summaryOf(row, ctx),
    registrations: registrations.map((r) => registrationOf(r, ctx.names)),
    events: events.map((e) => ({
      kind: e.kind,
      label: ACTIVITY_EVENTS[e.kind as ActivityEventKind] ?? e.kind,
      actorName: e.actor_name,
      // A reminder names the registration it was sent for: shown as the person's name.
      detail: e.kind === 'reminded' ? (names.get(e.detail) ?? '') : e.detail,
      at: e.at,
    })),
  };
}

async function audit(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  action: string,
  summary: string,
) {
  await recordAudit(deps, actor, {
    relaisId,
    action: `activity.${action}`,
    subjectType: 'activity',
    subjectId: id,
    summary,
  });
}

export async function getActivity(deps: ActivitiesDeps, actor: Actor | undefined, relaisId: string, id: string) {
  authorize(actor, 'activities.read', relaisId);
  const detail = await detailOf(deps, relaisId, id);
  await audit(
    deps,
    actor,
    relaisId,
    id,
    'read',
    `Lecture des inscrit·es de la séance « ${detail.title} » du ${detail.date}`,
  );
  return detail;
}

const toIso = (instant: string | null | undefined) => (instant ? new Date(instant).toISOString() : null);

/** Start and end instants of a session from its Paris date and times. */
function instantsOf(date: string, startTime: string, endTime: string | undefined, minutes: number) {
  const startsAt = parisInstant(date, startTime).toISOString();
  const endsAt = endTime
    ? parisInstant(date, endTime).toISOString()
    : new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
  return { startsAt, endsAt };
}

async function checkSite(deps: ActivitiesDeps, relaisId: string, siteId: string) {
  const site = await findSiteRow(deps.db, relaisId, siteId);
  if (!site) invalidField('siteId', 'Ce lieu n’est pas un lieu du relais.');
  if (site.archived_at !== null) invalidField('siteId', `Le lieu « ${site.name} » est archivé.`);
  return site;
}

async function checkAnimators(deps: ActivitiesDeps, relaisId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await activeStaffIds(deps.db, relaisId, unique);
  if (unique.some((id) => !found.has(id))) {
    invalidField('animatorIds', 'Chaque animateur·rice doit être un compte actif de l’équipe du relais.');
  }
  return unique;
}

export async function createActivity(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  input: z.infer<typeof activityInput>,
) {
  authorize(actor, 'activities.manage', relaisId);
  await kindsOfRelais(deps, relaisId);
  const kind = await findKindRow(deps.db, relaisId, input.kindId);
  if (!kind) invalidField('kindId', 'Ce type d’activité n’existe pas dans ce relais.');
  if (kind.archived_at !== null) invalidField('kindId', `Le type d’activité « ${kind.label} » est archivé.`);
  const site = await checkSite(deps, relaisId, input.siteId);
  const animatorIds = await checkAnimators(deps, relaisId, input.animatorIds);
  if (input.practiceGroupId) {
    const group = await findPracticeGroup(deps.db, relaisId, input.practiceGroupId);
    if (!group) invalidField('practiceGroupId', 'Ce groupe d’analyse de la pratique n’existe pas dans ce relais.');
  }
  const { startsAt, endsAt } = instantsOf(
    input.date,
    input.startTime,
    input.endTime,
    Number(kind.default_duration_minutes),
  );
  const adultCapacity = input.adultCapacity ?? Number(kind.default_adult_capacity);
  const childCapacity = input.childCapacity ?? Number(kind.default_child_capacity);
  const registrationOpensAt = toIso(input.registrationOpensAt);
  const registrationClosesAt = toIso(input.registrationClosesAt);
  const problems = activityProblems({
    startsAt,
    endsAt,
    adultCapacity,
    childCapacity,
    registrationOpensAt,
    registrationClosesAt,
  });
  if (problems.length > 0) invalid(problems);
  const now = nowIso(deps);
  const row = {
    id: crypto.randomUUID(),
    relais_id: relaisId,
    kind_id: kind.id,
    title: input.title || kind.label,
    theme: input.theme,
    description: input.description,
    site_id: site.id,
    insee_code: site.insee_code,
    starts_at: startsAt,
    ends_at: endsAt,
    date: input.date,
    adult_capacity: adultCapacity,
    child_capacity: childCapacity,
    registration_opens_at: registrationOpensAt,
    registration_closes_at: registrationClosesAt,
    facilitator: input.facilitator,
    practice_group_id: input.practiceGroupId ?? null,
    plan_id: null,
    status: 'scheduled',
    attendance_recorded_at: null,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertActivityRow(trx, row);
    await replaceAnimators(trx, row.id, animatorIds);
    await insertEvents(trx, [event(row, 'created', actor, '', `${site.name}, ${input.date} ${input.startTime}`, now)]);
  });
  await audit(deps, actor, relaisId, row.id, 'created', `Séance « ${row.title} » du ${row.date} créée`);
  return detailOf(deps, relaisId, row.id);
}

export async function editActivity(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: z.infer<typeof activityUpdateInput>,
) {
  authorize(actor, 'activities.manage', relaisId);
  const current = await requireActivity(deps, relaisId, id);
  const animatorIds = input.animatorIds ? await checkAnimators(deps, relaisId, input.animatorIds) : undefined;
  const now = nowIso(deps);
  const promoted = await deps.db.transaction().execute(async (trx) => {
    const a = await lockActivity(trx, relaisId, id);
    if (!a) throw new NotFoundError('Cette séance est introuvable.');
    if (a.status === 'cancelled')
      throw new ActivityStateError('Cette séance est annulée : elle ne peut plus être modifiée.');
    const adultCapacity = input.adultCapacity ?? Number(a.adult_capacity);
    const childCapacity = input.childCapacity ?? Number(a.child_capacity);
    if (adultCapacity < Number(a.adults_taken)) {
      invalidField(
        'adultCapacity',
        `${a.adults_taken} places d’adultes sont déjà prises : la capacité ne peut pas être inférieure.`,
      );
    }
    if (childCapacity < Number(a.children_taken)) {
      invalidField(
        'childCapacity',
        `${a.children_taken} places d’enfants sont déjà prises : la capacité ne peut pas être inférieure.`,
      );
    }
    const registrationOpensAt =
      input.registrationOpensAt === undefined ? a.registration_opens_at : toIso(input.registrationOpensAt);
    const registrationClosesAt =
      input.registrationClosesAt === undefined ? a.registration_closes_at : toIso(input.registrationClosesAt);
    const problems = activityProblems({
      startsAt: a.starts_at,
      endsAt: a.ends_at,
      adultCapacity,
      childCapacity,
      registrationOpensAt,
      registrationClosesAt,
    });
    if (problems.length > 0) invalid(problems);
    const changed: string[] = [];
    if (input.title !== undefined && input.title !== a.title) changed.push('titre');
    if (input.theme !== undefined && input.theme !== a.theme) changed.push('thème');
    if (input.description !== undefined && input.description !== a.description) changed.push('description');
    if (adultCapacity !== Number(a.adult_capacity))
      changed.push(`places d’adultes : ${a.adult_capacity} → ${adultCapacity}`);
    if (childCapacity !== Number(a.child_capacity))
      changed.push(`places d’enfants : ${a.child_capacity} → ${childCapacity}`);
    if (input.facilitator !== undefined && input.facilitator !== a.facilitator) changed.push('intervenant·e');
    if (registrationOpensAt !== a.registration_opens_at || registrationClosesAt !== a.registration_closes_at) {
      changed.push('inscriptions');
    }
    if (animatorIds) changed.push('animateur·rices');
    await updateActivityRow(trx, relaisId, id, {
      title: input.title ?? a.title,
      theme: input.theme ?? a.theme,
      description: input.description ?? a.description,
      adult_capacity: adultCapacity,
      child_capacity: childCapacity,
      facilitator: input.facilitator ?? a.facilitator,
      registration_opens_at: registrationOpensAt,
      registration_closes_at: registrationClosesAt,
      updated_at: now,
    });
    if (animatorIds) await replaceAnimators(trx, id, animatorIds);
    await insertEvents(trx, [event(a, 'edited', actor, '', changed.join(', '), now)]);
    return promoteWaiting(trx, relaisId, id, now);
  });
  const fresh = await findActivityRow(deps.db, relaisId, id);
  if (fresh && promoted.length > 0) await sendPromoted(deps, fresh, promoted, await mailContext(deps, fresh));
  await audit(deps, actor, relaisId, id, 'edited', `Séance « ${current.title} » du ${current.date} modifiée`);
  return detailOf(deps, relaisId, id);
}

export async function moveActivity(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: z.infer<typeof moveInput>,
) {
  authorize(actor, 'activities.manage', relaisId);
  const before = await requireActivity(deps, relaisId, id);
  if (before.status === 'cancelled')
    throw new ActivityStateError('Cette séance est annulée : elle ne peut plus être déplacée.');
  const site = await checkSite(deps, relaisId, input.siteId);
  const { startsAt, endsAt } = instantsOf(input.date, input.startTime, input.endTime, 0);
  // A window closing after the new start closes at the start instead.
  const closesAt =
    before.registration_closes_at && before.registration_closes_at > startsAt ? null : before.registration_closes_at;
  const problems = activityProblems({
    startsAt,
    endsAt,
    adultCapacity: Number(before.adult_capacity),
    childCapacity: Number(before.child_capacity),
    registrationOpensAt: before.registration_opens_at,
    registrationClosesAt: closesAt,
  });
  if (problems.length > 0) invalid(problems);
  if (startsAt < nowIso(deps)) invalidField('date', 'Une séance ne peut pas être déplacée dans le passé.');
  const now = nowIso(deps);
  const wall = (iso: string) => parisWallClock(new Date(iso));
  const detail = `du ${before.date} ${wall(before.starts_at).time} (${before.site_name}) au ${input.date} ${input.startTime} (${site.name})${input.reason ? ` — ${input.reason}` : ''}`;
  await deps.db.transaction().execute(async (trx) => {
    const a = await lockActivity(trx, relaisId, id);
    if (!a || a.status === 'cancelled')
      throw new ActivityStateError('Cette séance est annulée : elle ne peut plus être déplacée.');
    await updateActivityRow(trx, relaisId, id, {
      site_id: site.id,
      insee_code: site.insee_code,
      starts_at: startsAt,
      ends_at: endsAt,
      date: input.date,
      registration_closes_at: closesAt,
      updated_at: now,
    });
    await insertEvents(trx, [event(a, 'moved', actor, '', detail, now)]);
  });
  const fresh = (await findActivityRow(deps.db, relaisId, id))!;
  const people = await activeRegistrationsOf(deps.db, id);
  await sendMoved(deps, before, fresh, people, await mailContext(deps, fresh), input.reason);
  await audit(deps, actor, relaisId, id, 'moved', `Séance « ${before.title} » déplacée ${detail}`);
  return detailOf(deps, relaisId, id);
}

export async function cancelActivity(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  reason: string,
) {
  authorize(actor, 'activities.manage', relaisId);
  await requireActivity(deps, relaisId, id);
  const now = nowIso(deps);
  await deps.db.transaction().execute(async (trx) => {
    const a = await lockActivity(trx, relaisId, id);
    if (!a) throw new NotFoundError('Cette séance est introuvable.');
    if (a.status === 'cancelled') throw new ActivityStateError('Cette séance est déjà annulée.');
    await updateActivityRow(trx, relaisId, id, { status: 'cancelled', cancel_reason: reason, updated_at: now });
    await insertEvents(trx, [event(a, 'cancelled', actor, '', reason, now)]);
  });
  const fresh = (await findActivityRow(deps.db, relaisId, id))!;
  const people = await activeRegistrationsOf(deps.db, id);
  await sendCancelled(deps, fresh, people, await mailContext(deps, fresh));
  await audit(deps, actor, relaisId, id, 'cancelled', `Séance « ${fresh.title} » du ${fresh.date} annulée : ${reason}`);
  return detailOf(deps, relaisId, id);
}

/** Staff register someone by phone: a childminder's file of the relais, or a parent by name. */
export async function registerByStaff(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: z.infer<typeof staffRegistrationInput>,
) {
  authorize(actor, 'activities.manage', relaisId);
  const a = await requireActivity(deps, relaisId, id);
  if (!input.childminderId === !input.parent) {
    invalidField('childminderId', 'Indiquez soit une assistante maternelle, soit un parent.');
  }
  let who: Registrant;
  if (input.childminderId) {
    const cm = await deps.db
      .selectFrom('childminder')
      .select(['id', 'first_name', 'last_name', 'email', 'phone', 'insee_code', 'status'])
      .where('relais_id', '=', relaisId)
      .where('id', '=', input.childminderId)
      .executeTakeFirst();
    if (!cm) invalidField('childminderId', 'Cette assistante maternelle n’est pas inscrite au relais.');
    who = {
      registrant: 'childminder',
      childminderId: cm.id,
      name: `${cm.first_name} ${cm.last_name}`,
      email: cm.email,
      phone: cm.phone,
      inseeCode: cm.insee_code,
    };
  } else {
    const p = input.parent!;
    who = { registrant: 'parent', childminderId: null, name: p.name, email: p.email, phone: p.phone, inseeCode: null };
  }
  const row = await register(deps, actor, '', a, who, input, 'staff');
  await audit(
    deps,
    actor,
    relaisId,
    id,
    'registered',
    `Inscription de ${who.name} à la séance « ${a.title} » du ${a.date} (${row.status === 'confirmed' ? 'confirmée' : 'liste d’attente'})`,
  );
  return registrationOf(row, await communeNamer(deps, relaisId));
}

export async function unregisterByStaff(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  registrationId: string,
) {
  authorize(actor, 'activities.manage', relaisId);
  const a = await requireActivity(deps, relaisId, id);
  const { registration } = await unregister(deps, actor, '', relaisId, id, registrationId);
  await audit(
    deps,
    actor,
    relaisId,
    id,
    'unregistered',
    `Désinscription de ${registration.person_name} de la séance « ${a.title} » du ${a.date}`,
  );
  return detailOf(deps, relaisId, id);
}
