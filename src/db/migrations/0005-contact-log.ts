import type { Kysely } from 'kysely';

/**
 * The families' desk, first part: the contact log (every contact of any channel, counted by the
 * activity report and the observatory), its relais-configurable subjects, and the families the
 * relais knows (personal data, anonymised after the retention delay).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // How long a family's personal data is kept after its latest contact (GDPR), per relais.
  await db.schema
    .alterTable('relais')
    .addColumn('family_retention_months', 'integer', (c) => c.notNull().defaultTo(36))
    .execute();
  await db.schema
    .createTable('contact_subject')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('code', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_subject_label_idx')
    .on('contact_subject')
    .columns(['relais_id', 'label'])
    .unique()
    .execute();

  await db.schema
    .createTable('family')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('insee_code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_contact_on', 'text')
    .addColumn('anonymised_at', 'text')
    .execute();
  await db.schema.createIndex('family_relais_idx').on('family').columns(['relais_id', 'name']).execute();

  await db.schema
    .createTable('contact')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('public', 'text', (c) => c.notNull())
    .addColumn('insee_code', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('family_id', 'text', (c) => c.references('family.id').onDelete('set null'))
    .addColumn('childminder_id', 'text', (c) => c.references('childminder.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_by', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('contact_relais_day_idx').on('contact').columns(['relais_id', 'occurred_on']).execute();
  await db.schema.createIndex('contact_family_idx').on('contact').column('family_id').execute();

  await db.schema
    .createTable('contact_subject_link')
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contact.id').onDelete('cascade'))
    .addColumn('subject_id', 'text', (c) => c.notNull().references('contact_subject.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('contact_subject_link_pk', ['contact_id', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('contact_subject_link_subject_idx')
    .on('contact_subject_link')
    .column('subject_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('contact_subject_link').execute();
  await db.schema.dropTable('contact').execute();
  await db.schema.dropTable('family').execute();
  await db.schema.dropTable('contact_subject').execute();
  await db.schema.alterTable('relais').dropColumn('family_retention_months').execute();
}
