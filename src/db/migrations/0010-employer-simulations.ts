import type { Kysely } from 'kysely';

/**
 * Simulations of the employer-help calculator (issue 7) that an animator saved in a contact's file:
 * the topic, the input as given and the result as computed then (the legal values of that day),
 * who saved it and when. They go with their contact: a removed contact (row deleted) takes them
 * along by the foreign key; a contact marked deleted or past the relais's retention delay is
 * purged by the `employerHelp.purge` job.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('employer_simulation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('relais_id', 'text', (c) => c.notNull().references('relais.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contact.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('input_json', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('employer_simulation_contact_idx')
    .on('employer_simulation')
    .columns(['relais_id', 'contact_id', 'created_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('employer_simulation').execute();
}
