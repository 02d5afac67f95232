/**
 * The shapes of the planner's API (issue 6, helper B): propose a rotation of sessions, apply it
 * (possibly edited). French messages naming the field.
 */
import { z } from 'zod';
import { ACTIVITY_THEME_KEYS } from './activities.rules.js';

const id = (what: string) => z.uuid({ error: `${what} invalide.` });
const date = z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Heure invalide (format HH:MM).' });
const theme = z.enum(ACTIVITY_THEME_KEYS, { error: 'Thème inconnu.' });
const weekdays = z
  .array(
    z
      .number({ error: 'Jour de la semaine invalide (1 = lundi … 7 = dimanche).' })
      .int({ error: 'Jour de la semaine invalide (1 = lundi … 7 = dimanche).' })
      .min(1, { error: 'Jour de la semaine invalide (1 = lundi … 7 = dimanche).' })
      .max(7, { error: 'Jour de la semaine invalide (1 = lundi … 7 = dimanche).' }),
    { error: 'Liste de jours invalide.' },
  )
  .max(7, { error: 'Au plus 7 jours.' });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Weekdays by account or venue id. Keys that are not identifiers are dropped before validation (they
 * could name nothing, and would otherwise be echoed in the error message).
 */
const weekdaysById = (what: string) =>
  z
    .preprocess(
      (value) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).filter(([key]) => UUID.test(key)))
          : value,
      z.record(z.string(), weekdays, { error: `Les jours par ${what} sont invalides.` }),
    )
    .optional();

/** At most this many sessions in one plan (the seed: about 250 play mornings a year). */
export const MAX_PLAN_SESSIONS = 400;

export const proposeInput = z.object({
  kindId: id('Identifiant de type d’activité'),
  from: date,
  to: date,
  count: z
    .number({ error: 'Nombre de séances invalide.' })
    .int({ error: 'Nombre de séances invalide (un nombre entier).' })
    .min(1, { error: 'Au moins une séance.' })
    .max(MAX_PLAN_SESSIONS, { error: `Au plus ${MAX_PLAN_SESSIONS} séances par planification.` }),
  startTime: time,
  endTime: time.optional(),
  animatorIds: z
    .array(id('Identifiant d’animatrice'), { error: 'Liste d’animatrices invalide.' })
    .min(1, { error: 'Choisissez au moins une animatrice.' })
    .max(30, { error: 'Au plus 30 animatrices.' }),
  animatorDays: weekdaysById('animatrice'),
  siteIds: z
    .array(id('Identifiant de lieu'), { error: 'Liste de lieux invalide.' })
    .max(200, { error: 'Au plus 200 lieux.' })
    .optional(),
  siteDays: weekdaysById('lieu'),
  avoidSchoolHolidays: z.boolean({ error: 'Indiquez s’il faut éviter les vacances scolaires (oui ou non).' }),
  themes: z
    .array(theme, { error: 'Liste de thèmes invalide.' })
    .min(1, { error: 'Choisissez au moins un thème.' })
    .max(20, { error: 'Au plus 20 thèmes.' }),
});

export const proposalSchema = z.object({
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  inseeCode: z.string(),
  communeName: z.string(),
  animatorIds: z.array(z.string()),
  theme: z.string(),
});

export const proposalsSchema = z.object({
  planId: z.string(),
  proposals: z.array(proposalSchema),
  byCommune: z.array(
    z.object({ inseeCode: z.string(), communeName: z.string(), childminders: z.number(), sessions: z.number() }),
  ),
  warnings: z.array(z.string()),
});

/** A proposal as staff send it back (edited or not); the names shown are ignored. */
export const proposalInput = z.object({
  date,
  startTime: time,
  endTime: time,
  siteId: id('Identifiant de lieu'),
  animatorIds: z
    .array(id('Identifiant d’animatrice'), { error: 'Liste d’animatrices invalide.' })
    .min(1, { error: 'Au moins une animatrice par séance.' })
    .max(10, { error: 'Au plus 10 animatrices par séance.' }),
  theme,
});

export const applyInput = z.object({
  planId: id('Identifiant de planification'),
  kindId: id('Identifiant de type d’activité'),
  proposals: z
    // An empty list is refused by the use case, after the policy (« Aucune séance à créer. »).
    .array(proposalInput, { error: 'Liste de séances invalide.' })
    .max(MAX_PLAN_SESSIONS, { error: `Au plus ${MAX_PLAN_SESSIONS} séances par planification.` }),
});

export const appliedSchema = z.object({ created: z.number() });
