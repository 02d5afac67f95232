import { z } from 'zod';

export const relaisParams = z.object({ relaisId: z.uuid({ error: 'Identifiant de relais invalide.' }) });
export const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{2,60}$/, { error: 'Identifiant invalide.' }) });
export const communeParams = relaisParams.extend({
  inseeCode: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' }),
});

const text = (max: number) => z.string().trim().max(max);

export const relaisCardInput = z.object({
  name: text(120).min(3, { error: 'Le nom doit compter au moins 3 caractères.' }),
  address: text(200),
  postcode: z
    .string()
    .trim()
    .regex(/^(\d{5})?$/, { error: 'Code postal invalide (5 chiffres).' }),
  city: text(100),
  phone: text(30),
  email: z.union([z.literal(''), z.email({ error: 'Adresse e-mail invalide.' }).max(254)]),
  // http(s) only: the public page links to it, and a javascript: or data: address would run in visitors' browsers.
  website: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Adresse web invalide.' }).max(300)])
    .nullable(),
  openingHours: text(2000),
  permanences: text(2000),
});

export const createRelaisBody = relaisCardInput.extend({
  slug: z.string().regex(/^[a-z0-9-]{2,60}$/, { error: 'Lettres minuscules, chiffres et tirets uniquement.' }),
  epciCode: z
    .string()
    .regex(/^\d{9}$/, { error: 'Code SIREN d’EPCI invalide (9 chiffres).' })
    .nullable(),
});

export const updateRelaisBody = relaisCardInput.partial().extend({
  familyRetentionMonths: z
    .number({ error: 'Durée de conservation invalide (en mois).' })
    .int({ error: 'Durée de conservation invalide (en mois).' })
    .min(6, { error: 'Au moins 6 mois de conservation.' })
    .max(120, { error: 'Au plus 120 mois (10 ans) de conservation.' })
    .optional(),
});

export const addCommuneBody = z.object({
  inseeCode: z
    .string()
    .trim()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' }),
});

export const communeSchema = z.object({
  inseeCode: z.string(),
  name: z.string(),
  population: z.number().nullable(),
  postcodes: z.array(z.string()),
});

export const relaisSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  epciCode: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string().nullable(),
  openingHours: z.string(),
  permanences: z.string(),
  /** Months a family's personal data is kept after its latest contact. */
  familyRetentionMonths: z.number(),
});

export const publicSiteSchema = z.object({
  name: z.string(),
  kindLabel: z.string(),
  communeName: z.string(),
  address: z.string(),
  accessible: z.boolean(),
});

export const publicRelaisSchema = relaisSchema.omit({ id: true, epciCode: true, familyRetentionMonths: true }).extend({
  communes: z.array(communeSchema),
  sites: z.array(publicSiteSchema),
});
