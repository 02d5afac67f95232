import { z } from 'zod';

export const outboxParams = z.object({ relaisId: z.uuid(), messageId: z.uuid() });
export const outboxQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

const status = z.enum(['pending', 'sending', 'sent', 'stored', 'failed']);

export const outboxItemSchema = z.object({
  id: z.string(),
  purpose: z.string(),
  recipient: z.string(),
  subject: z.string(),
  status,
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const outboxMessageSchema = outboxItemSchema.extend({ text: z.string() });
