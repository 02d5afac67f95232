/**
 * Activities (*temps collectifs*) of a relais: the vocabulary shared by the module's use cases,
 * planner, statistics and pages, and the pure rules of a session and its capacity. Pure.
 */

/** What a kind of activity is, for the statistics (the seed's families of collective time). */
export const ACTIVITY_CATEGORIES = {
  play: 'Matinée d’éveil',
  festive: 'Temps festif',
  evening: 'Soirée du Relais',
  practice: 'Analyse de la pratique',
  information: 'Information collective',
} as const;
export type ActivityCategory = keyof typeof ACTIVITY_CATEGORIES;
export const ACTIVITY_CATEGORY_KEYS = Object.keys(ACTIVITY_CATEGORIES) as [ActivityCategory, ...ActivityCategory[]];

/** Who a kind of activity is for. */
export const ACTIVITY_AUDIENCES = {
  childminders_with_children: 'Assistant·es maternel·les avec les enfants accueillis',
  childminders: 'Assistant·es maternel·les (sans enfants)',
  parents: 'Parents',
  childminders_and_parents: 'Assistant·es maternel·les et parents',
} as const;
export type ActivityAudience = keyof typeof ACTIVITY_AUDIENCES;
export const ACTIVITY_AUDIENCE_KEYS = Object.keys(ACTIVITY_AUDIENCES) as [ActivityAudience, ...ActivityAudience[]];

/** Whether children come: the kind's audience decides if a registration may bring any. */
export const audienceBringsChildren = (audience: ActivityAudience): boolean =>
  audience === 'childminders_with_children' || audience === 'parents' || audience === 'childminders_and_parents';
/** Whether parents may register (the public programme shows the session to them). */
export const audienceOpenToParents = (audience: ActivityAudience): boolean =>
  audience === 'parents' || audience === 'childminders_and_parents';
/** Whether childminders may register. */
export const audienceOpenToChildminders = (audience: ActivityAudience): boolean => audience !== 'parents';

/** Themes of a session (the seed's « propositions variées »). */
export const ACTIVITY_THEMES = {
  free_play: 'Jeu libre',
  motor: 'Motricité',
  sensory: 'Explorations sensorielles',
  music: 'Éveil musical',
  books: 'Livres et histoires',
  art: 'Éveil artistique',
  nature: 'Nature et extérieur',
  show: 'Spectacle',
  talk: 'Temps d’échange',
  conference: 'Conférence',
  workshop: 'Atelier pratique',
  agreement: 'Convention collective',
  other: 'Autre',
} as const;
export type ActivityTheme = keyof typeof ACTIVITY_THEMES;
export const ACTIVITY_THEME_KEYS = Object.keys(ACTIVITY_THEMES) as [ActivityTheme, ...ActivityTheme[]];

/** The kinds every relais starts with (§4.2 of the seed); a relais may add others. */
export const BUILT_IN_KINDS: readonly {
  code: string;
  label: string;
  category: ActivityCategory;
  audience: ActivityAudience;
  adults: number;
  children: number;
  minutes: number;
}[] = [
  {
    code: 'play_morning',
    label: 'Matinée d’éveil',
    category: 'play',
    audience: 'childminders_with_children',
    adults: 8,
    children: 20,
    minutes: 120,
  },
  {
    code: 'extraordi_relais',
    label: 'Extraordi’Relais (temps festif)',
    category: 'festive',
    audience: 'childminders_with_children',
    adults: 30,
    children: 80,
    minutes: 150,
  },
  {
    code: 'evening_workshop',
    label: 'Soirée du Relais — atelier',
    category: 'evening',
    audience: 'childminders',
    adults: 15,
    children: 0,
    minutes: 120,
  },
  {
    code: 'evening_conference',
    label: 'Soirée du Relais — conférence',
    category: 'evening',
    audience: 'childminders',
    adults: 60,
    children: 0,
    minutes: 120,
  },
  {
    code: 'coeducation_evening',
    label: 'Soirée co-éducation (parents et assistant·es maternel·les)',
    category: 'evening',
    audience: 'childminders_and_parents',
    adults: 80,
    children: 0,
    minutes: 120,
  },
  {
    code: 'practice_analysis',
    label: 'Analyse de la pratique',
    category: 'practice',
    audience: 'childminders',
    adults: 8,
    children: 0,
    minutes: 90,
  },
  {
    code: 'agreement_information',
    label: 'Information collective — convention collective',
    category: 'information',
    audience: 'childminders',
    adults: 30,
    children: 0,
    minutes: 120,
  },
];

/** At most this many in a practice-analysis group (the seed: 8 participants). */
export const PRACTICE_GROUP_MAX_MEMBERS = 8;

export const ACTIVITY_STATUSES = { scheduled: 'Prévue', cancelled: 'Annulée' } as const;
export type ActivityStatus = keyof typeof ACTIVITY_STATUSES;

export const REGISTRATION_STATUSES = {
  confirmed: 'Inscrit·e',
  waiting: 'En liste d’attente',
  cancelled: 'Désinscrit·e',
} as const;
export type RegistrationStatus = keyof typeof REGISTRATION_STATUSES;

/** What happened to a session (its history; never overwritten). */
export const ACTIVITY_EVENTS = {
  created: 'Créée',
  edited: 'Modifiée',
  moved: 'Déplacée',
  cancelled: 'Annulée',
  registered: 'Inscription',
  waitlisted: 'Inscription en liste d’attente',
  promoted: 'Place attribuée depuis la liste d’attente',
  unregistered: 'Désinscription',
  attendance: 'Présences relevées',
  reminded: 'Rappel envoyé',
} as const;
export type ActivityEventKind = keyof typeof ACTIVITY_EVENTS;

/** The age bands attendance counts children in (the CAF's and the observatory's questions). */
export const AGE_BANDS = {
  children_under_1: 'Moins d’1 an',
  children_1_to_2: '1 à 2 ans',
  children_2_to_3: '2 à 3 ans',
  children_3_and_over: '3 ans et plus',
} as const;
export type AgeBand = keyof typeof AGE_BANDS;
export const AGE_BAND_KEYS = Object.keys(AGE_BANDS) as [AgeBand, ...AgeBand[]];

/** Limits of a registration: nobody brings more than this (a childminder has at most 4 children under 3 plus her own). */
export const MAX_ADULTS_PER_REGISTRATION = 4;
export const MAX_CHILDREN_PER_REGISTRATION = 8;

export interface Problem {
  field: string;
  message: string;
}

/**
 * What makes a session impossible: it ends before it starts, lasts more than a day, has no room,
 * or its registration window is backwards or closes after it starts. `startsAt`/`endsAt` are ISO
 * instants.
 */
export function activityProblems(a: {
  startsAt: string;
  endsAt: string;
  adultCapacity: number;
  childCapacity: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
}): Problem[] {
  const problems: Problem[] = [];
  if (a.endsAt <= a.startsAt) {
    problems.push({ field: 'endTime', message: 'La séance doit finir après son début.' });
  } else if (Date.parse(a.endsAt) - Date.parse(a.startsAt) > 14 * 3_600_000) {
    problems.push({ field: 'endTime', message: 'Une séance dure au plus 14 heures.' });
  }
  if (a.adultCapacity < 1) problems.push({ field: 'adultCapacity', message: 'Au moins une place d’adulte.' });
  if (a.childCapacity < 0)
    problems.push({ field: 'childCapacity', message: 'Le nombre de places d’enfants ne peut pas être négatif.' });
  if (a.registrationOpensAt && a.registrationClosesAt && a.registrationClosesAt <= a.registrationOpensAt) {
    problems.push({ field: 'registrationClosesAt', message: 'Les inscriptions doivent fermer après leur ouverture.' });
  }
  if (a.registrationClosesAt && a.registrationClosesAt > a.startsAt) {
    problems.push({
      field: 'registrationClosesAt',
      message: 'Les inscriptions doivent fermer au plus tard au début de la séance.',
    });
  }
  return problems;
}

/** Whether registrations are open at `now` (ISO): after the opening, before the closing and the start. */
export function registrationOpen(
  a: { status: string; startsAt: string; registrationOpensAt: string | null; registrationClosesAt: string | null },
  now: string,
): 'open' | 'not_yet' | 'closed' | 'cancelled' {
  if (a.status === 'cancelled') return 'cancelled';
  if (a.registrationOpensAt && now < a.registrationOpensAt) return 'not_yet';
  if ((a.registrationClosesAt && now >= a.registrationClosesAt) || now >= a.startsAt) return 'closed';
  return 'open';
}

/** Whether a registration of `adults` and `children` fits in what is left of the session. */
export function fits(
  a: { adultCapacity: number; childCapacity: number; adultsTaken: number; childrenTaken: number },
  adults: number,
  children: number,
): boolean {
  return a.adultsTaken + adults <= a.adultCapacity && a.childrenTaken + children <= a.childCapacity;
}

/**
 * Which waiting registrations take the places freed, in order of arrival: each one that fits what
 * is left takes its place (a large one that does not fit does not block the smaller ones after it).
 */
export function promotions<T extends { id: string; adults: number; children: number }>(
  a: { adultCapacity: number; childCapacity: number; adultsTaken: number; childrenTaken: number },
  waiting: readonly T[],
): T[] {
  let adultsTaken = a.adultsTaken;
  let childrenTaken = a.childrenTaken;
  const promoted: T[] = [];
  for (const w of waiting) {
    if (fits({ ...a, adultsTaken, childrenTaken }, w.adults, w.children)) {
      promoted.push(w);
      adultsTaken += w.adults;
      childrenTaken += w.children;
    }
  }
  return promoted;
}
