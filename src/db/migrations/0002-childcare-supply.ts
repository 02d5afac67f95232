import type { Kysely } from 'kysely';

/**
 * The register of care on the territory: childminders (AM) with their agrément and the history
 * of their status, MAM, collective facilities and other family services.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('childminder_house')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('insee_code', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opened_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('referent_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('last_visit_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('childminder_house_relais_idx').on('childminder_house').column('relais_id').execute();

  await db.schema
    .createTable('childminder')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postcode', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('insee_code', 'text', (c) => c.notNull())
    .addColumn('approval_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('approval_date', 'text')
    .addColumn('approval_renewal_date', 'text')
    .addColumn('approval_places', 'integer', (c) => c.notNull())
    .addColumn('approval_min_age_months', 'integer')
    .addColumn('approval_max_age_months', 'integer')
    .addColumn('derogations', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reduced_places', 'integer')
    .addColumn('reduced_until', 'text')
    .addColumn('atypical_hours', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('emergency_care', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disability_care', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('practice', 'text', (c) => c.notNull().defaultTo('home'))
    .addColumn('childminder_house_id', 'text', (c) => c.references('childminder_house.id').onDelete('set null'))
    .addColumn('monenfant_registered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accepts_trainees', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('contact_preference', 'text', (c) => c.notNull().defaultTo('email'))
    .addColumn('publish_address', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('publish_phone', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('status_since', 'text', (c) => c.notNull())
    .addColumn('archive_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('childminder_relais_status_idx')
    .on('childminder')
    .columns(['relais_id', 'status', 'insee_code'])
    .execute();
  await db.schema
    .createIndex('childminder_approval_idx')
    .on('childminder')
    .columns(['relais_id', 'approval_number'])
    .execute();

  await db.schema
    .createTable('childminder_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('childminder_id', 'text', (c) => c.notNull().references('childminder.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('childminder_event_relais_idx')
    .on('childminder_event')
    .columns(['relais_id', 'kind', 'effective_on'])
    .execute();
  await db.schema
    .createIndex('childminder_event_childminder_idx')
    .on('childminder_event')
    .column('childminder_id')
    .execute();

  await db.schema
    .createTable('facility')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('insee_code', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('website', 'text')
    .addColumn('places', 'integer')
    .addColumn('funding', 'text')
    .addColumn('opened_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('facility_relais_idx').on('facility').columns(['relais_id', 'kind']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['facility', 'childminder_event', 'childminder', 'childminder_house']) {
    await db.schema.dropTable(table).execute();
  }
}
