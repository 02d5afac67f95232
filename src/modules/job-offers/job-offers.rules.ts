/**
 * Job offers (*offres d'emploi*): what a valid need is, its statuses and outcomes, and which active
 * childminders it fits, ranked, with the reasons of each match. Pure: no database, no clock.
 */
import { MONTH_NAMES } from '../../app/calendar.js';
import { WEEKDAY_LABELS } from '../availability/availability.rules.js';
import { MAX_PLACES } from '../childminders/childminders.rules.js';
import type { Problem } from '../contacts/contacts.rules.js';
import { slotAnswers, type FreeSlot } from '../directory/directory.rules.js';
import { addMonths } from '../requests/requests.rules.js';

/** Offers per page of the moderation queue. */
export const JOB_OFFERS_PAGE_SIZE = 50;

/**
 * Longest regular week an offer may ask: 48 hours, the legal maximum of a childminder's work
 * averaged over four months (Code de l'action sociale et des familles, L423-22; IDCC 3239).
 */
export const MAX_WEEKLY_HOURS = 48;
/** Longest day: 24 h less the 11 consecutive hours of daily rest (IDCC 3239, L423-22). */
export const MAX_DAILY_HOURS = 13;
/** An agrément covers at most this many children at once (L421-4). */
export const MAX_CHILDREN = MAX_PLACES;
/** Oldest child an offer is for, in months on its start date (childminders also care for schoolchildren). */
export const MAX_CHILD_AGE_MONTHS = 144;
/** How far ahead an offer may start, in months, and an expected birth be. */
export const MAX_START_AHEAD_MONTHS = 18;
export const MAX_BIRTH_AHEAD_MONTHS = 10;
export const MAX_RADIUS_KM = 50;
export const MAX_DETAILS = 2000;
export const MAX_MESSAGE = 2000;
export const MAX_OTHER_COMMUNES = 30;
/** Care before this hour or after the next one, or on a weekend, is atypical. */
export const ATYPICAL_BEFORE = '07:00';
export const ATYPICAL_AFTER = '20:00';

export const JOB_OFFER_STATUSES = {
  email_pending: 'En attente de la confirmation de l’adresse e-mail',
  pending: 'En attente de vérification par le relais',
  published: 'Publiée',
  filled: 'Pourvue',
  expired: 'Expirée',
  withdrawn: 'Retirée',
  refused: 'Refusée',
} as const;
export type JobOfferStatus = keyof typeof JOB_OFFER_STATUSES;
export const JOB_OFFER_STATUS_KEYS = Object.keys(JOB_OFFER_STATUSES) as [JobOfferStatus, ...JobOfferStatus[]];
/** Statuses in which the parent may still edit or withdraw the offer. */
export const OPEN_STATUSES: readonly JobOfferStatus[] = ['email_pending', 'pending', 'published'];

export const JOB_OFFER_OUTCOMES = {
  filled_childminder: 'Pourvue par un·e assistant·e maternel·le du relais',
  filled_facility: 'Pourvue par un établissement (crèche, micro-crèche…)',
  abandoned: 'Abandonnée',
  unknown: 'Suite inconnue',
} as const;
export type JobOfferOutcome = keyof typeof JOB_OFFER_OUTCOMES;
export const JOB_OFFER_OUTCOME_KEYS = Object.keys(JOB_OFFER_OUTCOMES) as [JobOfferOutcome, ...JobOfferOutcome[]];
/** What the parent may say when she withdraws her offer. */
export const PARENT_OUTCOMES = ['filled_childminder', 'filled_facility', 'abandoned'] as const;

export const JOB_OFFER_EVENTS = {
  submitted: 'Offre déposée',
  email_verified: 'Adresse e-mail confirmée',
  edited: 'Modifiée par le parent',
  corrected: 'Corrigée par le relais',
  published: 'Publiée',
  refused: 'Refusée',
  answered: 'Réponse d’un·e assistant·e maternel·le',
  renewed: 'Renouvelée',
  withdrawn: 'Retirée par le parent',
  reminded: 'Rappel d’expiration envoyé',
  expired: 'Expirée',
  outcome: 'Suite enregistrée',
} as const;
export type JobOfferEventKind = keyof typeof JOB_OFFER_EVENTS;

/** The status an offer takes when its outcome is recorded (unknown leaves it as it is). */
export function statusOfOutcome(outcome: JobOfferOutcome, current: JobOfferStatus): JobOfferStatus {
  if (!OPEN_STATUSES.includes(current)) return current;
  if (outcome === 'filled_childminder' || outcome === 'filled_facility') return 'filled';
  if (outcome === 'abandoned') return 'withdrawn';
  return current;
}

// ---------------------------------------------------------------------------------------------
// The weekly grid.

export interface ScheduleEntry {
  /** ISO weekday, 1 = Monday. */
  day: number;
  /** HH:MM */
  from: string;
  to: string;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function weeklyMinutes(schedule: readonly ScheduleEntry[]): number {
  return schedule.reduce((sum, e) => sum + Math.max(0, minutesOf(e.to) - minutesOf(e.from)), 0);
}

/** Care before 7 h, after 20 h or on a weekend. */
export function isAtypical(schedule: readonly ScheduleEntry[]): boolean {
  return schedule.some((e) => e.day >= 6 || e.from < ATYPICAL_BEFORE || e.to > ATYPICAL_AFTER);
}

/** Whole months from `birth` to `on` (YYYY-MM-DD); negative when `on` precedes the birth. */
export function ageInMonths(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// What a valid offer is.

export interface OfferFacts {
  inseeCode: string;
  communes: readonly string[];
  radiusKm: number | null;
  startOn: string;
  endOn: string | null;
  schedule: readonly ScheduleEntry[];
  childBirthOn: string;
  childrenCount: number;
  phone: string;
  showPhone: boolean;
}

export interface Territory {
  /** INSEE code → name, for the communes of the relais. */
  communes: ReadonlyMap<string, string>;
  /** Name of a commune outside the territory, for the message. */
  nameOf: (inseeCode: string) => string;
}

const hours = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} heures` : `${h} h ${String(m).padStart(2, '0')}`;
};

/** What makes an offer impossible, given today's Paris date and the territory; empty when it is valid. */
export function offerProblems(facts: OfferFacts, today: string, territory: Territory): Problem[] {
  const problems: Problem[] = [];
  const outside = (code: string) => !territory.communes.has(code);
  if (outside(facts.inseeCode)) {
    problems.push({
      field: 'inseeCode',
      message: `${territory.nameOf(facts.inseeCode)} n’est pas sur le territoire du relais : adressez-vous au relais petite enfance de votre commune.`,
    });
  }
  const strangers = facts.communes.filter(outside);
  if (strangers.length > 0) {
    problems.push({
      field: 'communes',
      message: `Hors du territoire du relais : ${strangers.map(territory.nameOf).join(', ')}.`,
    });
  }

  if (facts.startOn < today) {
    problems.push({ field: 'startOn', message: 'La date de début est passée : choisissez une date à venir.' });
  } else if (facts.startOn > addMonths(today, MAX_START_AHEAD_MONTHS)) {
    problems.push({
      field: 'startOn',
      message: `La date de début est trop lointaine (${MAX_START_AHEAD_MONTHS} mois au plus).`,
    });
  }
  if (facts.endOn !== null && facts.endOn <= facts.startOn) {
    problems.push({ field: 'endOn', message: 'La date de fin doit suivre la date de début.' });
  }

  if (facts.schedule.length === 0) {
    problems.push({ field: 'schedule', message: 'Indiquez au moins un jour d’accueil.' });
  }
  const seen = new Set<number>();
  facts.schedule.forEach((e, i) => {
    if (seen.has(e.day)) {
      problems.push({ field: `schedule.${i}.day`, message: `Le ${WEEKDAY_LABELS[e.day]} est indiqué deux fois.` });
    }
    seen.add(e.day);
    const length = minutesOf(e.to) - minutesOf(e.from);
    if (length <= 0) {
      problems.push({ field: `schedule.${i}.to`, message: 'L’heure de fin doit suivre l’heure de début.' });
    } else if (length > MAX_DAILY_HOURS * 60) {
      problems.push({
        field: `schedule.${i}.to`,
        message: `${hours(length)} d’accueil le ${WEEKDAY_LABELS[e.day]} : pas plus de ${MAX_DAILY_HOURS} heures par jour (11 heures de repos quotidien).`,
      });
    }
  });
  const weekly = weeklyMinutes(facts.schedule);
  if (weekly > MAX_WEEKLY_HOURS * 60) {
    problems.push({
      field: 'schedule',
      message: `${hours(weekly)} par semaine : un·e assistant·e maternel·le ne peut pas travailler plus de ${MAX_WEEKLY_HOURS} heures par semaine en moyenne.`,
    });
  }

  if (facts.childrenCount > MAX_CHILDREN) {
    problems.push({
      field: 'childrenCount',
      message: `${facts.childrenCount} enfants : un agrément couvre au plus ${MAX_CHILDREN} enfants à la fois.`,
    });
  }
  if (facts.childBirthOn > addMonths(today, MAX_BIRTH_AHEAD_MONTHS)) {
    problems.push({
      field: 'childBirthOn',
      message: `La naissance prévue doit être dans les ${MAX_BIRTH_AHEAD_MONTHS} mois qui viennent.`,
    });
  } else if (facts.startOn < facts.childBirthOn) {
    problems.push({ field: 'startOn', message: 'L’accueil ne peut pas commencer avant la naissance de l’enfant.' });
  } else if (ageInMonths(facts.childBirthOn, facts.startOn) > MAX_CHILD_AGE_MONTHS) {
    problems.push({
      field: 'childBirthOn',
      message: `L’enfant aurait plus de ${MAX_CHILD_AGE_MONTHS / 12} ans au début de l’accueil.`,
    });
  }
  if (facts.showPhone && !facts.phone.trim()) {
    problems.push({ field: 'phone', message: 'Indiquez votre numéro de téléphone pour qu’il soit affiché.' });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Matching and ranking.

export interface OfferNeed {
  startOn: string;
  ageMonths: number;
  schedule: readonly ScheduleEntry[];
  childrenCount: number;
  /** The parent's commune. */
  inseeCode: string;
  communes: readonly string[];
  radiusKm: number | null;
  atypical: boolean;
  disability: boolean;
  emergency: boolean;
}

export interface Candidate {
  id: string;
  name: string;
  inseeCode: string;
  /** From the parent's commune to hers; null when a centre is unknown. */
  distanceKm: number | null;
  approvalPlaces: number;
  reducedPlaces: number | null;
  reducedUntil: string | null;
  approvalMinAgeMonths: number | null;
  approvalMaxAgeMonths: number | null;
  atypicalHours: boolean;
  disabilityCare: boolean;
  emergencyCare: boolean;
  /** Availability confirmed recently. */
  fresh: boolean;
  /** Her current free places. */
  slots: readonly FreeSlot[];
}

export interface Match {
  childminderId: string;
  name: string;
  score: number;
  distanceKm: number | null;
  /** The first reason is the summary of the place: « Place libre dès le 2 mars, 0–3 ans, … ». */
  reasons: string[];
}

/** Whether the childminder's commune is in the zone the parent accepts. */
export function inZone(need: Pick<OfferNeed, 'inseeCode' | 'communes' | 'radiusKm'>, c: Candidate): boolean {
  if (c.inseeCode === need.inseeCode || need.communes.includes(c.inseeCode)) return true;
  return need.radiusKm !== null && c.distanceKm !== null && c.distanceKm <= need.radiusKm;
}

/** Places her agrément gives on the start date (a reduction applies until its end). */
export function placesOn(c: Candidate, date: string): number {
  if (c.reducedPlaces !== null && (c.reducedUntil === null || c.reducedUntil >= date)) return c.reducedPlaces;
  return c.approvalPlaces;
}

function approvalFits(need: OfferNeed, c: Candidate): boolean {
  if (placesOn(c, need.startOn) < need.childrenCount) return false;
  if (c.approvalMinAgeMonths !== null && need.ageMonths < c.approvalMinAgeMonths) return false;
  if (c.approvalMaxAgeMonths !== null && need.ageMonths > c.approvalMaxAgeMonths) return false;
  return true;
}

/** Her free places that answer one day of the grid (date, age, day, hours: the directory's rule). */
function slotsForDay(need: OfferNeed, c: Candidate, e: ScheduleEntry): FreeSlot[] {
  return c.slots.filter((s) =>
    slotAnswers(s, { ageMonths: need.ageMonths, days: [e.day], from: e.from, to: e.to, startDate: need.startOn }),
  );
}

/** The match of one childminder, or null when the zone, the agrément or the declared places do not fit. */
export function matchCandidate(need: OfferNeed, c: Candidate, today: string): Match | null {
  if (!inZone(need, c) || !approvalFits(need, c) || need.schedule.length === 0) return null;
  const perDay = need.schedule.map((e) => slotsForDay(need, c, e));
  if (perDay.some((slots) => slots.length < need.childrenCount)) return null;
  const best = [...perDay[0]!].sort((a, b) => a.availableFrom.localeCompare(b.availableFrom))[0]!;
  const reasons = [placeSummary(best, today, distanceText(need, c))];
  let score = 100 - (c.distanceKm ?? 15);
  if (need.atypical && c.atypicalHours) {
    reasons.push('Accueille en horaires atypiques');
    score += 10;
  }
  if (need.disability && c.disabilityCare) {
    reasons.push('Accueille des enfants en situation de handicap');
    score += 10;
  }
  if (need.emergency && c.emergencyCare) {
    reasons.push('Accueille en urgence');
    score += 10;
  }
  if (c.fresh) {
    score += 5;
  } else {
    reasons.push('Disponibilités à confirmer');
  }
  return { childminderId: c.id, name: c.name, score: Math.round(score * 10) / 10, distanceKm: c.distanceKm, reasons };
}

/** The childminders the need fits, best first (score, then distance, then name). */
export function rankCandidates(need: OfferNeed, candidates: readonly Candidate[], today: string): Match[] {
  return candidates
    .flatMap((c) => matchCandidate(need, c, today) ?? [])
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
        a.name.localeCompare(b.name, 'fr') ||
        a.childminderId.localeCompare(b.childminderId),
    );
}

// ---------------------------------------------------------------------------------------------
// French wording.

/** « 7 h 30 », « 18 h ». */
export function frenchTime(hhmm: string): string {
  const h = Number(hhmm.slice(0, 2));
  const m = hhmm.slice(3, 5);
  return m === '00' ? `${h} h` : `${h} h ${m}`;
}

/** « 2 mars », « 1er septembre 2027 » (the year only when it is not the current one). */
export function frenchDate(date: string, today: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = d === 1 ? '1er' : String(d);
  return `${day} ${MONTH_NAMES[m - 1]}${String(y) === today.slice(0, 4) ? '' : ` ${y}`}`;
}

/** « lundi–vendredi » for consecutive days, else « lundi, mardi, jeudi ». */
export function frenchDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const consecutive = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (consecutive && sorted.length >= 3) {
    return `${WEEKDAY_LABELS[sorted[0]!]}–${WEEKDAY_LABELS[sorted[sorted.length - 1]!]}`;
  }
  return sorted.map((d) => WEEKDAY_LABELS[d]).join(', ');
}

const yearsOrMonths = (months: number) => (months % 12 === 0 ? `${months / 12}` : null);

/** « 0–3 ans », « 6–18 mois », « dès 3 mois », « jusqu’à 6 ans », « tous âges ». */
export function frenchAges(min: number | null, max: number | null): string {
  if (min === null && max === null) return 'tous âges';
  if (min !== null && max !== null) {
    const a = yearsOrMonths(min);
    const b = yearsOrMonths(max);
    return a !== null && b !== null ? `${a}–${b} ans` : `${min}–${max} mois`;
  }
  if (min !== null) return `dès ${min} mois`;
  const b = yearsOrMonths(max!);
  return b !== null ? `jusqu’à ${b} ans` : `jusqu’à ${max} mois`;
}

function distanceText(need: OfferNeed, c: Candidate): string {
  if (c.inseeCode === need.inseeCode) return 'dans la commune';
  if (c.distanceKm === null) return 'distance inconnue';
  return `à ${Math.max(1, Math.round(c.distanceKm))} km`;
}

/** « Place libre dès le 2 mars, 0–3 ans, lundi–vendredi 7 h 30–18 h 30, à 4 km ». */
export function placeSummary(slot: FreeSlot, today: string, distance: string): string {
  const when =
    slot.availableFrom <= today
      ? 'Place libre dès maintenant'
      : `Place libre dès le ${frenchDate(slot.availableFrom, today)}`;
  return `${when}, ${frenchAges(slot.minAgeMonths, slot.maxAgeMonths)}, ${frenchDays(slot.days)} ${frenchTime(slot.startTime)}–${frenchTime(slot.endTime)}, ${distance}`;
}

/** « lundi 8 h–17 h 30 ; mardi 8 h–17 h 30 » : the grid as childminders read it. */
export function frenchSchedule(schedule: readonly ScheduleEntry[]): string {
  return [...schedule]
    .sort((a, b) => a.day - b.day)
    .map((e) => `${WEEKDAY_LABELS[e.day]} ${frenchTime(e.from)}–${frenchTime(e.to)}`)
    .join(' ; ');
}

// ---------------------------------------------------------------------------------------------
// Statistics.

export interface OfferFact {
  /** Paris month of the offer (YYYY-MM). */
  month: string;
  inseeCode: string;
  status: JobOfferStatus;
  outcome: JobOfferOutcome | null;
  atypical: boolean;
  disability: boolean;
  emergency: boolean;
  answers: number;
}

const FILLED: readonly (JobOfferOutcome | null)[] = ['filled_childminder', 'filled_facility'];

/** An offer closed without being filled: an unmet need of the territory. */
export function isUnmet(o: OfferFact): boolean {
  return (o.status === 'expired' || o.status === 'withdrawn') && !FILLED.includes(o.outcome);
}

function tally(offers: readonly OfferFact[]) {
  return {
    offers: offers.length,
    published: offers.filter((o) => !['email_pending', 'pending', 'refused'].includes(o.status)).length,
    answered: offers.filter((o) => o.answers > 0).length,
    filled: offers.filter((o) => FILLED.includes(o.outcome) || o.status === 'filled').length,
    unmet: offers.filter(isUnmet).length,
  };
}

/** Counts by month and by commune, outcomes, and the unmet needs of each special kind. */
export function offerStatistics(offers: readonly OfferFact[]) {
  const counted = offers.filter((o) => o.status !== 'email_pending');
  const group = (key: (o: OfferFact) => string) => {
    const groups = new Map<string, OfferFact[]>();
    for (const o of counted) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  };
  const kind = (pick: (o: OfferFact) => boolean) => {
    const ofKind = counted.filter(pick);
    return { offers: ofKind.length, unmet: ofKind.filter(isUnmet).length };
  };
  return {
    total: tally(counted),
    byMonth: group((o) => o.month).map(([month, list]) => ({ month, ...tally(list) })),
    byCommune: group((o) => o.inseeCode).map(([inseeCode, list]) => ({ inseeCode, ...tally(list) })),
    outcomes: JOB_OFFER_OUTCOME_KEYS.map((outcome) => ({
      outcome,
      label: JOB_OFFER_OUTCOMES[outcome],
      offers: counted.filter((o) => o.outcome === outcome).length,
    })),
    unmetNeeds: {
      atypicalHours: kind((o) => o.atypical),
      disability: kind((o) => o.disability),
      emergency: kind((o) => o.emergency),
    },
  };
}
