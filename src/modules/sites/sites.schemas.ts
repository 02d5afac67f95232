import { z } from 'zod';
import { relaisParams } from '../relais/relais.schemas.js';
import { MAX_SITE_CAPACITY, SITE_KINDS } from './sites.rules.js';

export const siteParams = relaisParams.extend({ siteId: z.uuid({ error: 'Identifiant de lieu invalide.' }) });
export const sitesQuery = z.object({ includeArchived: z.enum(['true', 'false']).default('false') });

export const siteInput = z.object({
  name: z.string().trim().min(2, { error: 'Le nom doit compter au moins 2 caractères.' }).max(120),
  kind: z.enum(SITE_KINDS, { error: 'Type de lieu inconnu.' }),
  inseeCode: z
    .string()
    .trim()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' }),
  address: z.string().trim().max(200),
  capacity: z
    .number({ error: 'La capacité doit être un nombre.' })
    .int({ error: 'La capacité doit être un nombre entier.' })
    .min(1, { error: 'La capacité doit être d’au moins 1 personne.' })
    .max(MAX_SITE_CAPACITY, { error: `La capacité ne peut dépasser ${MAX_SITE_CAPACITY} personnes.` })
    .nullable(),
  accessible: z.boolean(),
  accessibilityNotes: z.string().trim().max(1000),
  forActivities: z.boolean(),
  forPermanences: z.boolean(),
});

export const siteSchema = siteInput.extend({
  id: z.string(),
  kindLabel: z.string(),
  communeName: z.string(),
  archivedAt: z.string().nullable(),
  updatedAt: z.string(),
});
