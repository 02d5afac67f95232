import type { Kysely } from 'kysely';

/**
 * The families' desk inbox: requests sent from the public form or typed in by staff (monenfant.fr,
 * e-mail, phone, visit), their subjects, the answers sent by e-mail and the history of what was
 * done to each. A request becomes one contact of the log when first answered or closed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('public', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('insee_code', 'text')
    .addColumn('child_age_months', 'integer')
    .addColumn('expected_birth_on', 'text')
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answer_channel', 'text', (c) => c.notNull())
    .addColumn('consent_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('family_id', 'text', (c) => c.references('family.id').onDelete('set null'))
    .addColumn('childminder_id', 'text', (c) => c.references('childminder.id').onDelete('set null'))
    .addColumn('counted_at', 'text')
    .addColumn('contact_id', 'text', (c) => c.references('contact.id').onDelete('set null'))
    .addColumn('outcome', 'text')
    .addColumn('closing_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('anonymised_at', 'text')
    .execute();
  await db.schema
    .createIndex('request_inbox_idx')
    .on('request')
    .columns(['relais_id', 'status', 'received_at'])
    .execute();
  await db.schema.createIndex('request_updated_idx').on('request').columns(['relais_id', 'updated_at']).execute();

  await db.schema
    .createTable('request_subject')
    .addColumn('request_id', 'text', (c) => c.notNull().references('request.id').onDelete('cascade'))
    .addColumn('subject_id', 'text', (c) => c.notNull().references('contact_subject.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('request_subject_pk', ['request_id', 'subject_id'])
    .execute();

  await db.schema
    .createTable('request_message')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('request.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // No foreign key: the outbox forgets its messages after 90 days, the request keeps its own copy.
    .addColumn('outbox_message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_message_request_idx').on('request_message').column('request_id').execute();

  await db.schema
    .createTable('request_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('request.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_event_request_idx').on('request_event').column('request_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('request_event').execute();
  await db.schema.dropTable('request_message').execute();
  await db.schema.dropTable('request_subject').execute();
  await db.schema.dropTable('request').execute();
}
