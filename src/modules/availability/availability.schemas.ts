import { z } from 'zod';
import { childminderParams } from '../childminders/childminders.schemas.js';
import { MAX_SLOTS } from './availability.rules.js';

export { childminderParams };

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Heure invalide (format HH:MM).' });
const months = z.number().int().min(0).max(216).nullable();

export const slotInput = z.object({
  availableFrom: z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' }),
  minAgeMonths: months,
  maxAgeMonths: months,
  days: z
    .array(z.number().int().min(1, { error: 'Jour invalide.' }).max(7, { error: 'Jour invalide.' }))
    .min(1, { error: 'Choisissez au moins un jour.' })
    .max(7),
  startTime: time,
  endTime: time,
  atypicalHours: z.boolean(),
  periscolaire: z.boolean(),
  note: z.string().trim().max(300),
});

export const replaceAvailabilityBody = z.object({
  slots: z.array(slotInput).max(MAX_SLOTS, { error: `Au plus ${MAX_SLOTS} places disponibles.` }),
});

export const availabilitySchema = z.object({
  confirmedAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  freshness: z.enum(['fresh', 'stale', 'unknown']),
  notAnswered: z.boolean(),
  slots: z.array(slotInput.extend({ id: z.string() })),
});

export const accountLinkSchema = z.object({ accountId: z.string(), email: z.string(), created: z.boolean() });
