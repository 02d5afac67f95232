/**
 * Demo appointments of Vie et Boulogne: the reasons (motifs) of §4.1 of the operating project, the
 * permanences of the team (about 20 hours a week, mostly at the head office of the Communauté de
 * communes in Le Poiré-sur-Vie, by phone and by video, and one evening a week at the médiathèque
 * of Aizenay in school periods — illustrative), and the appointments of the six weeks before and
 * the three weeks after the day the demo is loaded: honoured, missed and cancelled ones, and
 * upcoming bookings. Every person is fictional; a seeded generator draws everything, so the same
 * day gives the same data. The demo's contact log is its own fixed series (./contacts.ts, 2022 to
 * 2025, with the figures of the operating project): honoured demo appointments are not added to it
 * (marking one honoured in the app does add its contact).
 */
import type { Insertable, Kysely } from 'kysely';
import { addDays, parisInstant } from '../app/calendar.js';
import { parisToday, type Clock } from '../app/clock.js';
import { insertChunked } from '../db/insert-chunked.js';
import type { AppointmentEventTable, AppointmentHoldTable, AppointmentTable, Database } from '../db/schema.js';
import { hashToken, newToken } from '../modules/auth/auth.rules.js';
import type { Audience, Mode } from '../modules/appointments/appointments.rules.js';
import {
  cellsOf,
  minutesOf,
  permanenceOpenOn,
  reminderInstant,
  timeOf,
  type PermanencePattern,
} from '../modules/appointments/appointments.rules.js';
import type { Public, SubjectCode } from '../modules/contacts/contacts.rules.js';
import { randomPerson } from './names.js';
import { seededRandom, type Random } from './random.js';

const SEED = 20_260_412;

export interface DemoReason {
  label: string;
  description: string;
  durationMinutes: number;
  modes: Mode[];
  audience: Audience;
  subject: SubjectCode;
  /** Who books it: the public of the contact log. */
  publics: Public[];
}

export const DEMO_REASONS: readonly DemoReason[] = [
  {
    label: 'Recherche d’un mode d’accueil',
    description: 'Connaître les modes d’accueil du territoire, les places disponibles et les démarches.',
    durationMinutes: 30,
    modes: ['in_person', 'phone', 'video'],
    audience: 'families',
    subject: 'care_search',
    publics: ['parent', 'parent', 'future_parent'],
  },
  {
    label: 'Contrat, rémunération et convention collective',
    description: 'Pour les parents employeurs : contrat de travail, mensualisation, congés payés, fin de contrat.',
    durationMinutes: 45,
    modes: ['in_person', 'phone', 'video'],
    audience: 'families',
    subject: 'collective_agreement',
    publics: ['parent'],
  },
  {
    label: 'Questions juridiques et administratives des assistant·es maternel·les',
    description: 'Contrat, rémunération, absences, Pajemploi, relation avec les parents employeurs.',
    durationMinutes: 30,
    modes: ['in_person', 'phone'],
    audience: 'childminders',
    subject: 'contract',
    publics: ['childminder'],
  },
  {
    label: 'Devenir assistant·e maternel·le',
    description: 'Le métier, l’agrément de la PMI, la formation obligatoire, l’installation.',
    durationMinutes: 45,
    modes: ['in_person', 'phone'],
    audience: 'childminders',
    subject: 'accreditation',
    publics: ['candidate'],
  },
  {
    label: 'Projet de MAM ou de micro-crèche',
    description: 'Porteurs de projet : besoins du territoire, étapes, partenaires.',
    durationMinutes: 60,
    modes: ['in_person', 'video'],
    audience: 'all',
    subject: 'project',
    publics: ['project_carrier'],
  },
];

export interface DemoPermanence {
  holder: 'animator' | 'manager';
  weekday: number;
  startTime: string;
  endTime: string;
  mode: Mode;
  place: 'head_office' | 'aizenay' | null;
  /** Indexes in DEMO_REASONS. */
  reasons: number[];
  skipSchoolHolidays: boolean;
  label: string;
}

/** About 20 hours a week of bookable time (§2.2 of the seed: « 20h/semaine de permanence RDV »). */
export const DEMO_PERMANENCES: readonly DemoPermanence[] = [
  {
    holder: 'animator',
    weekday: 1,
    startTime: '09:00',
    endTime: '12:30',
    mode: 'in_person',
    place: 'head_office',
    reasons: [0, 1, 3, 4],
    skipSchoolHolidays: false,
    label: 'Lundi matin au siège',
  },
  {
    holder: 'manager',
    weekday: 2,
    startTime: '09:00',
    endTime: '12:00',
    mode: 'phone',
    place: null,
    reasons: [0, 1, 2],
    skipSchoolHolidays: false,
    label: 'Mardi matin au téléphone',
  },
  {
    holder: 'animator',
    weekday: 2,
    startTime: '16:30',
    endTime: '18:30',
    mode: 'in_person',
    place: 'aizenay',
    reasons: [0, 1],
    skipSchoolHolidays: true,
    label: 'Mardi soir à Aizenay (période scolaire)',
  },
  {
    holder: 'animator',
    weekday: 3,
    startTime: '13:30',
    endTime: '17:30',
    mode: 'in_person',
    place: 'head_office',
    reasons: [0, 1, 2, 3],
    skipSchoolHolidays: false,
    label: 'Mercredi après-midi au siège',
  },
  {
    holder: 'manager',
    weekday: 4,
    startTime: '09:00',
    endTime: '12:00',
    mode: 'video',
    place: null,
    reasons: [0, 1, 4],
    skipSchoolHolidays: false,
    label: 'Jeudi matin en visio',
  },
  {
    holder: 'manager',
    weekday: 4,
    startTime: '14:00',
    endTime: '15:30',
    mode: 'phone',
    place: null,
    reasons: [2, 3],
    skipSchoolHolidays: false,
    label: 'Jeudi après-midi au téléphone',
  },
  {
    holder: 'animator',
    weekday: 5,
    startTime: '09:00',
    endTime: '12:00',
    mode: 'in_person',
    place: 'head_office',
    reasons: [0, 1, 2, 3],
    skipSchoolHolidays: false,
    label: 'Vendredi matin au siège',
  },
];

export const DEMO_PERMANENCES_FROM = '2025-09-01';
/** Days of appointments before and after the day the demo is loaded. */
export const DEMO_PAST_DAYS = 42;
export const DEMO_FUTURE_DAYS = 21;

export interface PlannedAppointment {
  permanence: number;
  reason: number;
  start: Date;
  end: Date;
  name: string;
  email: string;
  phone: string;
  note: string;
  public: Public;
  inseeCode: string;
  status: 'booked' | 'honoured' | 'missed' | 'cancelled';
  via: 'online' | 'staff';
}

const NOTES = [
  '',
  '',
  '',
  'Nous attendons notre premier enfant pour le printemps.',
  'Reprise du travail prévue en septembre.',
  'Question sur les congés payés de notre assistante maternelle.',
  'Je souhaite savoir comment calculer la mensualisation.',
  'Je préfère être appelée en fin de matinée.',
];

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}

function phoneOf(random: Random): string {
  const pair = () => String(random.int(0, 99)).padStart(2, '0');
  return `06 ${pair()} ${pair()} ${pair()} ${pair()}`;
}

function patternOf(p: DemoPermanence): PermanencePattern {
  return {
    weekday: p.weekday,
    startTime: p.startTime,
    endTime: p.endTime,
    validFrom: DEMO_PERMANENCES_FROM,
    validTo: null,
    skipSchoolHolidays: p.skipSchoolHolidays,
    closures: [],
  };
}

/**
 * The appointments of the demo around `today` (Paris date), given the instant `now`: each one a
 * slot of its permanence for its reason (the permanence's start plus a multiple of the duration),
 * never two at once in one permanence. Pure and deterministic.
 */
export function planDemoAppointments(today: string, now: Date, communeCodes: readonly string[]): PlannedAppointment[] {
  const random = seededRandom(SEED);
  const planned: PlannedAppointment[] = [];
  for (let date = addDays(today, -DEMO_PAST_DAYS); date <= addDays(today, DEMO_FUTURE_DAYS); date = addDays(date, 1)) {
    for (const [index, permanence] of DEMO_PERMANENCES.entries()) {
      if (!permanenceOpenOn(patternOf(permanence), date).open) continue;
      const first = minutesOf(permanence.startTime);
      const end = minutesOf(permanence.endTime);
      let cursor = first;
      while (cursor < end) {
        const reasonIndex = random.pick(permanence.reasons);
        const reason = DEMO_REASONS[reasonIndex]!;
        const duration = reason.durationMinutes;
        const start = first + Math.ceil((cursor - first) / duration) * duration;
        if (start + duration > end) break;
        if (!random.chance(0.45)) {
          cursor = start + duration;
          continue;
        }
        const instant = parisInstant(date, timeOf(start));
        const past = instant.getTime() < now.getTime();
        const roll = random.next();
        const status = past
          ? roll < 0.8
            ? 'honoured'
            : roll < 0.9
              ? 'missed'
              : 'cancelled'
          : roll < 0.92
            ? 'booked'
            : 'cancelled';
        const publicKind = random.pick(reason.publics);
        const person = randomPerson(random, random.int(1984, 2001), publicKind === 'childminder' ? 0.02 : 0.35);
        planned.push({
          permanence: index,
          reason: reasonIndex,
          start: instant,
          end: new Date(instant.getTime() + duration * 60_000),
          name: `${person.firstName} ${person.lastName.toLocaleUpperCase('fr')}`,
          email: random.chance(0.9) ? `${ascii(person.firstName)}.${ascii(person.lastName)}@exemple.test` : '',
          phone: phoneOf(random),
          note: random.pick(NOTES),
          public: publicKind,
          inseeCode: random.pick(communeCodes),
          status,
          via: random.chance(0.7) ? 'online' : 'staff',
        });
        cursor = start + duration;
      }
    }
  }
  return planned;
}

export interface AppointmentSeedSummary {
  reasons: number;
  permanences: number;
  appointments: number;
  honoured: number;
}

/** Loads the reasons, permanences and appointments of the demo relais. */
export async function seedAppointments(
  deps: { db: Kysely<Database>; clock: Clock },
  relaisId: string,
  holders: { animatorId: string; managerId: string },
  communeCodes: readonly string[],
): Promise<AppointmentSeedSummary> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const today = parisToday(deps.clock);
  const sites = await deps.db
    .selectFrom('site')
    .select(['id', 'kind', 'name'])
    .where('relais_id', '=', relaisId)
    .execute();
  const placeId = {
    head_office: sites.find((s) => s.kind === 'head_office')?.id ?? null,
    aizenay: sites.find((s) => s.name === "Médiathèque d'Aizenay")?.id ?? null,
  };
  const reasonIds = DEMO_REASONS.map(() => crypto.randomUUID());
  await deps.db
    .insertInto('appointment_reason')
    .values(
      DEMO_REASONS.map((r, position) => ({
        id: reasonIds[position]!,
        relais_id: relaisId,
        label: r.label,
        description: r.description,
        duration_minutes: r.durationMinutes,
        modes: r.modes.join(','),
        audience: r.audience,
        default_subject_code: r.subject,
        position,
        archived_at: null,
        created_at: nowIso,
        updated_at: nowIso,
      })),
    )
    .execute();
  const permanenceIds = DEMO_PERMANENCES.map(() => crypto.randomUUID());
  const holderOf = (p: DemoPermanence) => (p.holder === 'animator' ? holders.animatorId : holders.managerId);
  await deps.db
    .insertInto('permanence')
    .values(
      DEMO_PERMANENCES.map((p, i) => ({
        id: permanenceIds[i]!,
        relais_id: relaisId,
        animator_id: holderOf(p),
        site_id: p.place === null ? null : placeId[p.place],
        mode: p.mode,
        weekday: p.weekday,
        start_time: p.startTime,
        end_time: p.endTime,
        valid_from: DEMO_PERMANENCES_FROM,
        valid_to: null,
        skip_school_holidays: p.skipSchoolHolidays ? 1 : 0,
        label: p.label,
        archived_at: null,
        created_at: nowIso,
        updated_at: nowIso,
      })),
    )
    .execute();
  await deps.db
    .insertInto('permanence_reason')
    .values(
      DEMO_PERMANENCES.flatMap((p, i) =>
        p.reasons.map((r) => ({ permanence_id: permanenceIds[i]!, reason_id: reasonIds[r]! })),
      ),
    )
    .execute();

  const planned = planDemoAppointments(today, now, communeCodes);
  const appointments: Insertable<AppointmentTable>[] = [];
  const holds: Insertable<AppointmentHoldTable>[] = [];
  const events: Insertable<AppointmentEventTable>[] = [];
  for (const a of planned) {
    const permanence = DEMO_PERMANENCES[a.permanence]!;
    const reason = DEMO_REASONS[a.reason]!;
    const id = crypto.randomUUID();
    const holder = holderOf(permanence);
    const bookedAt = new Date(Math.min(a.start.getTime() - 3 * 86_400_000, now.getTime() - 3_600_000)).toISOString();
    const reminder = a.email ? reminderInstant(a.start, new Date(bookedAt)) : null;
    const live = a.status !== 'cancelled';
    appointments.push({
      id,
      relais_id: relaisId,
      permanence_id: permanenceIds[a.permanence]!,
      reason_id: reasonIds[a.reason]!,
      animator_id: holder,
      site_id: permanence.place === null ? null : placeId[permanence.place],
      mode: permanence.mode,
      starts_at: a.start.toISOString(),
      ends_at: a.end.toISOString(),
      person_name: a.name,
      person_email: a.email,
      person_phone: a.phone,
      person_note: a.note,
      public: a.public,
      insee_code: a.inseeCode,
      family_id: null,
      status: a.status,
      booked_via: a.via,
      booked_by: a.via === 'staff' ? holder : null,
      manage_token_hash: live ? hashToken(newToken()) : null,
      moved_from_id: null,
      cancelled_at: live ? null : bookedAt,
      cancelled_by: live ? null : 'person',
      reminder_due_at: reminder?.toISOString() ?? null,
      reminder_sent_at: reminder && reminder.getTime() <= now.getTime() && live ? reminder.toISOString() : null,
      contact_id: null,
      anonymised_at: null,
      created_at: bookedAt,
      updated_at: bookedAt,
    });
    events.push({
      id: crypto.randomUUID(),
      relais_id: relaisId,
      appointment_id: id,
      kind: 'booked',
      actor_user_id: a.via === 'staff' ? holder : null,
      actor_label: a.via === 'staff' ? 'Équipe du relais' : 'La personne, en ligne',
      summary: a.via === 'staff' ? 'Réservé par l’équipe (au téléphone)' : 'Réservé en ligne',
      at: bookedAt,
    });
    if (a.status !== 'booked') {
      events.push({
        id: crypto.randomUUID(),
        relais_id: relaisId,
        appointment_id: id,
        kind: a.status,
        actor_user_id: a.status === 'cancelled' ? null : holder,
        actor_label: a.status === 'cancelled' ? 'La personne, par son lien' : 'Équipe du relais',
        summary: {
          honoured: 'Marqué honoré',
          missed: 'Marqué non honoré (absence)',
          cancelled: 'Annulé par la personne',
        }[a.status],
        at: a.status === 'cancelled' ? bookedAt : a.end.toISOString(),
      });
    }
    if (live) {
      for (const cell of cellsOf(a.start, reason.durationMinutes)) {
        holds.push({ animator_id: holder, cell_start: new Date(cell).toISOString(), appointment_id: id });
      }
    }
  }
  await insertChunked(deps.db, 'appointment', appointments);
  await insertChunked(deps.db, 'appointment_hold', holds);
  await insertChunked(deps.db, 'appointment_event', events);
  return {
    reasons: DEMO_REASONS.length,
    permanences: DEMO_PERMANENCES.length,
    appointments: appointments.length,
    honoured: planned.filter((a) => a.status === 'honoured').length,
  };
}
