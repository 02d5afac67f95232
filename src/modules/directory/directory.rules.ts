/** What a family needs, and whether a free place answers it (pure). */
export interface Need {
  /** Child's age in months on the start date. */
  ageMonths?: number;
  /** ISO weekdays needed (1 = Monday). */
  days?: number[];
  /** HH:MM */
  from?: string;
  to?: string;
  /** YYYY-MM-DD: care must be possible from this date. */
  startDate: string;
}

export interface FreeSlot {
  availableFrom: string;
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  days: number[];
  startTime: string;
  endTime: string;
}

export function slotAnswers(slot: FreeSlot, need: Need): boolean {
  if (slot.availableFrom > need.startDate) return false;
  if (need.ageMonths !== undefined) {
    if (slot.minAgeMonths !== null && need.ageMonths < slot.minAgeMonths) return false;
    if (slot.maxAgeMonths !== null && need.ageMonths > slot.maxAgeMonths) return false;
  }
  if (need.days && !need.days.every((d) => slot.days.includes(d))) return false;
  if (need.from && need.from < slot.startTime) return false;
  if (need.to && need.to > slot.endTime) return false;
  return true;
}

/** Rounded for display: « à 3 km », « dans la commune ». */
export function roundedKm(km: number | null): number | null {
  return km === null ? null : Math.round(km * 10) / 10;
}
