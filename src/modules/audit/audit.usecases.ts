import type { Kysely } from 'kysely';
import type { Clock } from '../../app/clock.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { deleteAuditEventsBefore, insertAuditEvent, listAuditEventsOfRelais } from './audit.repository.js';

export interface AuditDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** Who did what to which personal data. `actor` undefined means the system or an anonymous visitor. */
export interface AuditEntry {
  relaisId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  summary: string;
  ip?: string | null;
}

export async function recordAudit(deps: AuditDeps, actor: Actor | undefined, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(deps.db, {
    relaisId: entry.relaisId,
    actorUserId: actor?.userId ?? null,
    actorLabel: actor ? `${actor.displayName} <${actor.email}>` : 'Système / visiteur',
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    summary: entry.summary,
    ip: entry.ip ?? null,
    at: deps.clock.now().toISOString(),
  });
}

export async function listAudit(
  deps: AuditDeps,
  actor: Actor | undefined,
  relaisId: string,
  query: { limit: number; before?: string },
) {
  authorize(actor, 'audit.read', relaisId);
  const rows = await listAuditEventsOfRelais(deps.db, relaisId, query);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor_label,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    summary: r.summary,
    ip: r.ip,
  }));
}

/** Audit entries are kept one year (CNIL recommendation for access logs), then deleted. */
export const AUDIT_RETENTION_DAYS = 365;

export async function purgeOldAuditEvents(deps: AuditDeps): Promise<number> {
  const limit = new Date(deps.clock.now().getTime() - AUDIT_RETENTION_DAYS * 86_400_000).toISOString();
  return deleteAuditEventsBefore(deps.db, limit);
}
