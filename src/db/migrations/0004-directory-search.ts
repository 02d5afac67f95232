import { sql, type Kysely } from 'kysely';
import { communeCentroid } from '../../modules/relais/communes.geo.js';

/**
 * The public directory searched in SQL at national scale: each commune of a territory carries the
 * coordinates of its centre (from the boundaries shipped with the app, null when unknown), and the
 * current free places are indexed by relais and start date.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('relais_commune').addColumn('latitude', 'double precision').execute();
  await db.schema.alterTable('relais_commune').addColumn('longitude', 'double precision').execute();
  const communes = await db.selectFrom('relais_commune').select('insee_code').distinct().execute();
  for (const { insee_code } of communes as { insee_code: string }[]) {
    const centre = communeCentroid(insee_code);
    if (!centre) continue;
    await db
      .updateTable('relais_commune')
      .set({ longitude: centre[0], latitude: centre[1] })
      .where('insee_code', '=', insee_code)
      .execute();
  }
  await db.schema
    .createIndex('availability_slot_current_idx')
    .on('availability_slot')
    .columns(['relais_id', 'available_from'])
    .where(sql.ref('replaced_at'), 'is', null)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('availability_slot_current_idx').execute();
  await db.schema.alterTable('relais_commune').dropColumn('longitude').execute();
  await db.schema.alterTable('relais_commune').dropColumn('latitude').execute();
}
