import { z } from 'zod';
import { relaisParams } from '../relais/relais.schemas.js';
import { CHANNELS, OUTCOMES, PUBLICS, type Channel, type Outcome, type Public } from './contacts.rules.js';

const id = (what: string) => z.uuid({ error: `${what} invalide.` });
const insee = z
  .string()
  .trim()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' });
const channel = z.enum(Object.keys(CHANNELS) as [Channel, ...Channel[]], { error: 'Canal de contact inconnu.' });
const publicKind = z.enum(Object.keys(PUBLICS) as [Public, ...Public[]], { error: 'Type de public inconnu.' });
const outcome = z.enum(Object.keys(OUTCOMES) as [Outcome, ...Outcome[]], { error: 'Suite donnée inconnue.' });

export const contactParams = relaisParams.extend({ contactId: id('Identifiant de contact') });
export const subjectParams = relaisParams.extend({ subjectId: id('Identifiant de thème') });

export const contactInput = z.object({
  occurredAt: z.iso.datetime({ offset: true, error: 'Date et heure invalides.' }),
  channel,
  public: publicKind,
  inseeCode: insee.nullable(),
  subjectIds: z
    .array(id('Thème'))
    .min(1, { error: 'Choisissez au moins un thème.' })
    .max(5, { error: 'Au plus 5 thèmes.' }),
  outcome,
  familyId: id('Famille').nullable(),
  childminderId: id('Assistant·e maternel·le').nullable(),
  note: z.string().trim().max(500, { error: 'Note trop longue (500 caractères au plus).' }),
});

export const contactSchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  occurredOn: z.string(),
  channel: z.string(),
  channelLabel: z.string(),
  public: z.string(),
  publicLabel: z.string(),
  inseeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  subjects: z.array(z.object({ id: z.string(), label: z.string() })),
  outcome: z.string(),
  outcomeLabel: z.string(),
  family: z.object({ id: z.string(), name: z.string() }).nullable(),
  childminder: z.object({ id: z.string(), name: z.string() }).nullable(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const date = z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' });
export const contactsQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  public: publicKind.optional(),
  channel: channel.optional(),
  subjectId: id('Thème').optional(),
  familyId: id('Famille').optional(),
  childminderId: id('Assistant·e maternel·le').optional(),
  page: z.coerce
    .number({ error: 'Page invalide.' })
    .int({ error: 'Page invalide.' })
    .min(1, { error: 'Page invalide.' })
    .max(10_000, { error: 'Page invalide.' })
    .default(1),
});

export const contactListSchema = z.object({
  contacts: z.array(contactSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const label = z
  .string()
  .trim()
  .min(2, { error: 'Le libellé doit compter au moins 2 caractères.' })
  .max(80, { error: 'Libellé trop long (80 caractères au plus).' });

export const subjectSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  label: z.string(),
  position: z.number(),
  archived: z.boolean(),
});
export const subjectInput = z.object({ label });
export const subjectPatch = z
  .object({ label: label.optional(), archived: z.boolean().optional() })
  .refine((p) => p.label !== undefined || p.archived !== undefined, { error: 'Rien à modifier.' });

export const familyInput = z.object({
  name: z.string().trim().min(2, { error: 'Le nom doit compter au moins 2 caractères.' }).max(120),
  email: z.union([z.literal(''), z.email({ error: 'Adresse e-mail invalide.' }).max(254)]),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9 +().-]*$/, { error: 'Numéro de téléphone invalide.' }),
  inseeCode: insee.nullable(),
});
export const familySchema = familyInput.extend({
  id: z.string(),
  communeName: z.string().nullable(),
  lastContactOn: z.string().nullable(),
});
export const familiesQuery = z.object({
  q: z.string().trim().min(2, { error: 'Au moins 2 caractères.' }).max(60, { error: 'Recherche trop longue.' }),
});

export const statisticsQuery = z.object({
  year: z
    .string()
    .regex(/^(19|20)\d\d$/, { error: 'Année invalide (AAAA).' })
    .optional(),
});

const count = z.object({ key: z.string(), label: z.string(), count: z.number() });
export const statisticsSchema = z.object({
  year: z.number(),
  total: z.number(),
  distinctFamilies: z.number(),
  distinctChildminders: z.number(),
  byPublic: z.array(count),
  byChannel: z.array(count),
  bySubject: z.array(count),
  byCommune: z.array(count),
  byMonth: z.array(count),
  publicBySubject: z.array(z.object({ public: z.string(), label: z.string(), subjects: z.array(count) })),
  indicators: z.array(count),
});
