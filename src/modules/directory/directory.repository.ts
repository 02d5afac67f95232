import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Active childminders of the relais who have at least one current free place, with those places. */
export async function childmindersWithFreePlaces(db: Kysely<Database>, relaisId: string) {
  const slots = await db
    .selectFrom('availability_slot')
    .innerJoin('childminder', 'childminder.id', 'availability_slot.childminder_id')
    .select([
      'childminder.id as childminderId',
      'childminder.first_name',
      'childminder.last_name',
      'childminder.insee_code',
      'childminder.address',
      'childminder.postcode',
      'childminder.phone',
      'childminder.email',
      'childminder.publish_address',
      'childminder.publish_phone',
      'childminder.practice',
      'childminder.atypical_hours as childminder_atypical',
      'childminder.availability_confirmed_at',
      'availability_slot.available_from',
      'availability_slot.min_age_months',
      'availability_slot.max_age_months',
      'availability_slot.days',
      'availability_slot.start_time',
      'availability_slot.end_time',
      'availability_slot.periscolaire',
    ])
    .where('availability_slot.relais_id', '=', relaisId)
    .where('availability_slot.replaced_at', 'is', null)
    .where('childminder.status', '=', 'active')
    .execute();
  return slots;
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
