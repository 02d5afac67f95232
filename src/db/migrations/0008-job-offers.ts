import type { Kysely } from 'kysely';

/**
 * Job offers (*offres d'emploi*): a parent's need for care, checked by the relais and sent to the
 * childminders it fits; who received it, who answered, who hid it, the links the parent manages it
 * with, and the history of everything that happened to it (never overwritten, for the statistics).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('job_offer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The parent (private: never shown to childminders).
    .addColumn('parent_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('parent_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('parent_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('show_phone', 'integer', (c) => c.notNull().defaultTo(0))
    // The need (shown to childminders).
    .addColumn('insee_code', 'text', (c) => c.notNull())
    .addColumn('communes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('radius_km', 'integer')
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text')
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('weekly_minutes', 'integer', (c) => c.notNull())
    .addColumn('atypical_hours', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('child_birth_on', 'text')
    .addColumn('child_age_months', 'integer', (c) => c.notNull())
    .addColumn('children_count', 'integer', (c) => c.notNull())
    .addColumn('disability', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('emergency', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('details', 'text', (c) => c.notNull().defaultTo(''))
    // Follow-up.
    .addColumn('consent_at', 'text')
    .addColumn('email_verified_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('expiry_reminded_at', 'text')
    .addColumn('refusal_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outcome', 'text')
    .addColumn('outcome_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('anonymised_at', 'text')
    .execute();
  await db.schema
    .createIndex('job_offer_queue_idx')
    .on('job_offer')
    .columns(['relais_id', 'status', 'created_at'])
    .execute();
  await db.schema.createIndex('job_offer_expiry_idx').on('job_offer').columns(['status', 'expires_on']).execute();

  await db.schema
    .createTable('job_offer_link')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('offer_id', 'text', (c) => c.notNull().references('job_offer.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('job_offer_link_offer_idx').on('job_offer_link').column('offer_id').execute();

  await db.schema
    .createTable('job_offer_recipient')
    .addColumn('offer_id', 'text', (c) => c.notNull().references('job_offer.id').onDelete('cascade'))
    .addColumn('childminder_id', 'text', (c) => c.notNull().references('childminder.id').onDelete('cascade'))
    .addColumn('relais_id', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('distance_km', 'double precision')
    .addColumn('added_by_staff', 'integer', (c) => c.notNull().defaultTo(0))
    // No foreign key: the outbox forgets its messages after 90 days.
    .addColumn('outbox_message_id', 'text')
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('job_offer_recipient_pk', ['offer_id', 'childminder_id'])
    .execute();
  await db.schema
    .createIndex('job_offer_recipient_childminder_idx')
    .on('job_offer_recipient')
    .column('childminder_id')
    .execute();

  await db.schema
    .createTable('job_offer_answer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('offer_id', 'text', (c) => c.notNull().references('job_offer.id').onDelete('cascade'))
    .addColumn('childminder_id', 'text', (c) => c.notNull().references('childminder.id').onDelete('cascade'))
    .addColumn('relais_id', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('share_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outbox_message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('job_offer_answer_once_idx')
    .on('job_offer_answer')
    .columns(['offer_id', 'childminder_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('job_offer_hidden')
    .addColumn('offer_id', 'text', (c) => c.notNull().references('job_offer.id').onDelete('cascade'))
    .addColumn('childminder_id', 'text', (c) => c.notNull().references('childminder.id').onDelete('cascade'))
    .addColumn('hidden_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('job_offer_hidden_pk', ['offer_id', 'childminder_id'])
    .execute();

  await db.schema
    .createTable('job_offer_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('offer_id', 'text', (c) => c.notNull().references('job_offer.id').onDelete('cascade'))
    .addColumn('relais_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('actor_label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('job_offer_event_offer_idx').on('job_offer_event').column('offer_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_offer_event').execute();
  await db.schema.dropTable('job_offer_hidden').execute();
  await db.schema.dropTable('job_offer_answer').execute();
  await db.schema.dropTable('job_offer_recipient').execute();
  await db.schema.dropTable('job_offer_link').execute();
  await db.schema.dropTable('job_offer').execute();
}
