import type { Kysely } from 'kysely';
import { insertChunked } from '../../db/insert-chunked.js';
import type { Database, OutboxMessage } from '../../db/schema.js';
import type { MailAttachment } from './mail.transport.js';

export interface NewOutboxMessage {
  id: string;
  relaisId: string | null;
  purpose: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
  attachments?: MailAttachment[];
}

/** Writes messages to the outbox as pending, due at once (many in a few multi-row statements). */
export async function insertOutboxMessages(db: Kysely<Database>, messages: NewOutboxMessage[]): Promise<void> {
  await insertChunked(
    db,
    'outbox_message',
    messages.map((m) => ({
      id: m.id,
      relais_id: m.relaisId,
      purpose: m.purpose,
      recipient: m.recipient,
      subject: m.subject,
      text_body: m.text,
      html_body: m.html,
      status: 'pending',
      attempts: 0,
      next_attempt_at: m.createdAt,
      created_at: m.createdAt,
      attachments: m.attachments?.length ? JSON.stringify(m.attachments) : null,
    })),
  );
}

/** Ids of messages due for an attempt: pending, or stuck in `sending` past their lease. */
export async function findDueMessageIds(db: Kysely<Database>, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox_message')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes a message for delivery if nobody else holds it (compare-and-set: exactly one instance
 * wins, on both engines). Returns the message, or undefined if another instance was faster.
 */
export async function claimMessage(
  db: Kysely<Database>,
  id: string,
  now: string,
  lockedUntil: string,
): Promise<OutboxMessage | undefined> {
  const result = await db
    .updateTable('outbox_message')
    .set((eb) => ({ status: 'sending', locked_until: lockedUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)]),
      ]),
    )
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return db.selectFrom('outbox_message').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markDelivered(
  db: Kysely<Database>,
  id: string,
  d: { status: 'sent' | 'stored'; at: string; text: string; html: string },
): Promise<void> {
  await db
    .updateTable('outbox_message')
    .set({
      status: d.status,
      sent_at: d.at,
      locked_until: null,
      last_error: null,
      text_body: d.text,
      html_body: d.html,
    })
    .where('id', '=', id)
    .execute();
}

/** The attachments stored with a message (none when the column is empty or unreadable). */
export function attachmentsOf(message: Pick<OutboxMessage, 'attachments'>): MailAttachment[] {
  if (!message.attachments) return [];
  try {
    const parsed: unknown = JSON.parse(message.attachments);
    return Array.isArray(parsed) ? (parsed as MailAttachment[]) : [];
  } catch {
    return [];
  }
}

export async function markAttemptFailed(
  db: Kysely<Database>,
  id: string,
  error: string,
  next: { status: 'pending'; at: string } | { status: 'failed' },
): Promise<void> {
  await db
    .updateTable('outbox_message')
    .set({
      status: next.status,
      next_attempt_at: next.status === 'pending' ? next.at : undefined,
      locked_until: null,
      last_error: error.slice(0, 500),
    })
    .where('id', '=', id)
    .execute();
}

export async function listOutboxOfRelais(db: Kysely<Database>, relaisId: string, limit: number) {
  return db
    .selectFrom('outbox_message')
    .select(['id', 'purpose', 'recipient', 'subject', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'])
    .where('relais_id', '=', relaisId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function findOutboxMessage(db: Kysely<Database>, relaisId: string, id: string) {
  return db
    .selectFrom('outbox_message')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteOutboxMessagesBefore(db: Kysely<Database>, iso: string): Promise<number> {
  const result = await db.deleteFrom('outbox_message').where('created_at', '<', iso).executeTakeFirst();
  return Number(result.numDeletedRows);
}
