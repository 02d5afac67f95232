/** Pure rules of availability: the weekly grid of free places and how fresh it is. */

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const WEEKDAY_LABELS: Record<number, string> = {
  1: 'lundi',
  2: 'mardi',
  3: 'mercredi',
  4: 'jeudi',
  5: 'vendredi',
  6: 'samedi',
  7: 'dimanche',
};

export interface SlotFacts {
  availableFrom: string;
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  days: number[];
  startTime: string;
  endTime: string;
}

export const MAX_SLOTS = 4;

/** What is impossible in a grid, with the index of the place in question. */
export function slotProblems(slots: SlotFacts[], approvalPlaces: number): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (slots.length > approvalPlaces) {
    problems.push({
      field: 'slots',
      message: `Pas plus de places disponibles (${slots.length}) que de places agréées (${approvalPlaces}).`,
    });
  }
  slots.forEach((s, i) => {
    if (s.days.length === 0) problems.push({ field: `slots.${i}.days`, message: 'Choisissez au moins un jour.' });
    if (new Set(s.days).size !== s.days.length) {
      problems.push({ field: `slots.${i}.days`, message: 'Un même jour est indiqué deux fois.' });
    }
    if (s.startTime >= s.endTime) {
      problems.push({ field: `slots.${i}.endTime`, message: 'L’heure de fin doit suivre l’heure de début.' });
    }
    if (s.minAgeMonths !== null && s.maxAgeMonths !== null && s.minAgeMonths > s.maxAgeMonths) {
      problems.push({
        field: `slots.${i}.maxAgeMonths`,
        message: 'L’âge maximum doit être supérieur à l’âge minimum.',
      });
    }
  });
  return problems;
}

export type Freshness = 'fresh' | 'stale' | 'unknown';

/** The oldest confirmation (ISO instant) that is still fresh at `now`: what SQL filters compare with. */
export function freshSince(now: Date, maxAgeDays: number): string {
  return new Date(now.getTime() - maxAgeDays * 86_400_000).toISOString();
}

/** Fresh when confirmed less than `maxAgeDays` ago. */
export function freshnessOf(confirmedAt: string | null, now: Date, maxAgeDays: number): Freshness {
  if (!confirmedAt) return 'unknown';
  return now.getTime() - new Date(confirmedAt).getTime() <= maxAgeDays * 86_400_000 ? 'fresh' : 'stale';
}

/** Reminded after the last confirmation (or never confirmed): the staff see who has not answered. */
export function hasNotAnswered(c: { confirmedAt: string | null; remindedAt: string | null }): boolean {
  return c.remindedAt !== null && (c.confirmedAt === null || c.confirmedAt < c.remindedAt);
}
