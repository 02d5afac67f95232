/** Pure rules of the childminder register (no I/O). Dates are YYYY-MM-DD strings. */

export const ARCHIVE_REASONS = ['retirement', 'career_change', 'move', 'withdrawal', 'other'] as const;
export type ArchiveReason = (typeof ARCHIVE_REASONS)[number];

export const ARCHIVE_REASON_LABELS: Record<ArchiveReason, string> = {
  retirement: 'Départ en retraite',
  career_change: 'Reconversion professionnelle',
  move: 'Déménagement',
  withdrawal: 'Retrait ou non-renouvellement de l’agrément',
  other: 'Autre motif',
};

export const PRACTICES = ['home', 'mam'] as const;

/**
 * Filters of the register on the freshness of availability: confirmed less than the maximum age
 * ago, longer ago, never, or reminded since the last confirmation (no answer to the reminder).
 */
export const AVAILABILITY_FILTERS = ['fresh', 'stale', 'unknown', 'not_answered'] as const;
export type AvailabilityFilter = (typeof AVAILABILITY_FILTERS)[number];
export const CONTACT_PREFERENCES = ['email', 'phone', 'sms'] as const;

/** An agrément covers 1 to 4 children (Code de l’action sociale et des familles, L421-4). */
export const MIN_PLACES = 1;
export const MAX_PLACES = 4;
export const SENIOR_AGE = 55;

/** The date `years` years before `today` (YYYY-MM-DD), 29 February falling back to the 28th. */
export function yearsBefore(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Age in whole years on `today`. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function isSenior(birthDate: string | null, today: string): boolean {
  return birthDate !== null && ageOn(birthDate, today) >= SENIOR_AGE;
}

export interface ApprovalFacts {
  birthDate: string | null;
  approvalDate: string | null;
  approvalRenewalDate: string | null;
  approvalPlaces: number;
  approvalMinAgeMonths: number | null;
  approvalMaxAgeMonths: number | null;
  reducedPlaces: number | null;
  reducedUntil: string | null;
  practice: 'home' | 'mam';
  childminderHouseId: string | null;
}

/** What is impossible in a childminder’s file, field by field (empty when all is coherent). */
export function approvalProblems(f: ApprovalFacts, today: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (f.approvalPlaces < MIN_PLACES || f.approvalPlaces > MAX_PLACES) {
    problems.push({ field: 'approvalPlaces', message: `Un agrément couvre de ${MIN_PLACES} à ${MAX_PLACES} places.` });
  }
  if (f.approvalDate && f.approvalDate > today) {
    problems.push({ field: 'approvalDate', message: 'La date d’agrément ne peut pas être dans le futur.' });
  }
  if (f.approvalDate && f.approvalRenewalDate && f.approvalRenewalDate < f.approvalDate) {
    problems.push({
      field: 'approvalRenewalDate',
      message: 'La date de renouvellement ne peut précéder la date d’agrément.',
    });
  }
  if (f.birthDate && f.birthDate > yearsBefore(today, 18)) {
    problems.push({
      field: 'birthDate',
      message: 'Un·e assistant·e maternel·le est majeur·e : date de naissance à vérifier.',
    });
  }
  if (f.birthDate && f.birthDate < yearsBefore(today, 100)) {
    problems.push({ field: 'birthDate', message: 'Date de naissance improbable (plus de 100 ans).' });
  }
  if (
    f.approvalMinAgeMonths !== null &&
    f.approvalMaxAgeMonths !== null &&
    f.approvalMinAgeMonths > f.approvalMaxAgeMonths
  ) {
    problems.push({ field: 'approvalMaxAgeMonths', message: 'L’âge maximum doit être supérieur à l’âge minimum.' });
  }
  if (f.reducedPlaces !== null && f.reducedPlaces >= f.approvalPlaces) {
    problems.push({
      field: 'reducedPlaces',
      message: 'Une réduction temporaire doit laisser moins de places que l’agrément.',
    });
  }
  if (f.reducedPlaces !== null && !f.reducedUntil) {
    problems.push({ field: 'reducedUntil', message: 'Précisez la date de fin de la réduction temporaire.' });
  }
  if (f.practice === 'mam' && !f.childminderHouseId) {
    problems.push({
      field: 'childminderHouseId',
      message: 'Précisez la MAM où exerce cet·te assistant·e maternel·le.',
    });
  }
  if (f.practice === 'home' && f.childminderHouseId) {
    problems.push({
      field: 'childminderHouseId',
      message: 'Une MAM est indiquée alors que l’accueil se fait au domicile.',
    });
  }
  return problems;
}

/** Places that count today: the agrément, or its temporary reduction while it lasts. */
export function placesOn(
  f: Pick<ApprovalFacts, 'approvalPlaces' | 'reducedPlaces' | 'reducedUntil'>,
  today: string,
): number {
  return f.reducedPlaces !== null && f.reducedUntil !== null && f.reducedUntil >= today
    ? f.reducedPlaces
    : f.approvalPlaces;
}

/** French list of the fields that differ between two versions of a file (for its history). */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  labels: Partial<Record<keyof T, string>>,
): string[] {
  return (Object.keys(labels) as (keyof T)[])
    .filter((k) => (before[k] ?? null) !== (after[k] ?? null))
    .map((k) => labels[k] as string);
}
