import { z } from 'zod';
import { slugParams } from '../relais/relais.schemas.js';

export { slugParams };

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Heure invalide (format HH:MM).' });

export const directoryQuery = z.object({
  commune: z
    .string()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' })
    .optional(),
  radiusKm: z.coerce.number().min(1, { error: 'Au moins 1 km.' }).max(100, { error: 'Au plus 100 km.' }).default(15),
  ageMonths: z.coerce.number().int().min(0, { error: 'Âge invalide.' }).max(216, { error: 'Âge invalide.' }).optional(),
  days: z
    .string()
    .regex(/^[1-7](,[1-7]){0,6}$/, { error: 'Jours invalides (ex. 1,2,4 pour lundi, mardi, jeudi).' })
    .optional(),
  from: time.optional(),
  to: time.optional(),
  startDate: z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' }).optional(),
});

const place = z.object({
  availableFrom: z.string(),
  minAgeMonths: z.number().nullable(),
  maxAgeMonths: z.number().nullable(),
  days: z.array(z.number()),
  startTime: z.string(),
  endTime: z.string(),
  periscolaire: z.boolean(),
});

export const directorySchema = z.object({
  /** How many childminders answer in all; `childminders` holds the nearest of them. */
  childminderTotal: z.number(),
  childminders: z.array(
    z.object({
      type: z.literal('childminder'),
      id: z.string(),
      name: z.string(),
      communeName: z.string(),
      distanceKm: z.number().nullable(),
      inMam: z.boolean(),
      matchingPlaces: z.number(),
      places: z.array(place),
      freshness: z.enum(['fresh', 'stale', 'unknown']),
      confirmedAt: z.string().nullable(),
      address: z.string().nullable(),
      phone: z.string().nullable(),
      contactByForm: z.boolean(),
    }),
  ),
  houses: z.array(
    z.object({
      type: z.literal('mam'),
      id: z.string(),
      name: z.string(),
      communeName: z.string(),
      address: z.string(),
      distanceKm: z.number().nullable(),
    }),
  ),
  facilities: z.array(
    z.object({
      type: z.literal('facility'),
      id: z.string(),
      name: z.string(),
      kindLabel: z.string(),
      communeName: z.string(),
      address: z.string(),
      phone: z.string().nullable(),
      website: z.string().nullable(),
      places: z.number().nullable(),
      funding: z.string().nullable(),
      distanceKm: z.number().nullable(),
    }),
  ),
});

export const contactParams = slugParams.extend({ childminderId: z.uuid({ error: 'Identifiant invalide.' }) });

export const contactBody = z.object({
  name: z.string().trim().min(2, { error: 'Précisez votre nom.' }).max(120),
  email: z.email({ error: 'Adresse e-mail invalide.' }).max(254),
  phone: z.string().trim().max(30),
  text: z.string().trim().min(10, { error: 'Votre message doit compter au moins 10 caractères.' }).max(2000),
});
