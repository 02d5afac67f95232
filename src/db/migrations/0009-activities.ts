import { sql, type Kysely } from 'kysely';

/**
 * Activities (*temps collectifs*) of the relais: play mornings (*matinées d'éveil*), festive
 * sessions, evenings, practice-analysis groups, information sessions. Their kinds (configurable per
 * relais), the sessions themselves (venue, commune, animators, capacity in adults and children,
 * registration window), registrations with a waiting list, attendance taken on the day (children by
 * age band, walk-ins), the fixed groups of the practice analysis (never their content), and the
 * history of each session (created, moved, cancelled…), kept for the statistics.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('activity_kind')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    // The built-in kinds have a code (play_morning…); those a relais adds have none.
    .addColumn('code', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('default_adult_capacity', 'integer', (c) => c.notNull())
    .addColumn('default_child_capacity', 'integer', (c) => c.notNull())
    .addColumn('default_duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_kind_code_idx')
    .on('activity_kind')
    .columns(['relais_id', 'code'])
    .unique()
    .execute();

  await db.schema
    .createTable('practice_group')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // The external facilitator (a psychologist): a name, not an account.
    .addColumn('facilitator', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('max_members', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('practice_group_member')
    .addColumn('group_id', 'text', (c) => c.notNull().references('practice_group.id').onDelete('cascade'))
    .addColumn('childminder_id', 'text', (c) => c.notNull().references('childminder.id').onDelete('cascade'))
    .addColumn('relais_id', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    // Kept when she leaves: who was in the group, when.
    .addColumn('left_at', 'text')
    .addPrimaryKeyConstraint('practice_group_member_pk', ['group_id', 'childminder_id', 'joined_at'])
    .execute();

  await db.schema
    .createTable('activity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('kind_id', 'text', (c) => c.notNull().references('activity_kind.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('site_id', 'text', (c) => c.notNull().references('site.id'))
    // The commune of the venue at the time of the session (statistics by commune keep it).
    .addColumn('insee_code', 'text', (c) => c.notNull())
    // Instants (UTC ISO); `date` is the day in Paris, for the programme and the statistics.
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('adult_capacity', 'integer', (c) => c.notNull())
    .addColumn('child_capacity', 'integer', (c) => c.notNull())
    // What confirmed registrations take: changed only by a compare-and-set against the capacity.
    .addColumn('adults_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('children_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('registration_opens_at', 'text')
    .addColumn('registration_closes_at', 'text')
    .addColumn('facilitator', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('practice_group_id', 'text', (c) => c.references('practice_group.id'))
    // The planner's proposal it came from, if any.
    .addColumn('plan_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cancel_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attendance_recorded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activity_relais_date_idx').on('activity').columns(['relais_id', 'date']).execute();
  await db.schema
    .createIndex('activity_relais_commune_idx')
    .on('activity')
    .columns(['relais_id', 'insee_code', 'date'])
    .execute();

  await db.schema
    .createTable('activity_animator')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('activity_animator_pk', ['activity_id', 'account_id'])
    .execute();
  await db.schema.createIndex('activity_animator_account_idx').on('activity_animator').column('account_id').execute();

  await db.schema
    .createTable('activity_registration')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('relais_id', 'text', (c) => c.notNull())
    // A childminder (her file), or a parent (name and contact, no file).
    .addColumn('registrant', 'text', (c) => c.notNull())
    .addColumn('childminder_id', 'text', (c) => c.references('childminder.id').onDelete('cascade'))
    .addColumn('person_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('insee_code', 'text')
    // A parent registered from the public page cancels with the link of her e-mail (its hash).
    .addColumn('cancel_token_hash', 'text')
    .addColumn('adults', 'integer', (c) => c.notNull())
    .addColumn('children', 'integer', (c) => c.notNull())
    // confirmed, waiting (the waiting list, in order of created_at), cancelled.
    .addColumn('status', 'text', (c) => c.notNull())
    // online (her space, the public page) or staff (by phone, at the desk).
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('promoted_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('anonymised_at', 'text')
    .execute();
  await db.schema
    .createIndex('activity_registration_activity_idx')
    .on('activity_registration')
    .columns(['activity_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('activity_registration_childminder_idx')
    .on('activity_registration')
    .column('childminder_id')
    .execute();
  // A childminder is registered (or waiting) once per session, whatever the timing of her clicks.
  await db.schema
    .createIndex('activity_registration_once_idx')
    .on('activity_registration')
    .columns(['activity_id', 'childminder_id'])
    .unique()
    .where(sql.ref('status'), '!=', 'cancelled')
    .execute();

  await db.schema
    .createTable('activity_attendance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('relais_id', 'text', (c) => c.notNull())
    .addColumn('registration_id', 'text', (c) => c.references('activity_registration.id').onDelete('set null'))
    // childminder, parent or other (a walk-in without a file: a name only).
    .addColumn('attendee', 'text', (c) => c.notNull())
    .addColumn('childminder_id', 'text', (c) => c.references('childminder.id').onDelete('set null'))
    .addColumn('person_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('walk_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('children_under_1', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('children_1_to_2', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('children_2_to_3', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('children_3_and_over', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .execute();
  await db.schema
    .createIndex('activity_attendance_activity_idx')
    .on('activity_attendance')
    .column('activity_id')
    .execute();
  await db.schema
    .createIndex('activity_attendance_childminder_idx')
    .on('activity_attendance')
    .columns(['childminder_id', 'relais_id'])
    .execute();

  await db.schema
    .createTable('activity_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('relais_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_event_activity_idx')
    .on('activity_event')
    .columns(['activity_id', 'at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'activity_event',
    'activity_attendance',
    'activity_registration',
    'activity_animator',
    'activity',
    'practice_group_member',
    'practice_group',
    'activity_kind',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
