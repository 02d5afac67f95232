import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Need } from './directory.rules.js';

/** Where a family searches from: the centre of a commune, and how far it accepts to go. */
export interface Origin {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

/** Kilometres per degree of latitude (mean Earth radius 6,371 km). */
export const KM_PER_DEGREE = (6371 * Math.PI) / 180;

/**
 * Squared distance in degrees of latitude from the origin to the childminder's commune centre
 * (equirectangular: exact to 0.1 % within 100 km). Arithmetic only, so that SQLite and PostgreSQL
 * compute it alike; null when the commune has no known centre.
 */
function squaredDegrees(origin: Origin | undefined): RawBuilder<number | null> {
  if (!origin) return sql<null>`cast(null as double precision)`;
  const { latitude, longitude } = origin;
  const cos2 = Math.cos((latitude * Math.PI) / 180) ** 2;
  return sql<
    number | null
  >`((rc.latitude - ${latitude}) * (rc.latitude - ${latitude}) + (rc.longitude - ${longitude}) * (rc.longitude - ${longitude}) * ${cos2})`;
}

/**
 * The current free places of active childminders of the relais that answer the need, in SQL:
 * start date, age limits, every day needed, hours, and the radius around the origin (childminders
 * whose commune has no known centre are kept, at an unknown distance). Job offers reuse it.
 */
export function matchingSlots(db: Kysely<Database>, relaisId: string, need: Need, origin: Origin | undefined) {
  let query = db
    .selectFrom('availability_slot as s')
    .innerJoin('childminder as c', 'c.id', 's.childminder_id')
    .leftJoin('relais_commune as rc', (join) =>
      join.onRef('rc.relais_id', '=', 'c.relais_id').onRef('rc.insee_code', '=', 'c.insee_code'),
    )
    .where('s.relais_id', '=', relaisId)
    .where('c.relais_id', '=', relaisId)
    .where('s.replaced_at', 'is', null)
    .where('c.status', '=', 'active')
    .where('s.available_from', '<=', need.startDate);
  const age = need.ageMonths;
  if (age !== undefined) {
    query = query
      .where((eb) => eb.or([eb('s.min_age_months', 'is', null), eb('s.min_age_months', '<=', age)]))
      .where((eb) => eb.or([eb('s.max_age_months', 'is', null), eb('s.max_age_months', '>=', age)]));
  }
  for (const day of need.days ?? []) query = query.where(sql<string>`',' || s.days || ','`, 'like', `%,${day},%`);
  if (need.from) query = query.where('s.start_time', '<=', need.from);
  if (need.to) query = query.where('s.end_time', '>=', need.to);
  if (origin) {
    const limit = (origin.radiusKm / KM_PER_DEGREE) ** 2;
    query = query.where((eb) => eb.or([eb('rc.latitude', 'is', null), eb(squaredDegrees(origin), '<=', limit)]));
  }
  return query;
}

/**
 * One page of the childminders who answer the need, nearest first then by name, with how many
 * answer in all. `squaredDegrees` is null when the distance is unknown.
 */
export function childminderPageQuery(
  db: Kysely<Database>,
  relaisId: string,
  need: Need,
  origin: Origin | undefined,
  size: number,
) {
  const distance = squaredDegrees(origin);
  return matchingSlots(db, relaisId, need, origin)
    .select(['c.id', 'c.last_name', 'c.first_name'])
    .select([sql<number | null>`min(${distance})`.as('squaredDegrees'), sql<string>`count(*) over ()`.as('total')])
    .groupBy(['c.id', 'c.last_name', 'c.first_name'])
    .orderBy(sql`coalesce(min(${distance}), 1e9)`)
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .orderBy('c.id')
    .limit(size);
}

export async function matchingChildminderPage(
  db: Kysely<Database>,
  relaisId: string,
  need: Need,
  origin: Origin | undefined,
  size: number,
) {
  const rows = await childminderPageQuery(db, relaisId, need, origin, size).execute();
  return {
    total: rows.length === 0 ? 0 : Number(rows[0]!.total),
    page: rows.map((row) => ({ id: row.id, squaredDegrees: row.squaredDegrees })),
  };
}

/** The matching free places of the given childminders, with what the directory may show of them. */
export async function matchingPlacesOf(
  db: Kysely<Database>,
  relaisId: string,
  need: Need,
  origin: Origin | undefined,
  childminderIds: string[],
) {
  if (childminderIds.length === 0) return [];
  return placesQuery(db, relaisId, need, origin, childminderIds).execute();
}

export function placesQuery(
  db: Kysely<Database>,
  relaisId: string,
  need: Need,
  origin: Origin | undefined,
  childminderIds: string[],
) {
  return matchingSlots(db, relaisId, need, origin)
    .where('s.childminder_id', 'in', childminderIds)
    .select([
      'c.id as childminderId',
      'c.first_name',
      'c.last_name',
      'c.insee_code',
      'c.address',
      'c.postcode',
      'c.phone',
      'c.email',
      'c.publish_address',
      'c.publish_phone',
      'c.practice',
      'c.availability_confirmed_at',
      's.available_from',
      's.min_age_months',
      's.max_age_months',
      's.days',
      's.start_time',
      's.end_time',
      's.periscolaire',
    ])
    .orderBy('s.available_from')
    .orderBy('s.start_time');
}

/** Current free places per commune from a date (for the map). */
export async function freePlacesByCommune(db: Kysely<Database>, relaisId: string, date: string) {
  return db
    .selectFrom('availability_slot as s')
    .innerJoin('childminder as c', 'c.id', 's.childminder_id')
    .where('s.relais_id', '=', relaisId)
    .where('c.relais_id', '=', relaisId)
    .where('s.replaced_at', 'is', null)
    .where('c.status', '=', 'active')
    .where('s.available_from', '<=', date)
    .select(['c.insee_code', (eb) => eb.fn.countAll<string>().as('places')])
    .groupBy('c.insee_code')
    .execute();
}

export async function openHouses(db: Kysely<Database>, relaisId: string) {
  return db
    .selectFrom('childminder_house')
    .select(['id', 'name', 'insee_code', 'address'])
    .where('relais_id', '=', relaisId)
    .where('closed_on', 'is', null)
    .execute();
}

export async function openCareFacilities(db: Kysely<Database>, relaisId: string) {
  return db
    .selectFrom('facility')
    .select(['id', 'name', 'kind', 'insee_code', 'address', 'phone', 'website', 'places', 'funding'])
    .where('relais_id', '=', relaisId)
    .where('closed_on', 'is', null)
    .where('kind', 'in', ['eaje', 'micro_creche', 'creche_other'])
    .execute();
}

export async function findContactableChildminder(db: Kysely<Database>, relaisId: string, id: string) {
  return db
    .selectFrom('childminder')
    .select(['id', 'first_name', 'last_name', 'email'])
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
}
