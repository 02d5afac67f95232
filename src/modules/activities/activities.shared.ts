/**
 * What the staff's, the childminder's and the public use cases of activities share: the
 * dependencies, the views of a session and of a registration, the history rows.
 */
import type { Kysely } from 'kysely';
import { parisWallClock } from '../../app/calendar.js';
import type { Clock } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import type { Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { communeNamer } from '../relais/relais.usecases.js';
import {
  animatorsOf,
  findActivityRow,
  waitingCounts,
  type ActivityRow,
  type NewEvent,
  type RegistrationRow,
} from './activities.repository.js';
import {
  ACTIVITY_THEMES,
  audienceOpenToParents,
  registrationOpen,
  type ActivityAudience,
  type ActivityCategory,
  type ActivityEventKind,
  type ActivityTheme,
} from './activities.rules.js';

export interface ActivitiesDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: { publicUrl: string };
}

export const nowIso = (deps: { clock: Clock }) => deps.clock.now().toISOString();

export function event(
  row: { id: string; relais_id: string },
  kind: ActivityEventKind,
  actor: Actor | undefined,
  actorName: string,
  detail: string,
  at: string,
): NewEvent {
  return {
    id: crypto.randomUUID(),
    activity_id: row.id,
    relais_id: row.relais_id,
    kind,
    actor_id: actor?.userId ?? null,
    actor_name: actor?.displayName ?? actorName,
    detail,
    at,
  };
}

export type Namer = (inseeCode: string | null) => string | null;

export interface SummaryContext {
  names: Namer;
  animators: Map<string, { id: string; name: string }[]>;
  waiting: Map<string, number>;
  now: string;
}

export async function summaryContext(deps: ActivitiesDeps, relaisId: string, rows: ActivityRow[]) {
  const ids = rows.map((r) => r.id);
  const [names, animators, waiting] = await Promise.all([
    communeNamer(deps, relaisId),
    animatorsOf(deps.db, ids),
    waitingCounts(deps.db, ids),
  ]);
  return { names, animators, waiting, now: nowIso(deps) } satisfies SummaryContext;
}

export function windowOf(r: ActivityRow) {
  return {
    status: r.status,
    startsAt: r.starts_at,
    registrationOpensAt: r.registration_opens_at,
    registrationClosesAt: r.registration_closes_at,
  };
}

/** ActivitySummary of the contract. */
export function summaryOf(r: ActivityRow, ctx: SummaryContext) {
  const theme = r.theme as ActivityTheme;
  const audience = r.kind_audience as ActivityAudience;
  return {
    id: r.id,
    kindId: r.kind_id,
    kindLabel: r.kind_label,
    category: r.kind_category as ActivityCategory,
    audience,
    title: r.title,
    theme,
    themeLabel: ACTIVITY_THEMES[theme] ?? r.theme,
    description: r.description,
    siteId: r.site_id,
    siteName: r.site_name,
    siteAddress: r.site_address,
    inseeCode: r.insee_code,
    communeName: ctx.names(r.insee_code) ?? r.insee_code,
    date: r.date,
    startTime: parisWallClock(new Date(r.starts_at)).time,
    endTime: parisWallClock(new Date(r.ends_at)).time,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    adultCapacity: Number(r.adult_capacity),
    childCapacity: Number(r.child_capacity),
    adultsTaken: Number(r.adults_taken),
    childrenTaken: Number(r.children_taken),
    waiting: ctx.waiting.get(r.id) ?? 0,
    status: r.status as 'scheduled' | 'cancelled',
    cancelReason: r.cancel_reason,
    animators: ctx.animators.get(r.id) ?? [],
    facilitator: r.facilitator,
    practiceGroupId: r.practice_group_id,
    registrationOpensAt: r.registration_opens_at,
    registrationClosesAt: r.registration_closes_at,
    registration: registrationOpen(windowOf(r), ctx.now),
    openToParents: audienceOpenToParents(audience),
  };
}
export type ActivitySummary = ReturnType<typeof summaryOf>;

export function registrationOf(r: RegistrationRow, names: Namer) {
  return {
    id: r.id,
    registrant: r.registrant as 'childminder' | 'parent',
    childminderId: r.childminder_id,
    name: r.person_name,
    communeName: names(r.insee_code),
    phone: r.phone,
    email: r.email,
    adults: Number(r.adults),
    children: Number(r.children),
    status: r.status as 'confirmed' | 'waiting' | 'cancelled',
    source: r.source as 'online' | 'staff',
    createdAt: r.created_at,
    promotedAt: r.promoted_at,
    cancelledAt: r.cancelled_at,
  };
}

export async function requireActivity(deps: ActivitiesDeps, relaisId: string, id: string): Promise<ActivityRow> {
  const row = await findActivityRow(deps.db, relaisId, id);
  if (!row) throw new NotFoundError('Cette séance est introuvable.');
  return row;
}

/** One session as a summary (fresh from the database). */
export async function summaryById(deps: ActivitiesDeps, relaisId: string, id: string): Promise<ActivitySummary> {
  const row = await requireActivity(deps, relaisId, id);
  return summaryOf(row, await summaryContext(deps, relaisId, [row]));
}
