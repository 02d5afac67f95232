import type { Kysely } from 'kysely';

/**
 * Availability of childminders (free places by age, days and hours, from a date), how fresh it is,
 * and the link between a childminder's file and her sign-in account.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('childminder')
    .addColumn('account_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('childminder').addColumn('availability_confirmed_at', 'text').execute();
  await db.schema.alterTable('childminder').addColumn('availability_reminded_at', 'text').execute();
  await db.schema.createIndex('childminder_account_idx').on('childminder').column('account_id').execute();

  await db.schema
    .createTable('availability_slot')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('childminder_id', 'text', (c) => c.notNull().references('childminder.id').onDelete('cascade'))
    .addColumn('available_from', 'text', (c) => c.notNull())
    .addColumn('min_age_months', 'integer')
    .addColumn('max_age_months', 'integer')
    .addColumn('days', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('atypical_hours', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('periscolaire', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'text')
    .execute();
  await db.schema
    .createIndex('availability_slot_childminder_idx')
    .on('availability_slot')
    .columns(['relais_id', 'childminder_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('availability_slot').execute();
  await db.schema.dropIndex('childminder_account_idx').execute();
  await db.schema.alterTable('childminder').dropColumn('availability_reminded_at').execute();
  await db.schema.alterTable('childminder').dropColumn('availability_confirmed_at').execute();
  await db.schema.alterTable('childminder').dropColumn('account_id').execute();
}
