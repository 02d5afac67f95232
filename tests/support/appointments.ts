/**
 * Factories of appointments' configuration: reasons and permanences written straight into the
 * database, independently of the code under test.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';

const NOW = '2026-01-15T09:00:00.000Z';

export async function makeReason(
  db: Kysely<Database>,
  relaisId: string,
  overrides: Partial<{
    label: string;
    durationMinutes: number;
    modes: string[];
    audience: string;
    defaultSubjectCode: string | null;
    minNoticeHours: number;
    maxNoticeDays: number;
    bookableOnline: boolean;
  }> = {},
) {
  const id = crypto.randomUUID();
  await db
    .insertInto('appointment_reason')
    .values({
      id,
      relais_id: relaisId,
      label: overrides.label ?? `Motif ${id.slice(0, 8)}`,
      duration_minutes: overrides.durationMinutes ?? 30,
      modes: (overrides.modes ?? ['in_person', 'phone']).join(','),
      audience: overrides.audience ?? 'all',
      default_subject_code: overrides.defaultSubjectCode === undefined ? 'care_search' : overrides.defaultSubjectCode,
      min_notice_hours: overrides.minNoticeHours ?? 24,
      max_notice_days: overrides.maxNoticeDays ?? 60,
      bookable_online: overrides.bookableOnline === false ? 0 : 1,
      position: 0,
      archived_at: null,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return { id };
}

export async function makePermanence(
  db: Kysely<Database>,
  relaisId: string,
  input: {
    animatorId: string;
    reasonIds: string[];
    siteId?: string | null;
    mode?: string;
    weekday?: number;
    startTime?: string;
    endTime?: string;
    validFrom?: string;
    validTo?: string | null;
    skipSchoolHolidays?: boolean;
  },
) {
  const id = crypto.randomUUID();
  await db
    .insertInto('permanence')
    .values({
      id,
      relais_id: relaisId,
      animator_id: input.animatorId,
      site_id: input.siteId ?? null,
      mode: input.mode ?? (input.siteId ? 'in_person' : 'phone'),
      weekday: input.weekday ?? 2,
      start_time: input.startTime ?? '09:00',
      end_time: input.endTime ?? '12:00',
      valid_from: input.validFrom ?? '2026-01-01',
      valid_to: input.validTo ?? null,
      skip_school_holidays: input.skipSchoolHolidays ? 1 : 0,
      label: '',
      archived_at: null,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  await db
    .insertInto('permanence_reason')
    .values(input.reasonIds.map((reasonId) => ({ permanence_id: id, reason_id: reasonId })))
    .execute();
  return { id };
}

/** A valid public booking body for a slot. */
export function bookingBody(
  slot: { reasonId: string; permanenceId: string; start: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    ...slot,
    name: 'Camille Dupont',
    email: 'camille.dupont@exemple.test',
    phone: '06 12 34 56 78',
    note: 'Nous cherchons un mode d’accueil pour septembre.',
    public: 'parent',
    inseeCode: '85191',
    consent: true,
    ...overrides,
  };
}
