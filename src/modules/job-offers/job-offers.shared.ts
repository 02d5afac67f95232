/**
 * What the parent's, the staff's and the childminders' use cases of job offers share: the
 * dependencies, how an offer is read back into the need the rules know, the views of an offer,
 * the checks of a need against the territory, and the history.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parisToday, type Clock } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import type { Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { invalidContact as invalidInput } from '../contacts/contacts.errors.js';
import { findCommune } from '../relais/communes.reference.js';
import { communeNamesOfRelais, findRelaisSummary } from '../relais/relais.usecases.js';
import { findOfferRow, type OfferRow } from './job-offers.repository.js';
import {
  ageInMonths,
  frenchSchedule,
  isAtypical,
  JOB_OFFER_STATUSES,
  offerProblems,
  OPEN_STATUSES,
  weeklyMinutes,
  type JobOfferEventKind,
  type JobOfferStatus,
  type OfferNeed,
  type ScheduleEntry,
} from './job-offers.rules.js';
import type { offerNeedInput } from './job-offers.schemas.js';

export type NeedInput = z.infer<typeof offerNeedInput>;

export interface JobOffersDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: {
    publicUrl: string;
    availabilityMaxAgeDays: number;
    availabilityRemindEveryDays: number;
    jobOfferExpiryDays: number;
    jobOfferReminderDays: number;
    jobOfferUnverifiedDays: number;
  };
}

export const label = <T extends Record<string, string>>(labels: T, key: string) => labels[key as keyof T] ?? key;

/** The parent's page: where the link of her e-mails leads (the web app's route). */
export const manageUrl = (deps: JobOffersDeps, token: string) => `${deps.config.publicUrl}/offre-emploi/${token}`;

export function scheduleOf(row: Pick<OfferRow, 'schedule'>): ScheduleEntry[] {
  return JSON.parse(row.schedule) as ScheduleEntry[];
}

export function communesOf(row: Pick<OfferRow, 'communes'>): string[] {
  return row.communes ? row.communes.split(',') : [];
}

/** The need the matching rules read, with a radius chosen by staff if any. */
export function needOf(row: OfferRow, radiusKm?: number): OfferNeed {
  return {
    startOn: row.start_on,
    ageMonths: Number(row.child_age_months),
    schedule: scheduleOf(row),
    childrenCount: Number(row.children_count),
    inseeCode: row.insee_code,
    communes: communesOf(row),
    radiusKm: radiusKm ?? (row.radius_km === null ? null : Number(row.radius_km)),
    atypical: Number(row.atypical_hours) === 1,
    disability: Number(row.disability) === 1,
    emergency: Number(row.emergency) === 1,
  };
}

/** The names of the relais's communes and its slug and name: what the views of an offer need. */
export async function viewContext(deps: JobOffersDeps, relaisId: string) {
  const [names, relais] = await Promise.all([communeNamesOfRelais(deps, relaisId), findRelaisSummary(deps, relaisId)]);
  return { names, relais: { slug: relais?.slug ?? '', name: relais?.name ?? '' } };
}

export async function requireOffer(deps: JobOffersDeps, relaisId: string, id: string): Promise<OfferRow> {
  const row = await findOfferRow(deps.db, relaisId, id);
  if (!row) throw new NotFoundError('Cette offre est introuvable.');
  return row;
}

/**
 * Checks a need against the rules and the territory, and turns it into the columns of an offer.
 * Throws a French 400 naming the field.
 */
export async function needColumns(
  deps: JobOffersDeps,
  relaisId: string,
  need: NeedInput,
  phone: string,
  showPhone: boolean,
) {
  const territory = await communeNamesOfRelais(deps, relaisId);
  const communes = [...new Set(need.communes)].filter((c) => c !== need.inseeCode);
  const problems = offerProblems({ ...need, communes, phone, showPhone }, parisToday(deps.clock), {
    communes: territory,
    nameOf: (code) => findCommune(code)?.name ?? `La commune ${code}`,
  });
  if (problems.length > 0) invalidInput(problems);
  const schedule = [...need.schedule].sort((a, b) => a.day - b.day);
  return {
    insee_code: need.inseeCode,
    communes: communes.join(','),
    radius_km: need.radiusKm,
    start_on: need.startOn,
    end_on: need.endOn,
    schedule: JSON.stringify(schedule),
    weekly_minutes: weeklyMinutes(schedule),
    atypical_hours: isAtypical(schedule) ? 1 : 0,
    child_birth_on: need.childBirthOn,
    child_age_months: Math.max(0, ageInMonths(need.childBirthOn, need.startOn)),
    children_count: need.childrenCount,
    disability: need.disability ? 1 : 0,
    emergency: need.emergency ? 1 : 0,
    details: need.details,
  };
}

export function event(
  row: Pick<OfferRow, 'id' | 'relais_id'>,
  kind: JobOfferEventKind,
  actor: Actor | undefined,
  actorLabel: string,
  detail: string,
  at: string,
) {
  return {
    id: crypto.randomUUID(),
    offer_id: row.id,
    relais_id: row.relais_id,
    kind,
    actor_id: actor?.userId ?? null,
    actor_label: actor?.displayName ?? actorLabel,
    detail,
    at,
  };
}

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** What childminders may read: no name, e-mail or address; the phone only if the parent chose to show it. */
export function publicView(row: OfferRow, names: ReadonlyMap<string, string>) {
  const name = (code: string) => names.get(code) ?? findCommune(code)?.name ?? code;
  const schedule = scheduleOf(row);
  return {
    id: row.id,
    communeName: name(row.insee_code),
    inseeCode: row.insee_code,
    communes: communesOf(row).map((inseeCode) => ({ inseeCode, name: name(inseeCode) })),
    radiusKm: row.radius_km === null ? null : Number(row.radius_km),
    startOn: row.start_on,
    endOn: row.end_on,
    schedule,
    scheduleText: frenchSchedule(schedule),
    weeklyHours: hoursOf(Number(row.weekly_minutes)),
    atypicalHours: Number(row.atypical_hours) === 1,
    childAgeMonths: Number(row.child_age_months),
    childrenCount: Number(row.children_count),
    disability: Number(row.disability) === 1,
    emergency: Number(row.emergency) === 1,
    details: row.details,
    phone: Number(row.show_phone) === 1 && row.parent_phone ? row.parent_phone : null,
    publishedAt: row.published_at,
    expiresOn: row.expires_on,
  };
}

/** « Publiée — 3 réponses » */
export function stateText(status: JobOfferStatus, answers: number): string {
  const base: string = JOB_OFFER_STATUSES[status];
  if (status !== 'published' && status !== 'filled') return base;
  if (answers === 0) return status === 'published' ? `${base} — pas encore de réponse` : base;
  return `${base} — ${answers} réponse${answers > 1 ? 's' : ''} d’assistant·es maternel·les`;
}

/** The parent's view of her offer, from her link. */
export function parentView(
  row: OfferRow,
  names: ReadonlyMap<string, string>,
  answers: number,
  relais: { slug: string; name: string },
) {
  const status = row.status as JobOfferStatus;
  return {
    ...publicView(row, names),
    relaisSlug: relais.slug,
    relaisName: relais.name,
    status,
    statusLabel: label(JOB_OFFER_STATUSES, status),
    stateText: stateText(status, answers),
    answers,
    name: row.parent_name,
    email: row.parent_email,
    parentPhone: row.parent_phone,
    showPhone: Number(row.show_phone) === 1,
    childBirthOn: row.child_birth_on,
    refusalReason: row.refusal_reason,
    outcome: row.outcome,
    canEdit: OPEN_STATUSES.includes(status),
    canRenew: status === 'published' || status === 'expired',
    canWithdraw: OPEN_STATUSES.includes(status),
  };
}
