/**
 * The planner's use cases: propose a rotation of sessions over a period (nothing is stored: the
 * proposal has a plan id staff send back), and apply it, possibly edited, creating every session in
 * one transaction with its animators, the plan id and a 'created' event, and one audit entry.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { daysBetween, isPublicHoliday, parisIso, parisWallClock } from '../../app/calendar.js';
import { parisToday, type Clock } from '../../app/clock.js';
import { ConflictError, NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { findCommune } from '../relais/communes.reference.js';
import { invalid, invalidField } from './activities.errors.js';
import { frenchDate, planRotation } from './activities.planner.js';
import {
  activityVenues,
  communesWithChildminders,
  findPlanKind,
  insertPlannedActivities,
  planAlreadyApplied,
  scheduledSessions,
  staffAccounts,
  type PlannedActivityRow,
} from './activities.plan.repository.js';
import type { applyInput, proposeInput } from './activities.plan.schemas.js';
import { activityProblems, type ActivityTheme, type Problem } from './activities.rules.js';

export type ProposeInput = z.infer<typeof proposeInput>;
export type ApplyInput = z.infer<typeof applyInput>;

export interface PlanDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** A plan covers at most this many days (a school year and a bit). */
export const MAX_PLAN_DAYS = 400;
const WORKING_WEEK = [1, 2, 3, 4, 5];

async function planKind(deps: PlanDeps, relaisId: string, kindId: string) {
  const kind = await findPlanKind(deps.db, relaisId, kindId);
  if (!kind) throw new NotFoundError('Ce type d’activité est introuvable dans ce relais.');
  if (kind.archived_at !== null) invalidField('kindId', 'Ce type d’activité est archivé.');
  return {
    label: kind.label,
    adultCapacity: Number(kind.default_adult_capacity),
    childCapacity: Number(kind.default_child_capacity),
    minutes: Number(kind.default_duration_minutes),
  };
}

/** "HH:MM" plus minutes, or null past midnight. */
function addMinutes(time: string, minutes: number): string | null {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  if (total >= 24 * 60) return null;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Rejects ids that appear twice, naming the second. */
function noDuplicates(ids: readonly string[], field: string, message: string) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) invalidField(`${field}.${i}`, message);
    seen.add(id);
  });
}

export async function proposePlan(deps: PlanDeps, actor: Actor | undefined, relaisId: string, input: ProposeInput) {
  authorize(actor, 'activities.configure', relaisId);
  const kind = await planKind(deps, relaisId, input.kindId);

  if (!parisIso(input.from, '00:00')) invalidField('from', 'Cette date n’existe pas.');
  if (!parisIso(input.to, '00:00')) invalidField('to', 'Cette date n’existe pas.');
  if (input.to < input.from) invalidField('to', 'La fin de la période doit suivre son début.');
  if (daysBetween(input.from, input.to) >= MAX_PLAN_DAYS) {
    invalidField('to', `Une planification couvre au plus ${MAX_PLAN_DAYS} jours.`);
  }
  const endTime = input.endTime ?? addMinutes(input.startTime, kind.minutes);
  if (!endTime || endTime <= input.startTime) invalidField('endTime', 'La séance doit finir après son début.');

  noDuplicates(input.animatorIds, 'animatorIds', 'Cette animatrice est déjà choisie.');
  const accounts = await staffAccounts(deps.db, relaisId, input.animatorIds);
  const names = new Map(accounts.map((a) => [a.id, a.display_name]));
  input.animatorIds.forEach((id, i) => {
    if (!names.has(id)) invalidField(`animatorIds.${i}`, 'Animatrice inconnue dans ce relais (ou compte désactivé).');
  });
  const animatorDays = input.animatorDays ?? {};
  if (Object.keys(animatorDays).some((id) => !names.has(id))) {
    invalidField('animatorDays', 'Des jours sont donnés pour une animatrice qui n’est pas choisie.');
  }

  if (input.siteIds) noDuplicates(input.siteIds, 'siteIds', 'Ce lieu est déjà choisi.');
  const venues = await activityVenues(deps.db, relaisId, input.siteIds);
  const venueIds = new Set(venues.map((v) => v.id));
  input.siteIds?.forEach((id, i) => {
    if (!venueIds.has(id)) invalidField(`siteIds.${i}`, 'Lieu inconnu dans ce relais (ou fermé aux activités).');
  });
  const siteDays = input.siteDays ?? {};
  if (Object.keys(siteDays).some((id) => !venueIds.has(id))) {
    invalidField('siteDays', 'Des jours sont donnés pour un lieu qui n’est pas choisi.');
  }

  const [{ communes, counts }, existing] = await Promise.all([
    communesWithChildminders(deps.db, relaisId),
    scheduledSessions(deps.db, relaisId, input.from, input.to),
  ]);
  const communeNames = new Map(communes.map((c) => [c.insee_code, c.name]));
  // Communes of the territory, then those where childminders or venues are without being listed.
  for (const code of [...counts.keys(), ...venues.map((v) => v.insee_code)]) {
    if (!communeNames.has(code)) communeNames.set(code, findCommune(code)?.name ?? code);
  }
  const nameOf = (code: string) => communeNames.get(code) ?? code;

  const result = planRotation<ActivityTheme>({
    from: input.from,
    to: input.to,
    count: input.count,
    startTime: input.startTime,
    endTime,
    communes: [...communeNames].map(([inseeCode, name]) => ({
      inseeCode,
      name,
      childminders: counts.get(inseeCode) ?? 0,
    })),
    venues: venues.map((v) => ({
      id: v.id,
      name: v.name,
      inseeCode: v.insee_code,
      weekdays: siteDays[v.id] ?? WORKING_WEEK,
    })),
    animators: input.animatorIds.map((id) => ({
      id,
      name: names.get(id)!,
      weekdays: animatorDays[id] ?? WORKING_WEEK,
    })),
    avoidSchoolHolidays: input.avoidSchoolHolidays,
    existing: existing.map((e) => ({
      date: e.date,
      startTime: parisWallClock(new Date(e.starts_at)).time,
      // A session ending another day blocks its venue until midnight.
      endTime: parisWallClock(new Date(e.ends_at)).date === e.date ? parisWallClock(new Date(e.ends_at)).time : '24:00',
      siteId: e.site_id,
      animatorIds: e.animatorIds,
    })),
    themes: input.themes,
  });

  const venueNames = new Map(venues.map((v) => [v.id, v.name]));
  return {
    planId: crypto.randomUUID(),
    proposals: result.proposals.map((p) => ({
      ...p,
      siteName: venueNames.get(p.siteId) ?? '',
      communeName: nameOf(p.inseeCode),
    })),
    byCommune: result.byCommune,
    warnings: result.warnings,
  };
}

const overlap = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

export async function applyPlan(deps: PlanDeps, actor: Actor | undefined, relaisId: string, input: ApplyInput) {
  const who = authorize(actor, 'activities.configure', relaisId);
  const kind = await planKind(deps, relaisId, input.kindId);
  if (input.proposals.length === 0) invalidField('proposals', 'Aucune séance à créer.');
  const today = parisToday(deps.clock);
  if (await planAlreadyApplied(deps.db, relaisId, input.planId)) {
    throw new ConflictError('Cette planification a déjà été appliquée : ses séances existent.');
  }

  const venues = await activityVenues(deps.db, relaisId);
  const venueById = new Map(venues.map((v) => [v.id, v]));
  const accounts = await staffAccounts(deps.db, relaisId, [...new Set(input.proposals.flatMap((p) => p.animatorIds))]);
  const known = new Set(accounts.map((a) => a.id));

  // Each proposal on its own: its dates, its venue, its animators, the rules of a session.
  const sessions = input.proposals.map((p, i) => {
    const field = (name: string) => `proposals.${i}.${name}`;
    const start = parisIso(p.date, p.startTime);
    const end = parisIso(p.date, p.endTime);
    if (!start || !end) invalidField(field('date'), 'Cette date n’existe pas.');
    if (p.date < today) invalidField(field('date'), `Le ${frenchDate(p.date)} est passé.`);
    if (isPublicHoliday(p.date)) invalidField(field('date'), `Le ${frenchDate(p.date)} est un jour férié.`);
    const venue = venueById.get(p.siteId);
    if (!venue) invalidField(field('siteId'), 'Lieu inconnu dans ce relais (ou fermé aux activités).');
    p.animatorIds.forEach((id, j) => {
      if (!known.has(id)) {
        invalidField(field(`animatorIds.${j}`), 'Animatrice inconnue dans ce relais (ou compte désactivé).');
      }
      if (p.animatorIds.indexOf(id) !== j)
        invalidField(field(`animatorIds.${j}`), 'Cette animatrice est déjà choisie.');
    });
    const startsAt = new Date(start).toISOString();
    const endsAt = new Date(end).toISOString();
    const problems: Problem[] = activityProblems({
      startsAt,
      endsAt,
      adultCapacity: kind.adultCapacity,
      childCapacity: kind.childCapacity,
      registrationOpensAt: null,
      registrationClosesAt: null,
    });
    if (problems.length > 0) invalid(problems.map((pb) => ({ ...pb, field: field(pb.field) })));
    return { ...p, startsAt, endsAt, inseeCode: venue.insee_code };
  });

  // Nobody and no venue twice at once, among the plan and the sessions already in the calendar.
  const dates = sessions.map((s) => s.date).sort();
  const existing = (await scheduledSessions(deps.db, relaisId, dates[0]!, dates[dates.length - 1]!)).map((e) => ({
    startsAt: e.starts_at,
    endsAt: e.ends_at,
    siteId: e.site_id,
    animatorIds: e.animatorIds,
  }));
  const taken: { startsAt: string; endsAt: string; siteId: string; animatorIds: readonly string[] }[] = existing;
  sessions.forEach((s, i) => {
    const clashes = taken.filter((t) => overlap(t, s));
    if (clashes.some((t) => t.siteId === s.siteId)) {
      invalidField(`proposals.${i}.siteId`, 'Ce lieu est déjà pris à cette heure-là.');
    }
    s.animatorIds.forEach((id, j) => {
      if (clashes.some((t) => t.animatorIds.includes(id))) {
        invalidField(`proposals.${i}.animatorIds.${j}`, 'Cette animatrice anime déjà une séance à cette heure-là.');
      }
    });
    taken.push(s);
  });

  const now = deps.clock.now().toISOString();
  const rows: PlannedActivityRow[] = sessions.map((s) => ({
    id: crypto.randomUUID(),
    relais_id: relaisId,
    kind_id: input.kindId,
    title: kind.label,
    theme: s.theme,
    site_id: s.siteId,
    insee_code: s.inseeCode,
    starts_at: s.startsAt,
    ends_at: s.endsAt,
    date: s.date,
    adult_capacity: kind.adultCapacity,
    child_capacity: kind.childCapacity,
    plan_id: input.planId,
    animatorIds: s.animatorIds,
    event: {
      id: crypto.randomUUID(),
      actor_id: who.userId,
      actor_name: who.displayName,
      detail: 'Créée par la planification',
    },
    now,
  }));
  await insertPlannedActivities(deps.db, rows);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'activity_plan.applied',
    subjectType: 'activity_plan',
    subjectId: input.planId,
    summary: `Planification appliquée : ${rows.length} séance${rows.length > 1 ? 's' : ''} « ${kind.label} » du ${frenchDate(dates[0]!)} au ${frenchDate(dates[dates.length - 1]!)}`,
  });
  return { created: rows.length };
}
