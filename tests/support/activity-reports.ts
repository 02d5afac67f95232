/**
 * Factories of activities (kinds, sessions, registrations, practice groups) written straight into
 * the database, for the tests of attendance, statistics and exports.
 */
import type { Kysely } from 'kysely';
import { parisInstant } from '../../src/app/calendar.js';
import type { Database } from '../../src/db/schema.js';
import { BUILT_IN_KINDS } from '../../src/modules/activities/activities.rules.js';

const NOW = '2026-01-15T09:00:00.000Z';

/** The built-in kinds of a relais (created if absent), by code. */
export async function makeBuiltInKinds(db: Kysely<Database>, relaisId: string): Promise<Record<string, string>> {
  const existing = await db
    .selectFrom('activity_kind')
    .select(['id', 'code'])
    .where('relais_id', '=', relaisId)
    .execute();
  const ids: Record<string, string> = {};
  for (const row of existing) if (row.code) ids[row.code] = row.id;
  for (const k of BUILT_IN_KINDS) {
    if (ids[k.code]) continue;
    const id = crypto.randomUUID();
    await db
      .insertInto('activity_kind')
      .values({
        id,
        relais_id: relaisId,
        code: k.code,
        label: k.label,
        category: k.category,
        audience: k.audience,
        default_adult_capacity: k.adults,
        default_child_capacity: k.children,
        default_duration_minutes: k.minutes,
        archived_at: null,
        created_at: NOW,
        updated_at: NOW,
      })
      .execute();
    ids[k.code] = id;
  }
  return ids;
}

export interface ActivitySpec {
  relaisId: string;
  kindId: string;
  siteId: string;
  inseeCode: string;
  date: string;
  startTime?: string;
  endTime?: string;
  title?: string;
  theme?: string;
  status?: 'scheduled' | 'cancelled';
  adultCapacity?: number;
  childCapacity?: number;
  adultsTaken?: number;
  childrenTaken?: number;
  practiceGroupId?: string | null;
}

export async function makeActivity(db: Kysely<Database>, spec: ActivitySpec): Promise<{ id: string }> {
  const id = crypto.randomUUID();
  await db
    .insertInto('activity')
    .values({
      id,
      relais_id: spec.relaisId,
      kind_id: spec.kindId,
      title: spec.title ?? '',
      theme: spec.theme ?? 'free_play',
      description: '',
      site_id: spec.siteId,
      insee_code: spec.inseeCode,
      starts_at: parisInstant(spec.date, spec.startTime ?? '09:30').toISOString(),
      ends_at: parisInstant(spec.date, spec.endTime ?? '11:30').toISOString(),
      date: spec.date,
      adult_capacity: spec.adultCapacity ?? 8,
      child_capacity: spec.childCapacity ?? 20,
      adults_taken: spec.adultsTaken ?? 0,
      children_taken: spec.childrenTaken ?? 0,
      registration_opens_at: null,
      registration_closes_at: null,
      facilitator: '',
      practice_group_id: spec.practiceGroupId ?? null,
      plan_id: null,
      status: spec.status ?? 'scheduled',
      cancel_reason: spec.status === 'cancelled' ? 'Intempéries' : '',
      attendance_recorded_at: null,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return { id };
}

export async function makeRegistration(
  db: Kysely<Database>,
  spec: {
    relaisId: string;
    activityId: string;
    childminderId?: string | null;
    personName?: string;
    registrant?: 'childminder' | 'parent';
    adults?: number;
    children?: number;
    status?: 'confirmed' | 'waiting' | 'cancelled';
    createdAt?: string;
  },
): Promise<{ id: string }> {
  const id = crypto.randomUUID();
  await db
    .insertInto('activity_registration')
    .values({
      id,
      activity_id: spec.activityId,
      relais_id: spec.relaisId,
      registrant: spec.registrant ?? (spec.childminderId ? 'childminder' : 'parent'),
      childminder_id: spec.childminderId ?? null,
      person_name: spec.personName ?? '',
      email: '',
      phone: '',
      insee_code: null,
      cancel_token_hash: null,
      adults: spec.adults ?? 1,
      children: spec.children ?? 0,
      status: spec.status ?? 'confirmed',
      source: 'staff',
      created_at: spec.createdAt ?? NOW,
      promoted_at: null,
      cancelled_at: spec.status === 'cancelled' ? NOW : null,
      anonymised_at: null,
    })
    .execute();
  return { id };
}

export async function makePracticeGroup(
  db: Kysely<Database>,
  relaisId: string,
  memberIds: readonly string[],
  name = 'Groupe du jeudi soir',
): Promise<{ id: string }> {
  const id = crypto.randomUUID();
  await db
    .insertInto('practice_group')
    .values({
      id,
      relais_id: relaisId,
      name,
      facilitator: 'Hélène Garnier, psychologue',
      max_members: 8,
      archived_at: null,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  for (const childminderId of memberIds) {
    await db
      .insertInto('practice_group_member')
      .values({ group_id: id, childminder_id: childminderId, relais_id: relaisId, joined_at: NOW, left_at: null })
      .execute();
  }
  return { id };
}
