import { z } from 'zod';
import { OUTCOMES, type Outcome } from '../contacts/contacts.rules.js';
import { relaisParams, slugParams } from '../relais/relais.schemas.js';
import {
  ANSWER_CHANNELS,
  MAX_ANSWER,
  MAX_CHILD_AGE_MONTHS,
  MAX_NEEDS,
  MAX_REQUEST_SUBJECTS,
  REQUEST_PUBLICS,
  REQUEST_STATUSES,
  STAFF_SOURCES,
  type AnswerChannel,
  type RequestPublic,
  type RequestStatus,
} from './requests.rules.js';

export { slugParams };

const id = (what: string) => z.uuid({ error: `${what} invalide.` });
const insee = z
  .string()
  .trim()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' });
const publicKind = z.enum(REQUEST_PUBLICS as [RequestPublic, ...RequestPublic[]], {
  error: 'Précisez qui vous êtes.',
});
const answerChannel = z.enum(Object.keys(ANSWER_CHANNELS) as [AnswerChannel, ...AnswerChannel[]], {
  error: 'Choisissez comment être recontacté·e.',
});
const status = z.enum(Object.keys(REQUEST_STATUSES) as [RequestStatus, ...RequestStatus[]], {
  error: 'Statut de la demande inconnu.',
});
const outcome = z.enum(Object.keys(OUTCOMES) as [Outcome, ...Outcome[]], { error: 'Suite donnée inconnue.' });

const name = z.string().trim().max(120, { error: 'Nom trop long (120 caractères au plus).' });
const email = z.union([
  z.literal(''),
  z.email({ error: 'Adresse e-mail invalide.' }).max(254, { error: 'Adresse e-mail trop longue.' }),
]);
const phone = z
  .string()
  .trim()
  .max(30, { error: 'Numéro de téléphone trop long.' })
  .regex(/^[0-9 +().-]*$/, { error: 'Numéro de téléphone invalide.' });
const subjectIds = z
  .array(id('Thème'))
  .min(1, { error: 'Choisissez au moins un thème.' })
  .max(MAX_REQUEST_SUBJECTS, { error: `Au plus ${MAX_REQUEST_SUBJECTS} thèmes.` });
const childAgeMonths = z
  .number({ error: 'Âge invalide (en mois).' })
  .int({ error: 'Âge invalide (en mois).' })
  .min(0, { error: 'Âge invalide (en mois).' })
  .max(MAX_CHILD_AGE_MONTHS, { error: `Âge invalide (${MAX_CHILD_AGE_MONTHS} mois au plus).` })
  .nullable();
const expectedBirthOn = z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' }).nullable();
const needs = z
  .string()
  .trim()
  .max(MAX_NEEDS, { error: `Texte trop long (${MAX_NEEDS} caractères au plus).` });

export const requestParams = relaisParams.extend({ requestId: id('Identifiant de demande') });

/** The public form. `website` is a trap for robots: hidden from people, it must stay empty. */
export const publicRequestInput = z.object({
  public: publicKind,
  name: name.min(2, { error: 'Indiquez votre nom (2 caractères au moins).' }),
  email: email.default(''),
  phone: phone.default(''),
  inseeCode: insee,
  subjectIds,
  childAgeMonths: childAgeMonths.default(null),
  expectedBirthOn: expectedBirthOn.default(null),
  needs: needs.default(''),
  answerChannel,
  consent: z.literal(true, {
    error: 'Votre accord est nécessaire pour que le relais traite votre demande.',
  }),
  website: z.string().max(200).optional(),
});

/** A request received elsewhere, typed in by staff: only who, what and how to answer. */
export const staffRequestInput = z.object({
  source: z.enum(STAFF_SOURCES, { error: 'Provenance de la demande inconnue.' }),
  public: publicKind,
  name: name.default(''),
  email: email.default(''),
  phone: phone.default(''),
  inseeCode: insee.nullable().default(null),
  subjectIds,
  childAgeMonths: childAgeMonths.default(null),
  expectedBirthOn: expectedBirthOn.default(null),
  needs: needs.default(''),
  answerChannel: answerChannel.optional(),
  receivedAt: z.iso.datetime({ offset: true, error: 'Date et heure invalides.' }).optional(),
});

export const requestFormSchema = z.object({
  relais: z.object({
    name: z.string(),
    email: z.string(),
    phone: z.string(),
    /** How many months the relais keeps families' data after the last exchange (said to the family). */
    retentionMonths: z.number(),
  }),
  communes: z.array(z.object({ inseeCode: z.string(), name: z.string() })),
  subjects: z.array(z.object({ id: z.string(), label: z.string() })),
});

export const requestsQuery = z.object({
  status: status.optional(),
  assignee: z.union([z.literal('none'), id('Compte')]).optional(),
  page: z.coerce
    .number({ error: 'Page invalide.' })
    .int({ error: 'Page invalide.' })
    .min(1, { error: 'Page invalide.' })
    .max(10_000, { error: 'Page invalide.' })
    .default(1),
});

export const assignInput = z.object({ accountId: id('Compte').nullable() });
export const answerInput = z.object({
  text: z
    .string()
    .trim()
    .min(2, { error: 'Écrivez votre réponse.' })
    .max(MAX_ANSWER, { error: `Réponse trop longue (${MAX_ANSWER} caractères au plus).` }),
});
export const closeInput = z.object({
  outcome: outcome.optional(),
  note: z.string().trim().max(500, { error: 'Note trop longue (500 caractères au plus).' }).default(''),
});
export const linkInput = z.object({
  familyId: id('Famille').nullable().default(null),
  childminderId: id('Assistant·e maternel·le').nullable().default(null),
});

const person = z.object({ id: z.string(), name: z.string() });

export const requestSummarySchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  source: z.string(),
  sourceLabel: z.string(),
  public: z.string(),
  publicLabel: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  inseeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  subjects: z.array(z.object({ id: z.string(), label: z.string() })),
  needs: z.string(),
  answerChannel: z.string(),
  answerChannelLabel: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  assignee: person.nullable(),
  updatedAt: z.string(),
});

export const requestDetailSchema = requestSummarySchema.extend({
  childAgeMonths: z.number().nullable(),
  expectedBirthOn: z.string().nullable(),
  consentAt: z.string().nullable(),
  family: person.nullable(),
  childminder: person.nullable(),
  contactId: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomeLabel: z.string().nullable(),
  closingNote: z.string(),
  closedAt: z.string().nullable(),
  anonymised: z.boolean(),
  messages: z.array(
    z.object({ id: z.string(), at: z.string(), author: z.string().nullable(), to: z.string(), text: z.string() }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      kind: z.string(),
      label: z.string(),
      actor: z.string().nullable(),
      detail: z.string(),
    }),
  ),
  assignees: z.array(person),
});

export const requestListSchema = z.object({
  requests: z.array(requestSummarySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Requests of each status (under the assignee filter), for the tabs. */
  counts: z.object({ new: z.number(), assigned: z.number(), answered: z.number(), closed: z.number() }),
  assignees: z.array(person),
});
