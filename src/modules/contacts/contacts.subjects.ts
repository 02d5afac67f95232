import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DEFAULT_SUBJECTS } from './contacts.rules.js';

export interface SubjectRow {
  id: string;
  /** Stable code of a built-in subject; null for the relais's own subjects. */
  code: string | null;
  label: string;
  position: number;
  archivedAt: string | null;
}

/**
 * The subjects of a relais's contact log, ordered by position. A relais that has none yet gets the
 * DEFAULT_SUBJECTS first. Idempotent and safe when two requests race: the unique index on
 * (relais_id, label) turns the second insert into nothing, on SQLite as on PostgreSQL. `now` is the
 * creation instant (a Date, or already an ISO string).
 */
export async function ensureDefaultSubjects(
  db: Kysely<Database>,
  relaisId: string,
  now: Date | string,
): Promise<SubjectRow[]> {
  const any = await db.selectFrom('contact_subject').select('id').where('relais_id', '=', relaisId).executeTakeFirst();
  if (!any) {
    const createdAt = typeof now === 'string' ? now : now.toISOString();
    await db
      .insertInto('contact_subject')
      .values(
        DEFAULT_SUBJECTS.map((s, position) => ({
          id: crypto.randomUUID(),
          relais_id: relaisId,
          code: s.code,
          label: s.label,
          position,
          archived_at: null,
          created_at: createdAt,
        })),
      )
      .onConflict((oc) => oc.columns(['relais_id', 'label']).doNothing())
      .execute();
  }
  const rows = await db
    .selectFrom('contact_subject')
    .select(['id', 'code', 'label', 'position', 'archived_at'])
    .where('relais_id', '=', relaisId)
    .orderBy('position')
    .orderBy('label')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    label: r.label,
    position: Number(r.position),
    archivedAt: r.archived_at,
  }));
}
