/**
 * Small declarative factories: they write rows straight into the database, independently of the
 * code under test, so that tests start from a known state.
 */
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Role } from '../../src/app/roles.js';
import type { Database } from '../../src/db/schema.js';
import { communeCentroid } from '../../src/modules/relais/communes.geo.js';

const NOW = '2026-01-15T09:00:00.000Z';
export const TEST_PASSWORD = 'mot-de-passe-de-test-1';
let passwordHash: Promise<string> | undefined;

export async function makeRelais(
  db: Kysely<Database>,
  overrides: Partial<{ slug: string; name: string; communes: { inseeCode: string; name: string }[] }> = {},
) {
  const id = crypto.randomUUID();
  const slug = overrides.slug ?? `relais-${id.slice(0, 8)}`;
  await db
    .insertInto('relais')
    .values({
      id,
      slug,
      name: overrides.name ?? `Relais ${slug}`,
      epci_code: null,
      address: '1 place de la Mairie',
      postcode: '85000',
      city: 'La Roche-sur-Yon',
      phone: '02 00 00 00 00',
      email: `${slug}@relais.test`,
      website: null,
      opening_hours: 'Lundi au vendredi',
      permanences: 'Mardi matin',
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  for (const c of overrides.communes ?? [{ inseeCode: '85191', name: 'La Roche-sur-Yon' }]) {
    await db
      .insertInto('relais_commune')
      .values({
        relais_id: id,
        insee_code: c.inseeCode,
        name: c.name,
        population: 1000,
        postcodes: '',
        longitude: communeCentroid(c.inseeCode)?.[0] ?? null,
        latitude: communeCentroid(c.inseeCode)?.[1] ?? null,
        added_at: NOW,
      })
      .execute();
  }
  return { id, slug };
}

export async function makeUser(
  db: Kysely<Database>,
  input: { role: Role; relaisId: string | null; email?: string; displayName?: string; disabled?: boolean },
) {
  const id = crypto.randomUUID();
  const email = input.email ?? `${input.role}-${id.slice(0, 8)}@relais.test`;
  const staff = input.role !== 'childminder' && input.role !== 'parent';
  passwordHash ??= hash(TEST_PASSWORD);
  await db
    .insertInto('user_account')
    .values({
      id,
      relais_id: input.relaisId,
      email,
      display_name: input.displayName ?? `Compte ${input.role}`,
      role: input.role,
      password_hash: staff ? await passwordHash : null,
      disabled_at: input.disabled ? NOW : null,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return { id, email, role: input.role, relaisId: input.relaisId };
}

export async function makeSite(db: Kysely<Database>, relaisId: string, inseeCode: string, name = 'Salle des fêtes') {
  const id = crypto.randomUUID();
  await db
    .insertInto('site')
    .values({
      id,
      relais_id: relaisId,
      insee_code: inseeCode,
      name,
      kind: 'community_hall',
      address: '',
      capacity: 20,
      accessible: 1,
      accessibility_notes: '',
      for_activities: 1,
      for_permanences: 0,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return { id };
}

export async function makeChildminder(
  db: Kysely<Database>,
  relaisId: string,
  inseeCode: string,
  overrides: Partial<{ lastName: string; status: 'active' | 'archived' }> = {},
) {
  const id = crypto.randomUUID();
  await db
    .insertInto('childminder')
    .values({
      id,
      relais_id: relaisId,
      first_name: 'Anne',
      last_name: overrides.lastName ?? 'FACTICE',
      birth_date: '1980-04-02',
      insee_code: inseeCode,
      approval_places: 3,
      status: overrides.status ?? 'active',
      status_since: '2020-01-01',
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return { id };
}

/** A free place of a childminder: weekdays 7 h 30–18 h 30, 0–4 years, from 1 January 2026 unless told. */
export async function makeAvailabilitySlot(
  db: Kysely<Database>,
  relaisId: string,
  childminderId: string,
  overrides: Partial<{
    available_from: string;
    min_age_months: number | null;
    max_age_months: number | null;
    days: string;
    start_time: string;
    end_time: string;
    created_at: string;
  }> = {},
) {
  await db
    .insertInto('availability_slot')
    .values({
      id: crypto.randomUUID(),
      relais_id: relaisId,
      childminder_id: childminderId,
      available_from: '2026-01-01',
      min_age_months: 0,
      max_age_months: 48,
      days: '1,2,3,4,5',
      start_time: '07:30',
      end_time: '18:30',
      created_at: '2026-01-01T00:00:00.000Z',
      replaced_at: null,
      ...overrides,
    })
    .execute();
}
