/**
 * The shapes of the activities API (issue 6, helper A1 part): kinds, sessions, registrations, the
 * childminder's space and the public programme. French messages naming the field.
 */
import { z } from 'zod';
import { relaisParams, slugParams } from '../relais/relais.schemas.js';
import {
  ACTIVITY_AUDIENCE_KEYS,
  ACTIVITY_CATEGORY_KEYS,
  ACTIVITY_THEME_KEYS,
  MAX_ADULTS_PER_REGISTRATION,
  MAX_CHILDREN_PER_REGISTRATION,
} from './activities.rules.js';

export { relaisParams, slugParams };

const id = (what: string) => z.uuid({ error: `${what} invalide.` });
const insee = z
  .string()
  .trim()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' });
const date = z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Heure invalide (format HH:MM).' });
const instant = z.iso.datetime({ offset: true, error: 'Date et heure invalides (format ISO 8601).' });
const text = (max: number, what = 'Texte') =>
  z
    .string({ error: `${what} invalide.` })
    .trim()
    .max(max, { error: `${what} trop long (${max} caractères au plus).` });
const count = (what: string, min: number, max: number) =>
  z
    .number({ error: `Nombre ${what} invalide.` })
    .int({ error: `Nombre ${what} invalide (un nombre entier).` })
    .min(min, {
      error: min === 0 ? `Le nombre ${what} ne peut pas être négatif.` : `Au moins ${min} pour le nombre ${what}.`,
    })
    .max(max, { error: `Nombre ${what} trop grand (${max} au plus).` });
const email = z.email({ error: 'Adresse e-mail invalide.' }).max(254, { error: 'Adresse e-mail trop longue.' });
const phone = z
  .string()
  .trim()
  .max(30, { error: 'Numéro de téléphone trop long.' })
  .regex(/^[0-9 +().-]*$/, { error: 'Numéro de téléphone invalide.' });
const personName = z
  .string({ error: 'Nom invalide.' })
  .trim()
  .min(2, { error: 'Indiquez le nom (2 caractères au moins).' })
  .max(120, { error: 'Nom trop long (120 caractères au plus).' });
const token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'Ce lien est incomplet ou invalide.' });

const category = z.enum(ACTIVITY_CATEGORY_KEYS, { error: 'Catégorie d’activité inconnue.' });
const audience = z.enum(ACTIVITY_AUDIENCE_KEYS, { error: 'Public d’activité inconnu.' });
const theme = z.enum(ACTIVITY_THEME_KEYS, { error: 'Thème inconnu.' });
const capacity = (what: string, min: number) => count(what, min, 1000);
const adults = count('d’adultes', 1, MAX_ADULTS_PER_REGISTRATION);
const children = count('d’enfants', 0, MAX_CHILDREN_PER_REGISTRATION);

export const kindParams = relaisParams.extend({ kindId: id('Identifiant de type d’activité') });
export const activityParams = relaisParams.extend({ activityId: id('Identifiant de séance') });
export const registrationParams = activityParams.extend({ registrationId: id('Identifiant d’inscription') });
export const myActivityParams = z.object({ activityId: id('Identifiant de séance') });
export const publicActivityParams = slugParams.extend({ activityId: id('Identifiant de séance') });
export const tokenParams = z.object({ token });

export const kindInput = z.object({
  label: text(120, 'Nom').min(2, { error: 'Nom trop court (2 caractères au moins).' }),
  category,
  audience,
  defaultAdultCapacity: capacity('de places d’adultes', 1),
  defaultChildCapacity: capacity('de places d’enfants', 0),
  defaultDurationMinutes: count('de minutes', 15, 14 * 60),
});
export const kindUpdateInput = kindInput.partial().extend({
  archived: z.boolean({ error: 'Réponse invalide (oui ou non).' }).optional(),
});

const animatorIds = z
  .array(id('Identifiant d’animateur·rice'))
  .max(20, { error: 'Au plus 20 animateur·rices.' })
  .default([]);

export const activityInput = z.object({
  kindId: id('Identifiant de type d’activité'),
  title: text(160, 'Titre').optional(),
  theme,
  description: text(4000, 'Description').default(''),
  siteId: id('Identifiant de lieu'),
  date,
  startTime: time,
  endTime: time.optional(),
  adultCapacity: capacity('de places d’adultes', 0).optional(),
  childCapacity: capacity('de places d’enfants', 0).optional(),
  animatorIds,
  facilitator: text(120, 'Intervenant·e').default(''),
  registrationOpensAt: instant.nullable().optional(),
  registrationClosesAt: instant.nullable().optional(),
  practiceGroupId: id('Identifiant de groupe').nullable().optional(),
});

export const activityUpdateInput = z.object({
  title: text(160, 'Titre').min(2, { error: 'Titre trop court (2 caractères au moins).' }).optional(),
  theme: theme.optional(),
  description: text(4000, 'Description').optional(),
  adultCapacity: capacity('de places d’adultes', 0).optional(),
  childCapacity: capacity('de places d’enfants', 0).optional(),
  animatorIds: animatorIds.optional(),
  facilitator: text(120, 'Intervenant·e').optional(),
  registrationOpensAt: instant.nullable().optional(),
  registrationClosesAt: instant.nullable().optional(),
});

export const moveInput = z.object({
  siteId: id('Identifiant de lieu'),
  date,
  startTime: time,
  endTime: time,
  reason: text(500, 'Motif').default(''),
});

export const cancelInput = z.object({
  reason: text(500, 'Motif').min(3, { error: 'Indiquez le motif de l’annulation (3 caractères au moins).' }),
});

export const staffRegistrationInput = z.object({
  childminderId: id('Identifiant d’assistant·e maternel·le').optional(),
  parent: z
    .object({ name: personName, email: email.or(z.literal('')).default(''), phone: phone.default('') })
    .optional(),
  adults: adults.default(1),
  children,
});

export const myRegistrationInput = z.object({ children, adults: adults.default(1) });

export const publicRegistrationInput = z.object({
  name: personName,
  email,
  phone: phone.default(''),
  children,
  adults: adults.default(1),
  inseeCode: insee.optional(),
  consent: z.literal(true, {
    error: 'Votre accord est nécessaire pour que le relais enregistre votre inscription.',
  }),
  website: z.string().max(200).optional(),
});

export const activitiesQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  commune: insee.optional(),
  kind: id('Identifiant de type d’activité').optional(),
  status: z.enum(['scheduled', 'cancelled'], { error: 'Statut inconnu (scheduled ou cancelled).' }).optional(),
});
export const programmeQuery = activitiesQuery.omit({ status: true });

// ---------------------------------------------------------------------------------------------
// Answers.

export const kindSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  label: z.string(),
  category,
  audience,
  defaultAdultCapacity: z.number(),
  defaultChildCapacity: z.number(),
  defaultDurationMinutes: z.number(),
  archived: z.boolean(),
});
export const kindListSchema = z.object({ kinds: z.array(kindSchema) });

export const activitySummarySchema = z.object({
  id: z.string(),
  kindId: z.string(),
  kindLabel: z.string(),
  category,
  audience,
  title: z.string(),
  theme,
  themeLabel: z.string(),
  description: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  siteAddress: z.string(),
  inseeCode: z.string(),
  communeName: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  adultCapacity: z.number(),
  childCapacity: z.number(),
  adultsTaken: z.number(),
  childrenTaken: z.number(),
  waiting: z.number(),
  status: z.enum(['scheduled', 'cancelled']),
  cancelReason: z.string(),
  animators: z.array(z.object({ id: z.string(), name: z.string() })),
  facilitator: z.string(),
  practiceGroupId: z.string().nullable(),
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  registration: z.enum(['open', 'not_yet', 'closed', 'cancelled']),
  openToParents: z.boolean(),
});
export const activityListSchema = z.object({ activities: z.array(activitySummarySchema) });

export const registrationSchema = z.object({
  id: z.string(),
  registrant: z.enum(['childminder', 'parent']),
  childminderId: z.string().nullable(),
  name: z.string(),
  communeName: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  adults: z.number(),
  children: z.number(),
  status: z.enum(['confirmed', 'waiting', 'cancelled']),
  source: z.enum(['online', 'staff']),
  createdAt: z.string(),
  promotedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
});

export const activityDetailSchema = activitySummarySchema.extend({
  registrations: z.array(registrationSchema),
  events: z.array(
    z.object({ kind: z.string(), label: z.string(), actorName: z.string(), detail: z.string(), at: z.string() }),
  ),
});

const mineSchema = z
  .object({
    id: z.string(),
    status: z.enum(['confirmed', 'waiting', 'cancelled']),
    adults: z.number(),
    children: z.number(),
  })
  .nullable();
export const myActivityListSchema = z.object({
  activities: z.array(activitySummarySchema.extend({ mine: mineSchema })),
});
export const myRegistrationSchema = z.object({ registration: registrationSchema, activity: activitySummarySchema });
export const myActivitySchema = z.object({ activity: activitySummarySchema });
export const myHistorySchema = z.object({
  participations: z.array(
    z.object({
      activityId: z.string(),
      date: z.string(),
      title: z.string(),
      kindLabel: z.string(),
      category,
      communeName: z.string(),
      children: z.number(),
    }),
  ),
  byYear: z.array(z.object({ year: z.number(), sessions: z.number() })),
});

export const publicRegisteredSchema = z.object({
  status: z.enum(['confirmed', 'waiting']),
  message: z.string(),
});
export const messageSchema = z.object({ message: z.string() });
