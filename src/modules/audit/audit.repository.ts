import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface AuditEventInput {
  relaisId: string | null;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: string;
  ip: string | null;
  at: string;
}

export async function insertAuditEvent(db: Kysely<Database>, event: AuditEventInput): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      id: crypto.randomUUID(),
      relais_id: event.relaisId,
      actor_user_id: event.actorUserId,
      actor_label: event.actorLabel,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      summary: event.summary,
      ip: event.ip,
      at: event.at,
    })
    .execute();
}

export async function listAuditEventsOfRelais(
  db: Kysely<Database>,
  relaisId: string,
  options: { limit: number; before?: string },
) {
  let query = db.selectFrom('audit_event').selectAll().where('relais_id', '=', relaisId);
  if (options.before) query = query.where('at', '<', options.before);
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export async function deleteAuditEventsBefore(db: Kysely<Database>, iso: string): Promise<number> {
  const result = await db.deleteFrom('audit_event').where('at', '<', iso).executeTakeFirst();
  return Number(result.numDeletedRows);
}
