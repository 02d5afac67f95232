import { z } from 'zod';
import { relaisParams } from '../relais/relais.schemas.js';
import {
  ARCHIVE_REASONS,
  AVAILABILITY_FILTERS,
  CONTACT_PREFERENCES,
  MAX_PLACES,
  MIN_PLACES,
  PRACTICES,
} from './childminders.rules.js';

const date = z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' });
const text = (max: number) => z.string().trim().max(max);
const months = z.number().int().min(0).max(216);

export const childminderParams = relaisParams.extend({
  childminderId: z.uuid({ error: 'Identifiant d’assistant·e maternel·le invalide.' }),
});

export const childminderInput = z.object({
  firstName: text(80).min(1, { error: 'Le prénom est obligatoire.' }),
  lastName: text(80).min(1, { error: 'Le nom est obligatoire.' }),
  birthDate: date.nullable(),
  email: z.union([z.literal(''), z.email({ error: 'Adresse e-mail invalide.' }).max(254)]),
  phone: text(30),
  address: text(200),
  postcode: z
    .string()
    .trim()
    .regex(/^(\d{5})?$/, { error: 'Code postal invalide (5 chiffres).' }),
  inseeCode: z
    .string()
    .trim()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' }),
  approvalNumber: text(40),
  approvalDate: date.nullable(),
  approvalRenewalDate: date.nullable(),
  approvalPlaces: z
    .number({ error: 'Nombre de places attendu.' })
    .int()
    .min(MIN_PLACES, { error: `Un agrément couvre au moins ${MIN_PLACES} place.` })
    .max(MAX_PLACES, { error: `Un agrément couvre au plus ${MAX_PLACES} places.` }),
  approvalMinAgeMonths: months.nullable(),
  approvalMaxAgeMonths: months.nullable(),
  derogations: text(1000),
  reducedPlaces: z
    .number()
    .int()
    .min(0)
    .max(MAX_PLACES - 1)
    .nullable(),
  reducedUntil: date.nullable(),
  atypicalHours: z.boolean(),
  emergencyCare: z.boolean(),
  disabilityCare: z.boolean(),
  practice: z.enum(PRACTICES, { error: 'Lieu d’exercice inconnu (domicile ou MAM).' }),
  childminderHouseId: z.uuid().nullable(),
  monenfantRegistered: z.boolean(),
  acceptsTrainees: z.boolean(),
  contactPreference: z.enum(CONTACT_PREFERENCES, { error: 'Préférence de contact inconnue.' }),
  publishAddress: z.boolean(),
  publishPhone: z.boolean(),
});

export const createChildminderBody = childminderInput.extend({
  /** Arrival on the territory (new agrément or move-in); today if omitted. */
  registeredOn: date.optional(),
});

export const archiveBody = z.object({
  effectiveOn: date,
  reason: z.enum(ARCHIVE_REASONS, { error: 'Motif d’archivage inconnu.' }),
});

export const reactivateBody = z.object({ effectiveOn: date });

const flag = z.enum(['true', 'false']).optional();

export const listQuery = z.object({
  status: z.enum(['active', 'archived', 'all']).default('active'),
  commune: z
    .string()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' })
    .optional(),
  mam: flag,
  monenfant: flag,
  over55: flag,
  /** Freshness of the availability: up to date, old, never confirmed, reminded without an answer since. */
  availability: z
    .enum(AVAILABILITY_FILTERS, {
      error: 'Filtre de disponibilités inconnu.',
    })
    .optional(),
  q: z.string().trim().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const exportQuery = listQuery.omit({ limit: true, offset: true });

export const childminderSchema = childminderInput.extend({
  id: z.string(),
  communeName: z.string(),
  childminderHouseName: z.string().nullable(),
  age: z.number().nullable(),
  placesToday: z.number(),
  status: z.enum(['active', 'archived']),
  statusSince: z.string(),
  archiveReason: z.enum(ARCHIVE_REASONS).nullable(),
  archiveReasonLabel: z.string().nullable(),
  updatedAt: z.string(),
});

export const eventSchema = z.object({
  id: z.string(),
  kind: z.enum(['registered', 'updated', 'archived', 'reactivated']),
  effectiveOn: z.string(),
  reason: z.string().nullable(),
  summary: z.string(),
  source: z.string(),
  at: z.string(),
});

export const childminderDetailSchema = childminderSchema.extend({ history: z.array(eventSchema) });

/** How fresh the availability of a file is, for the staff (see the freshness loop of availability). */
export const availabilityStatusSchema = z.object({
  freshness: z.enum(['fresh', 'stale', 'unknown']),
  confirmedAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  /** Reminded after her last confirmation (or never confirmed): she has not answered. */
  notAnswered: z.boolean(),
});

export const childminderListSchema = z.object({
  total: z.number(),
  childminders: z.array(childminderSchema.extend({ availability: availabilityStatusSchema })),
});
