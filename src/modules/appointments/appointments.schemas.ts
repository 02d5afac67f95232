import { z } from 'zod';
import { DEFAULT_SUBJECTS, PUBLICS, type Public } from '../contacts/contacts.rules.js';
import { relaisParams, slugParams } from '../relais/relais.schemas.js';
import { AUDIENCE_KEYS, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES, MODE_KEYS } from './appointments.rules.js';

export { slugParams };

const id = (what: string) => z.uuid({ error: `${what} invalide.` });
const date = z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Heure invalide (format HH:MM).' });
const instant = z.iso.datetime({ offset: true, error: 'Date et heure invalides (ISO 8601).' });
const mode = z.enum(MODE_KEYS, { error: 'Modalité inconnue (sur place, téléphone ou visio).' });
const audience = z.enum(AUDIENCE_KEYS, { error: 'Public inconnu (familles, assistant·es maternel·les ou tous).' });
const publicKind = z.enum(Object.keys(PUBLICS) as [Public, ...Public[]], { error: 'Type de public inconnu.' });
const subjectCode = z.enum(DEFAULT_SUBJECTS.map((s) => s.code) as [string, ...string[]], {
  error: 'Thème du journal des contacts inconnu.',
});
const insee = z
  .string()
  .trim()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' });
const integer = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} : un nombre entier est attendu.` })
    .int({ error: `${what} : un nombre entier est attendu.` })
    .min(min, { error: `${what} : au moins ${min}.` })
    .max(max, { error: `${what} : au plus ${max}.` });
const personName = z
  .string()
  .trim()
  .min(2, { error: 'Le nom doit compter au moins 2 caractères.' })
  .max(120, { error: 'Nom trop long (120 caractères au plus).' });
const email = z.union([z.literal(''), z.email({ error: 'Adresse e-mail invalide.' }).max(254)]);
const phone = z
  .string()
  .trim()
  .max(30, { error: 'Numéro de téléphone trop long.' })
  .regex(/^[0-9 +().-]*$/, { error: 'Numéro de téléphone invalide.' });
const note = z.string().trim().max(500, { error: 'Message trop long (500 caractères au plus).' });
/** The secret of a link sent by e-mail. */
const token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'Ce lien est incomplet ou invalide.' });

// ---------------------------------------------------------------------------------------------
// Parameters

export const reasonParams = relaisParams.extend({ reasonId: id('Identifiant de motif') });
export const permanenceParams = relaisParams.extend({ permanenceId: id('Identifiant de permanence') });
export const closureParams = permanenceParams.extend({ closureId: id('Identifiant de fermeture') });
export const appointmentParams = relaisParams.extend({ appointmentId: id('Identifiant de rendez-vous') });
export const tokenParams = z.object({ token });

// ---------------------------------------------------------------------------------------------
// Reasons (motifs)

export const reasonInput = z.object({
  label: z
    .string()
    .trim()
    .min(2, { error: 'Le libellé doit compter au moins 2 caractères.' })
    .max(80, { error: 'Libellé trop long (80 caractères au plus).' }),
  description: z.string().trim().max(500, { error: 'Description trop longue (500 caractères au plus).' }).default(''),
  durationMinutes: integer('Durée (minutes)', MIN_DURATION_MINUTES, MAX_DURATION_MINUTES),
  modes: z.array(mode).min(1, { error: 'Choisissez au moins une modalité.' }).max(3, { error: 'Au plus 3 modalités.' }),
  audience,
  defaultSubjectCode: subjectCode.nullable().default(null),
  minNoticeHours: integer('Délai minimal (heures)', 0, 720).default(24),
  maxNoticeDays: integer('Délai maximal (jours)', 1, 365).default(60),
  bookableOnline: z.boolean({ error: 'Oui ou non attendu.' }).default(true),
});

const modeLabel = z.object({ mode: z.string(), label: z.string() });

export const reasonSchema = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string(),
  durationMinutes: z.number(),
  modes: z.array(modeLabel),
  audience: z.string(),
  audienceLabel: z.string(),
  defaultSubjectCode: z.string().nullable(),
  minNoticeHours: z.number(),
  maxNoticeDays: z.number(),
  bookableOnline: z.boolean(),
  position: z.number(),
  archived: z.boolean(),
  /** Appointments were booked with it: it can be archived, not deleted. */
  used: z.boolean(),
});

export const publicReasonSchema = reasonSchema.pick({
  id: true,
  label: true,
  description: true,
  durationMinutes: true,
  modes: true,
  audience: true,
  audienceLabel: true,
  minNoticeHours: true,
  maxNoticeDays: true,
});

// ---------------------------------------------------------------------------------------------
// Permanences

export const permanenceInput = z.object({
  animatorId: id('Animateur·rice'),
  siteId: id('Lieu').nullable(),
  mode,
  weekday: integer('Jour de la semaine (1 = lundi … 7 = dimanche)', 1, 7),
  startTime: time,
  endTime: time,
  validFrom: date,
  validTo: date.nullable().default(null),
  skipSchoolHolidays: z.boolean({ error: 'Oui ou non attendu.' }).default(false),
  label: z.string().trim().max(80, { error: 'Libellé trop long (80 caractères au plus).' }).default(''),
  reasonIds: z
    .array(id('Motif'))
    .min(1, { error: 'Choisissez au moins un motif.' })
    .max(30, { error: 'Au plus 30 motifs.' }),
});

export const closureInput = z.object({
  date,
  reason: z.string().trim().max(200, { error: 'Motif trop long (200 caractères au plus).' }).default(''),
});

const place = z.object({ id: z.string(), name: z.string(), address: z.string() });

export const closureSchema = z.object({ id: z.string(), date: z.string(), reason: z.string() });

/** A closure just added, with the appointments still booked that day (to cancel from the agenda). */
export const closureCreatedSchema = closureSchema.extend({ bookedAppointments: z.number().int() });

export const permanenceSchema = z.object({
  id: z.string(),
  animator: z.object({ id: z.string(), name: z.string() }),
  site: place.nullable(),
  mode: z.string(),
  modeLabel: z.string(),
  weekday: z.number(),
  weekdayLabel: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  skipSchoolHolidays: z.boolean(),
  label: z.string(),
  reasons: z.array(z.object({ id: z.string(), label: z.string() })),
  /** One-off closures from today on (past ones are history). */
  closures: z.array(closureSchema),
  archived: z.boolean(),
  used: z.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Free slots

export const slotsQuery = z.object({
  reasonId: id('Motif'),
  /** First Paris date (default: today). */
  from: date.optional(),
  /** Last Paris date, included (default and limit: 35 days after `from`). */
  to: date.optional(),
});

const publicSlot = z.object({
  /** ISO instant (UTC): what a booking sends back as `start`. */
  start: z.string(),
  end: z.string(),
  /** Paris "HH:MM". */
  time: z.string(),
  endTime: z.string(),
  permanenceId: z.string(),
  mode: z.string(),
  modeLabel: z.string(),
  placeName: z.string().nullable(),
  placeAddress: z.string().nullable(),
  /** The venue and its address, « Par téléphone » or « En visio ». */
  placeLabel: z.string(),
  animatorFirstName: z.string(),
});

export const slotsSchema = z.object({
  reasonId: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.array(z.object({ date: z.string(), slots: z.array(publicSlot) })),
});

export const staffSlotsSchema = z.object({
  reasonId: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      slots: z.array(publicSlot.extend({ animatorId: z.string(), animatorName: z.string() })),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------
// Booking

const bookingFields = {
  reasonId: id('Motif'),
  permanenceId: id('Permanence'),
  start: instant,
  name: personName,
  email,
  phone,
  note: note.default(''),
  public: publicKind,
  inseeCode: insee.nullable().default(null),
};

const emailOrPhone = (b: { email: string; phone: string }, ctx: z.RefinementCtx) => {
  if (b.email === '' && b.phone.replace(/\D/g, '').length < 6) {
    ctx.addIssue({
      code: 'custom',
      path: ['email'],
      message: 'Indiquez une adresse e-mail ou un numéro de téléphone pour être joint·e.',
    });
  }
};

export const bookingInput = z
  .object({
    ...bookingFields,
    consent: z.literal(true, {
      error: 'Merci d’accepter que le relais conserve ces informations pour ce rendez-vous.',
    }),
  })
  .superRefine(emailOrPhone);

export const staffBookingInput = z
  .object({ ...bookingFields, familyId: id('Famille').nullable().default(null) })
  .superRefine(emailOrPhone);

export const moveInput = z.object({ permanenceId: id('Permanence'), start: instant });

export const publicAppointmentSchema = z.object({
  relaisName: z.string(),
  relaisSlug: z.string(),
  reasonId: z.string(),
  reasonLabel: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Paris date and times. */
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  mode: z.string(),
  modeLabel: z.string(),
  placeName: z.string().nullable(),
  placeAddress: z.string().nullable(),
  placeLabel: z.string(),
  animatorFirstName: z.string(),
  personName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  canCancel: z.boolean(),
  canMove: z.boolean(),
});

export const bookingResultSchema = z.object({
  appointment: publicAppointmentSchema,
  /** The person's page to cancel or move it (also sent by e-mail). */
  manageUrl: z.string(),
});

// ---------------------------------------------------------------------------------------------
// Waiting list

export const waitlistInput = z
  .object({
    reasonId: id('Motif'),
    name: personName,
    email: z.email({ error: 'Adresse e-mail invalide.' }).max(254),
    /** First date of the wait (default: today). */
    from: date.optional(),
    /** Last date, included (default: the reason's maximum notice, 90 days at most). */
    to: date.optional(),
    consent: z.literal(true, {
      error: 'Merci d’accepter que le relais conserve ces informations pour vous prévenir.',
    }),
  })
  .superRefine((w, ctx) => {
    if (w.from && w.to && w.to < w.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'La date de fin précède le début.' });
    }
  });

export const waitlistEntrySchema = z.object({
  id: z.string(),
  reason: z.object({ id: z.string(), label: z.string() }),
  name: z.string(),
  email: z.string(),
  wantedFrom: z.string(),
  wantedTo: z.string(),
  createdAt: z.string(),
  notifiedAt: z.string().nullable(),
});

export const messageSchema = z.object({ message: z.string() });

// ---------------------------------------------------------------------------------------------
// Staff agenda

export const agendaQuery = z.object({
  /** First Paris date (default: today). */
  from: date.optional(),
  /** Last Paris date, included (default: 6 days after `from`; at most 31 days in all). */
  to: date.optional(),
  animatorId: id('Animateur·rice').optional(),
  siteId: id('Lieu').optional(),
});

export const appointmentSchema = z.object({
  id: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  mode: z.string(),
  modeLabel: z.string(),
  reason: z.object({ id: z.string(), label: z.string() }),
  permanenceId: z.string().nullable(),
  animator: z.object({ id: z.string(), name: z.string() }),
  site: place.nullable(),
  placeLabel: z.string(),
  person: z.object({ name: z.string(), email: z.string(), phone: z.string(), note: z.string() }),
  public: z.string(),
  publicLabel: z.string(),
  inseeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  family: z.object({ id: z.string(), name: z.string() }).nullable(),
  bookedVia: z.string(),
  bookedBy: z.string().nullable(),
  movedFromId: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelledBy: z.string().nullable(),
  reminderDueAt: z.string().nullable(),
  reminderSentAt: z.string().nullable(),
  contactId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const appointmentDetailSchema = appointmentSchema.extend({
  events: z.array(
    z.object({ at: z.string(), kind: z.string(), kindLabel: z.string(), actor: z.string(), summary: z.string() }),
  ),
});

export const agendaSchema = z.object({
  from: z.string(),
  to: z.string(),
  appointments: z.array(appointmentSchema),
});

export const statusInput = z.object({
  status: z.enum(['honoured', 'missed', 'cancelled'], {
    error: 'Statut inconnu (honoured, missed ou cancelled).',
  }),
  /** Why it is cancelled (told to the person). */
  reason: z.string().trim().max(200, { error: 'Motif trop long (200 caractères au plus).' }).default(''),
});

export const animatorsSchema = z.object({
  animators: z.array(z.object({ id: z.string(), name: z.string() })),
});

// ---------------------------------------------------------------------------------------------
// Calendar feed

export const feedStateSchema = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
});

export const feedSchema = z.object({
  /** Secret address to subscribe to in a phone or desktop calendar (shown once). */
  url: z.string(),
  createdAt: z.string(),
});

export const calendarParams = z.object({ token });
