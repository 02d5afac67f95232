import { isIsoDate } from '../../../lib/appointment-format.js';

/** The steps of the booking page live in its address, so that "back" goes back one step. */
export interface BookingSearch {
  /** The reason chosen (step 2). */
  motif?: string;
  /** The week to open on (a date in it), e.g. from the e-mail of the waiting list. */
  date?: string;
  /** The slot chosen (step 3): its start (ISO instant) and its permanence. */
  creneau?: string;
  permanence?: string;
}

const text = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : undefined;

const ID = /^[0-9a-fA-F-]{36}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function validateBookingSearch(search: Record<string, unknown>): BookingSearch {
  const motif = text(search.motif, ID);
  const creneau = motif ? text(search.creneau, INSTANT) : undefined;
  const permanence = creneau ? text(search.permanence, ID) : undefined;
  return {
    motif,
    date: motif && isIsoDate(search.date) ? search.date : undefined,
    creneau: permanence ? creneau : undefined,
    permanence,
  };
}
