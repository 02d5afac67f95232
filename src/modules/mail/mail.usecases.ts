import type { Kysely } from 'kysely';
import type { Clock } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { composeBodies, type MessageParts } from './mail.compose.js';
import {
  attachmentsOf,
  claimMessage,
  deleteOutboxMessagesBefore,
  findDueMessageIds,
  findOutboxMessage,
  insertOutboxMessages,
  listOutboxOfRelais,
  markAttemptFailed,
  markDelivered,
} from './mail.repository.js';
import {
  DELIVERY_LEASE_MS,
  MAX_ATTEMPTS,
  OUTBOX_RETENTION_DAYS,
  redactSecrets,
  retryDelayMs,
  type OutboxStatus,
} from './mail.rules.js';
import type { MailAttachment, MailTransport } from './mail.transport.js';

export interface QueueDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface OutgoingMail extends MessageParts {
  relaisId: string | null;
  purpose: string;
  to: string;
  subject: string;
  /** Files sent with the message (an appointment's `.ics`). */
  attachments?: MailAttachment[];
}

/** Puts a message in the outbox; the delivery job sends it. Returns its id. */
export async function queueMail(deps: QueueDeps, mail: OutgoingMail): Promise<string> {
  const [id] = await queueMails(deps, [mail]);
  return id!;
}

/**
 * Puts messages in the outbox in a few statements (a job offer sent to hundreds of childminders);
 * the delivery job sends them. Returns their ids, in the order of `mails`.
 */
export async function queueMails(deps: QueueDeps, mails: readonly OutgoingMail[]): Promise<string[]> {
  const createdAt = deps.clock.now().toISOString();
  const messages = mails.map((mail) => {
    const { text, html } = composeBodies(mail);
    return {
      id: crypto.randomUUID(),
      relaisId: mail.relaisId,
      purpose: mail.purpose,
      recipient: mail.to,
      subject: mail.subject,
      text,
      html,
      createdAt,
      attachments: mail.attachments,
    };
  });
  await insertOutboxMessages(deps.db, messages);
  return messages.map((m) => m.id);
}

export interface DeliveryDeps extends QueueDeps {
  mailTransport: MailTransport;
  config: { mailFrom: string };
}

export interface DeliveryReport {
  delivered: number;
  retried: number;
  failed: number;
}

/** Sends every due message once; safe to run from several instances at the same time. */
export async function deliverDueMessages(deps: DeliveryDeps, batch = 50): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: 0, retried: 0, failed: 0 };
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const ids = await findDueMessageIds(deps.db, nowIso, batch);
  for (const id of ids) {
    const message = await claimMessage(deps.db, id, nowIso, new Date(now.getTime() + DELIVERY_LEASE_MS).toISOString());
    if (!message) continue;
    try {
      await deps.mailTransport.send({
        id: message.id,
        from: deps.config.mailFrom,
        to: message.recipient,
        subject: message.subject,
        text: message.text_body,
        html: message.html_body,
        attachments: attachmentsOf(message),
      });
      await markDelivered(deps.db, id, {
        status: deps.mailTransport.kind === 'smtp' ? 'sent' : 'stored',
        at: deps.clock.now().toISOString(),
        // Once delivered, the outbox keeps no usable secret.
        text: redactSecrets(message.text_body),
        html: redactSecrets(message.html_body),
      });
      report.delivered += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (message.attempts >= MAX_ATTEMPTS) {
        await markAttemptFailed(deps.db, id, reason, { status: 'failed' });
        report.failed += 1;
      } else {
        const at = new Date(now.getTime() + retryDelayMs(message.attempts)).toISOString();
        await markAttemptFailed(deps.db, id, reason, { status: 'pending', at });
        report.retried += 1;
      }
    }
  }
  return report;
}

export async function listOutbox(deps: QueueDeps, actor: Actor | undefined, relaisId: string, limit: number) {
  authorize(actor, 'outbox.read', relaisId);
  const rows = await listOutboxOfRelais(deps.db, relaisId, limit);
  return rows.map((r) => ({
    id: r.id,
    purpose: r.purpose,
    recipient: r.recipient,
    subject: r.subject,
    status: r.status as OutboxStatus,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  }));
}

export async function readOutboxMessage(deps: QueueDeps, actor: Actor | undefined, relaisId: string, id: string) {
  authorize(actor, 'outbox.read', relaisId);
  const r = await findOutboxMessage(deps.db, relaisId, id);
  if (!r) throw new NotFoundError("Ce message n'existe pas dans la boîte d'envoi de ce relais.");
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'outbox_message',
    subjectId: id,
    summary: `Lecture du message « ${r.subject} » envoyé à ${r.recipient}`,
  });
  return {
    id: r.id,
    purpose: r.purpose,
    recipient: r.recipient,
    subject: r.subject,
    status: r.status as OutboxStatus,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    text: redactSecrets(r.text_body),
  };
}

export async function purgeOldMessages(deps: QueueDeps): Promise<number> {
  const limit = new Date(deps.clock.now().getTime() - OUTBOX_RETENTION_DAYS * 86_400_000).toISOString();
  return deleteOutboxMessagesBefore(deps.db, limit);
}
