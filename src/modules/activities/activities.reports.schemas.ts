/**
 * Zod contracts of attendance, practice-analysis groups, statistics and exports of the activities
 * (helper A2's part of issue 6; the sessions themselves are in activities.schemas.ts).
 */
import { z } from 'zod';
import { relaisParams, slugParams } from '../relais/relais.schemas.js';
import { PRACTICE_GROUP_MAX_MEMBERS } from './activities.rules.js';

const id = (what: string) => z.uuid({ error: `${what} invalide.` });
const insee = z
  .string()
  .trim()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' });
const date = z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' });
const count = (what: string) =>
  z
    .number({ error: `Nombre ${what} invalide.` })
    .int({ error: `Nombre ${what} invalide (nombre entier).` })
    .min(0, { error: `Le nombre ${what} ne peut pas être négatif.` })
    .max(99, { error: `Nombre ${what} trop grand (99 au plus).` });

export { relaisParams, slugParams };
export const activityParams = relaisParams.extend({ activityId: id('Identifiant de séance') });
export const groupParams = relaisParams.extend({ groupId: id('Identifiant de groupe') });

// -------------------------------------------------------------------------------------------
// Attendance.

export const ATTENDEES = { childminder: 'Assistant·e maternel·le', parent: 'Parent', other: 'Autre personne' } as const;
export type Attendee = keyof typeof ATTENDEES;

export const attendanceRowInput = z.object({
  registrationId: id('Inscription').nullable(),
  childminderId: id('Assistant·e maternel·le').nullable(),
  personName: z.string().trim().max(120, { error: 'Nom trop long (120 caractères au plus).' }),
  attendee: z.enum(Object.keys(ATTENDEES) as [Attendee, ...Attendee[]], { error: 'Type de participant inconnu.' }),
  walkIn: z.boolean({ error: 'Indiquez si la personne est venue sans inscription (oui ou non).' }),
  childrenUnder1: count('d’enfants de moins d’1 an'),
  children1To2: count('d’enfants de 1 à 2 ans'),
  children2To3: count('d’enfants de 2 à 3 ans'),
  children3AndOver: count('d’enfants de 3 ans et plus'),
});
export type AttendanceRowInput = z.infer<typeof attendanceRowInput>;

export const attendanceInput = z.object({
  rows: z.array(attendanceRowInput).max(300, { error: 'Au plus 300 présences par séance.' }),
});

export const attendanceSchema = z.object({
  recordedAt: z.string().nullable(),
  expected: z.array(
    z.object({
      registrationId: z.string().nullable(),
      childminderId: z.string().nullable(),
      name: z.string(),
      attendee: z.string(),
      children: z.number(),
    }),
  ),
  rows: z.array(attendanceRowInput.extend({ id: z.string(), registrationId: z.string().nullable() })),
});

// -------------------------------------------------------------------------------------------
// Practice-analysis groups: a name, a facilitator, members. Never the content of the sessions.

export const practiceGroupInput = z.object({
  name: z
    .string()
    .trim()
    .min(2, { error: 'Le nom du groupe doit compter au moins 2 caractères.' })
    .max(120, { error: 'Nom trop long (120 caractères au plus).' }),
  facilitator: z.string().trim().max(120, { error: 'Nom de l’intervenant·e trop long (120 caractères au plus).' }),
  memberIds: z.array(id('Assistant·e maternel·le')).max(PRACTICE_GROUP_MAX_MEMBERS, {
    error: `Un groupe d’analyse de la pratique compte au plus ${PRACTICE_GROUP_MAX_MEMBERS} membres.`,
  }),
});
export const practiceGroupPatch = practiceGroupInput.extend({
  archived: z.boolean({ error: 'Indiquez si le groupe est archivé (oui ou non).' }).optional(),
});

export const practiceGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  facilitator: z.string(),
  maxMembers: z.number(),
  members: z.array(z.object({ childminderId: z.string(), name: z.string(), joinedAt: z.string() })),
  /** Who was in the group and left it (kept, never deleted). */
  formerMembers: z.array(
    z.object({ childminderId: z.string(), name: z.string(), joinedAt: z.string(), leftAt: z.string() }),
  ),
  archived: z.boolean(),
});
export const practiceGroupListSchema = z.object({ groups: z.array(practiceGroupSchema) });

// -------------------------------------------------------------------------------------------
// Statistics.

export const statisticsQuery = z.object({
  year: z
    .string()
    .regex(/^20\d\d$/, { error: 'Année invalide (AAAA).' })
    .optional(),
});

const held = { sessions: z.number(), participations: z.number() };
export const activityStatisticsSchema = z.object({
  year: z.number(),
  /** The day the figures stop at (31 December, or today for the current year). */
  until: z.string(),
  sessionsHeld: z.number(),
  participations: z.number(),
  childminderParticipations: z.number(),
  parentParticipations: z.number(),
  otherParticipations: z.number(),
  distinctChildminders: z.number(),
  distinctChildmindersWithoutChildren: z.number(),
  activeChildminders: z.number(),
  /** Distinct childminders who attended ÷ childminders active during the year, in percent (one decimal). */
  participationRate: z.number().nullable(),
  byKind: z.array(z.object({ kindId: z.string(), label: z.string(), category: z.string(), ...held })),
  byCategory: z.array(z.object({ category: z.string(), label: z.string(), ...held })),
  byCommune: z.array(
    z.object({
      inseeCode: z.string(),
      communeName: z.string(),
      ...held,
      childminders: z.number(),
      activeChildminders: z.number(),
      participationRate: z.number().nullable(),
    }),
  ),
  children: z.array(z.object({ band: z.string(), label: z.string(), count: z.number() })),
  childrenTotal: z.number(),
  series: z.array(
    z.object({ year: z.number(), distinctChildminders: z.number(), distinctChildmindersWithoutChildren: z.number() }),
  ),
});

// -------------------------------------------------------------------------------------------
// Programme (PDF) and public iCalendar feed.

export const programmeQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  commune: insee.optional(),
});
export const feedQuery = z.object({ commune: insee.optional() });
