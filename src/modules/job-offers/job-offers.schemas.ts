import { z } from 'zod';
import { relaisParams, slugParams } from '../relais/relais.schemas.js';
import { replaceAvailabilityBody } from '../availability/availability.schemas.js';
import {
  JOB_OFFER_OUTCOME_KEYS,
  JOB_OFFER_STATUS_KEYS,
  MAX_DETAILS,
  MAX_MESSAGE,
  MAX_OTHER_COMMUNES,
  MAX_RADIUS_KM,
  PARENT_OUTCOMES,
} from './job-offers.rules.js';

export { relaisParams, slugParams };

const id = (what: string) => z.uuid({ error: `${what} invalide.` });
const insee = z
  .string()
  .trim()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' });
const date = z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Heure invalide (format HH:MM).' });
const email = z.email({ error: 'Adresse e-mail invalide.' }).max(254, { error: 'Adresse e-mail trop longue.' });
const phone = z
  .string()
  .trim()
  .max(30, { error: 'Numéro de téléphone trop long.' })
  .regex(/^[0-9 +().-]*$/, { error: 'Numéro de téléphone invalide.' });
const token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'Ce lien est incomplet ou invalide.' });
const radiusKm = z
  .number({ error: 'Distance invalide (en km).' })
  .int({ error: 'Distance invalide (en km).' })
  .min(1, { error: 'Distance invalide (1 km au moins).' })
  .max(MAX_RADIUS_KM, { error: `Distance trop grande (${MAX_RADIUS_KM} km au plus).` });
const outcome = z.enum(JOB_OFFER_OUTCOME_KEYS, { error: 'Suite donnée inconnue.' });

export const tokenParams = z.object({ token });
export const offerParams = relaisParams.extend({ offerId: id('Identifiant d’offre') });
export const myOfferParams = z.object({ offerId: id('Identifiant d’offre') });

const scheduleEntry = z.object({
  day: z
    .number({ error: 'Jour invalide.' })
    .int({ error: 'Jour invalide.' })
    .min(1, { error: 'Jour invalide.' })
    .max(7, { error: 'Jour invalide.' }),
  from: time,
  to: time,
});

/** The need as the parent describes it (and as staff correct it). */
export const offerNeedInput = z.object({
  inseeCode: insee,
  communes: z
    .array(insee)
    .max(MAX_OTHER_COMMUNES, { error: `Au plus ${MAX_OTHER_COMMUNES} communes.` })
    .default([]),
  radiusKm: radiusKm.nullable().default(null),
  startOn: date,
  endOn: date.nullable().default(null),
  schedule: z.array(scheduleEntry).max(7, { error: 'Une semaine a sept jours.' }),
  childBirthOn: date,
  childrenCount: z
    .number({ error: 'Nombre d’enfants invalide.' })
    .int({ error: 'Nombre d’enfants invalide.' })
    .min(1, { error: 'Au moins un enfant.' })
    .max(99, { error: 'Nombre d’enfants invalide.' })
    .default(1),
  disability: z.boolean({ error: 'Réponse invalide (oui ou non).' }).default(false),
  emergency: z.boolean({ error: 'Réponse invalide (oui ou non).' }).default(false),
  details: z
    .string()
    .trim()
    .max(MAX_DETAILS, { error: `Texte trop long (${MAX_DETAILS} caractères au plus).` })
    .default(''),
});

/** The parent's own details, private: only her phone may be shown, if she chooses. */
const parentInput = z.object({
  name: z
    .string()
    .trim()
    .min(2, { error: 'Indiquez votre nom (2 caractères au moins).' })
    .max(120, { error: 'Nom trop long (120 caractères au plus).' }),
  email,
  phone: phone.default(''),
  showPhone: z.boolean({ error: 'Réponse invalide (oui ou non).' }).default(false),
});

/** The public form. `website` is a trap for robots: hidden from people, it must stay empty. */
export const publicOfferInput = offerNeedInput.extend(parentInput.shape).extend({
  consent: z.literal(true, {
    error: 'Votre accord est nécessaire pour que le relais diffuse votre offre aux assistant·es maternel·les.',
  }),
  website: z.string().max(200).optional(),
});

/** What the parent may change from her link (her e-mail stays: the link was sent to it). */
export const parentEditInput = offerNeedInput.extend({
  name: parentInput.shape.name,
  phone: parentInput.shape.phone,
  showPhone: parentInput.shape.showPhone,
});

export const withdrawInput = z.object({
  outcome: z.enum(PARENT_OUTCOMES, { error: 'Précisez pourquoi vous retirez l’offre.' }).default('abandoned'),
});

export const jobOffersQuery = z.object({
  status: z.enum(JOB_OFFER_STATUS_KEYS, { error: 'Statut d’offre inconnu.' }).optional(),
  page: z.coerce
    .number({ error: 'Page invalide.' })
    .int({ error: 'Page invalide.' })
    .min(1, { error: 'Page invalide.' })
    .max(10_000, { error: 'Page invalide.' })
    .default(1),
});

const idList = (what: string) =>
  z
    .string()
    .max(4000, { error: 'Liste trop longue.' })
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(id(what)).max(100, { error: 'Au plus 100 identifiants.' }));

/** Widening or narrowing the audience: another radius, childminders left out or added by hand. */
export const audienceQuery = z.object({
  radiusKm: z.coerce
    .number({ error: 'Distance invalide (en km).' })
    .int({ error: 'Distance invalide (en km).' })
    .min(1, { error: 'Distance invalide (1 km au moins).' })
    .max(MAX_RADIUS_KM, { error: `Distance trop grande (${MAX_RADIUS_KM} km au plus).` })
    .optional(),
  exclude: idList('Assistant·e maternel·le').default([]),
  add: idList('Assistant·e maternel·le').default([]),
});

export const publishInput = z.object({
  radiusKm: radiusKm.optional(),
  exclude: z.array(id('Assistant·e maternel·le')).max(100, { error: 'Au plus 100 identifiants.' }).default([]),
  add: z.array(id('Assistant·e maternel·le')).max(100, { error: 'Au plus 100 identifiants.' }).default([]),
});

export const refuseInput = z.object({
  reason: z
    .string()
    .trim()
    .min(5, { error: 'Expliquez au parent pourquoi l’offre est refusée (5 caractères au moins).' })
    .max(MAX_MESSAGE, { error: `Texte trop long (${MAX_MESSAGE} caractères au plus).` }),
});

export const outcomeInput = z.object({
  outcome,
  note: z.string().trim().max(500, { error: 'Note trop longue (500 caractères au plus).' }).default(''),
});

export const myOffersQuery = z.object({
  scope: z.enum(['fit', 'all'], { error: 'Choisissez « fit » ou « all ».' }).default('fit'),
});

export const answerInput = z.object({
  message: z
    .string()
    .trim()
    .min(2, { error: 'Écrivez quelques mots au parent.' })
    .max(MAX_MESSAGE, { error: `Message trop long (${MAX_MESSAGE} caractères au plus).` }),
  shareContact: z.boolean({ error: 'Réponse invalide (oui ou non).' }),
  /** In the same step: « my free places are still true », or her new free places. */
  availability: z
    .discriminatedUnion(
      'action',
      [
        z.object({ action: z.literal('confirm') }),
        z.object({ action: z.literal('replace'), slots: replaceAvailabilityBody.shape.slots }),
      ],
      { error: 'Choix invalide pour vos disponibilités (les confirmer ou les remplacer).' },
    )
    .optional(),
});

export const statisticsQuery = z.object({
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Mois invalide (format AAAA-MM).' })
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Mois invalide (format AAAA-MM).' })
    .optional(),
});

// ---------------------------------------------------------------------------------------------
// Answers.

const scheduleSchema = z.array(z.object({ day: z.number(), from: z.string(), to: z.string() }));

/** What childminders may read of an offer: no name, e-mail, address; the phone only if the parent chose. */
export const publicOfferSchema = z.object({
  id: z.string(),
  communeName: z.string(),
  inseeCode: z.string(),
  communes: z.array(z.object({ inseeCode: z.string(), name: z.string() })),
  radiusKm: z.number().nullable(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  schedule: scheduleSchema,
  scheduleText: z.string(),
  weeklyHours: z.number(),
  atypicalHours: z.boolean(),
  childAgeMonths: z.number(),
  childrenCount: z.number(),
  disability: z.boolean(),
  emergency: z.boolean(),
  details: z.string(),
  phone: z.string().nullable(),
  publishedAt: z.string().nullable(),
  expiresOn: z.string().nullable(),
});

/** The parent's page, from her link. */
export const parentOfferSchema = publicOfferSchema.extend({
  /** The relais the offer was posted to: its public form serves the edit. */
  relaisSlug: z.string(),
  relaisName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  /** « Publiée — 3 réponses » */
  stateText: z.string(),
  answers: z.number(),
  name: z.string(),
  email: z.string(),
  parentPhone: z.string(),
  showPhone: z.boolean(),
  childBirthOn: z.string().nullable(),
  refusalReason: z.string(),
  outcome: z.string().nullable(),
  canEdit: z.boolean(),
  canRenew: z.boolean(),
  canWithdraw: z.boolean(),
});

export const submittedSchema = z.object({ message: z.string() });

const offerSummarySchema = z.object({
  id: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  parentName: z.string(),
  communeName: z.string(),
  startOn: z.string(),
  childAgeMonths: z.number(),
  childrenCount: z.number(),
  weeklyHours: z.number(),
  atypicalHours: z.boolean(),
  disability: z.boolean(),
  emergency: z.boolean(),
  answers: z.number(),
  recipients: z.number(),
  createdAt: z.string(),
  expiresOn: z.string().nullable(),
});

export const offerListSchema = z.object({
  offers: z.array(offerSummarySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  counts: z.object(
    Object.fromEntries(JOB_OFFER_STATUS_KEYS.map((s) => [s, z.number()])) as Record<string, z.ZodNumber>,
  ),
});

export const staffOfferSchema = parentOfferSchema.extend({
  consentAt: z.string().nullable(),
  emailVerifiedAt: z.string().nullable(),
  outcomeLabel: z.string().nullable(),
  outcomeNote: z.string(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  anonymised: z.boolean(),
  recipients: z.array(
    z.object({
      childminderId: z.string(),
      name: z.string(),
      rank: z.number(),
      reasons: z.array(z.string()),
      distanceKm: z.number().nullable(),
      addedByStaff: z.boolean(),
      sentAt: z.string(),
    }),
  ),
  answerList: z.array(
    z.object({
      id: z.string(),
      childminderId: z.string(),
      name: z.string(),
      message: z.string(),
      shareContact: z.boolean(),
      at: z.string(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      kind: z.string(),
      label: z.string(),
      actor: z.string(),
      detail: z.string(),
    }),
  ),
});

export const audienceSchema = z.object({
  radiusKm: z.number().nullable(),
  total: z.number(),
  childminders: z.array(
    z.object({
      childminderId: z.string(),
      name: z.string(),
      communeName: z.string(),
      rank: z.number(),
      score: z.number(),
      distanceKm: z.number().nullable(),
      reasons: z.array(z.string()),
      addedByStaff: z.boolean(),
      hasEmail: z.boolean(),
    }),
  ),
  excluded: z.array(z.string()),
});

export const myOfferSchema = publicOfferSchema.extend({
  /** Why it fits her, when it was sent to her. */
  reasons: z.array(z.string()),
  sentToMe: z.boolean(),
  answered: z.boolean(),
  hidden: z.boolean(),
});
export const myOfferListSchema = z.object({ offers: z.array(myOfferSchema) });

const tally = {
  offers: z.number(),
  published: z.number(),
  answered: z.number(),
  filled: z.number(),
  unmet: z.number(),
};
export const statisticsSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  total: z.object(tally),
  byMonth: z.array(z.object({ month: z.string(), ...tally })),
  byCommune: z.array(z.object({ inseeCode: z.string(), communeName: z.string(), ...tally })),
  outcomes: z.array(z.object({ outcome: z.string(), label: z.string(), offers: z.number() })),
  unmetNeeds: z.object({
    atypicalHours: z.object({ offers: z.number(), unmet: z.number() }),
    disability: z.object({ offers: z.number(), unmet: z.number() }),
    emergency: z.object({ offers: z.number(), unmet: z.number() }),
  }),
});

export const offerFormSchema = z.object({
  relais: z.object({ name: z.string(), email: z.string(), phone: z.string(), retentionMonths: z.number() }),
  communes: z.array(z.object({ inseeCode: z.string(), name: z.string() })),
  maxWeeklyHours: z.number(),
  maxDailyHours: z.number(),
  maxChildren: z.number(),
  maxRadiusKm: z.number(),
  expiryDays: z.number(),
});
