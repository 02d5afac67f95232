import type { Kysely } from 'kysely';

/**
 * Online appointments: reasons (motifs), weekly permanences of the animators with their closures,
 * appointments and their history, the 5-minute cells that make double booking impossible, the
 * waiting list, the animators' calendar feeds; and attachments of outgoing mail (the `.ics` of a
 * confirmation). See docs/decisions/0012-appointments.md.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox_message').addColumn('attachments', 'text').execute();

  await db.schema
    .createTable('appointment_reason')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('modes', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('default_subject_code', 'text')
    .addColumn('min_notice_hours', 'integer', (c) => c.notNull().defaultTo(24))
    .addColumn('max_notice_days', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('bookable_online', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointment_reason_label_idx')
    .on('appointment_reason')
    .columns(['relais_id', 'label'])
    .unique()
    .execute();

  await db.schema
    .createTable('permanence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('animator_id', 'text', (c) => c.notNull().references('user_account.id'))
    .addColumn('site_id', 'text', (c) => c.references('site.id'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('skip_school_holidays', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('permanence_relais_idx').on('permanence').column('relais_id').execute();

  await db.schema
    .createTable('permanence_reason')
    .addColumn('permanence_id', 'text', (c) => c.notNull().references('permanence.id').onDelete('cascade'))
    .addColumn('reason_id', 'text', (c) => c.notNull().references('appointment_reason.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('permanence_reason_pk', ['permanence_id', 'reason_id'])
    .execute();
  await db.schema.createIndex('permanence_reason_reason_idx').on('permanence_reason').column('reason_id').execute();

  await db.schema
    .createTable('permanence_closure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('permanence_id', 'text', (c) => c.notNull().references('permanence.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('permanence_closure_day_idx')
    .on('permanence_closure')
    .columns(['permanence_id', 'date'])
    .unique()
    .execute();

  await db.schema
    .createTable('appointment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('permanence_id', 'text', (c) => c.references('permanence.id').onDelete('set null'))
    .addColumn('reason_id', 'text', (c) => c.notNull().references('appointment_reason.id'))
    .addColumn('animator_id', 'text', (c) => c.notNull().references('user_account.id'))
    .addColumn('site_id', 'text', (c) => c.references('site.id'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('person_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('person_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('person_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('public', 'text', (c) => c.notNull())
    .addColumn('insee_code', 'text')
    .addColumn('family_id', 'text', (c) => c.references('family.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('booked_via', 'text', (c) => c.notNull())
    .addColumn('booked_by', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('manage_token_hash', 'text')
    // No foreign key: rows of one table restore in any order (backup), and history never breaks.
    .addColumn('moved_from_id', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'text')
    .addColumn('reminder_due_at', 'text')
    .addColumn('reminder_sent_at', 'text')
    .addColumn('contact_id', 'text', (c) => c.references('contact.id').onDelete('set null'))
    .addColumn('anonymised_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointment_relais_start_idx')
    .on('appointment')
    .columns(['relais_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('appointment_animator_start_idx')
    .on('appointment')
    .columns(['animator_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('appointment_reason_idx').on('appointment').column('reason_id').execute();
  await db.schema.createIndex('appointment_permanence_idx').on('appointment').column('permanence_id').execute();
  await db.schema.createIndex('appointment_moved_from_idx').on('appointment').column('moved_from_id').execute();
  await db.schema
    .createIndex('appointment_manage_token_idx')
    .on('appointment')
    .column('manage_token_hash')
    .unique()
    .execute();
  await db.schema
    .createIndex('appointment_reminder_idx')
    .on('appointment')
    .columns(['status', 'reminder_due_at'])
    .execute();

  await db.schema
    .createTable('appointment_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointment.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointment_event_appointment_idx')
    .on('appointment_event')
    .columns(['appointment_id', 'at'])
    .execute();

  // One row per 5-minute cell of an animator's diary that a live appointment covers: the primary key
  // makes two overlapping bookings of one animator impossible, on both engines, whatever the timing.
  await db.schema
    .createTable('appointment_hold')
    .addColumn('animator_id', 'text', (c) => c.notNull())
    .addColumn('cell_start', 'text', (c) => c.notNull())
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointment.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('appointment_hold_pk', ['animator_id', 'cell_start'])
    .execute();
  await db.schema
    .createIndex('appointment_hold_appointment_idx')
    .on('appointment_hold')
    .column('appointment_id')
    .execute();

  await db.schema
    .createTable('appointment_waitlist')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('reason_id', 'text', (c) => c.notNull().references('appointment_reason.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('wanted_from', 'text', (c) => c.notNull())
    .addColumn('wanted_to', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('notified_at', 'text')
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema
    .createIndex('appointment_waitlist_reason_idx')
    .on('appointment_waitlist')
    .columns(['reason_id', 'wanted_from'])
    .execute();

  await db.schema
    .createTable('calendar_feed')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_feed_account_idx').on('calendar_feed').column('account_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_feed').execute();
  await db.schema.dropTable('appointment_waitlist').execute();
  await db.schema.dropTable('appointment_hold').execute();
  await db.schema.dropTable('appointment_event').execute();
  await db.schema.dropTable('appointment').execute();
  await db.schema.dropTable('permanence_closure').execute();
  await db.schema.dropTable('permanence_reason').execute();
  await db.schema.dropTable('permanence').execute();
  await db.schema.dropTable('appointment_reason').execute();
  await db.schema.alterTable('outbox_message').dropColumn('attachments').execute();
}
