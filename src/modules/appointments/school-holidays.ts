/**
 * School holidays of zone B (académie de Nantes, so Vendée), as a dated table: a permanence may be
 * closed during them. Pure.
 *
 * Source: the national school calendar of the ministère de l'Éducation nationale
 * (https://www.education.gouv.fr/calendrier-scolaire-100148, open data « Calendrier scolaire »,
 * fr-en-calendrier-scolaire); for 2026-2027, the arrêté du 22 octobre 2025 fixant le calendrier
 * scolaire de l'année 2026-2027 (JORF, JORFTEXT000052416058). Holidays start after classes on the
 * day given as « fin des cours » (a Saturday) and end with classes resuming on the morning of the
 * « reprise » day: a period here runs from that Saturday to the day before classes resume, both
 * included. Only the five periods of the calendar are listed (Toussaint, Noël, hiver, printemps,
 * été); the days off around Ascension (« pont ») are not: a relais closes them with a closure.
 *
 * Outside [SCHOOL_CALENDAR_FROM, SCHOOL_CALENDAR_UNTIL] the answer is 'unknown', never a guess: the
 * table must be extended each year when the next arrêté is published (the summer of 2027 starts on
 * 3 July 2027, but its end depends on the 2027-2028 calendar).
 */

export interface SchoolHolidayPeriod {
  name: string;
  /** First day without school (YYYY-MM-DD). */
  from: string;
  /** Last day without school, the day before classes resume. */
  to: string;
}

/** First day the table knows: the first day of school of 2024-2025 (Monday 2 September 2024). */
export const SCHOOL_CALENDAR_FROM = '2024-09-02';
/** Last day the table knows: the eve of the summer of 2027. */
export const SCHOOL_CALENDAR_UNTIL = '2027-07-02';

export const ZONE_B_HOLIDAYS: readonly SchoolHolidayPeriod[] = [
  // 2024-2025
  { name: 'Vacances de la Toussaint', from: '2024-10-19', to: '2024-11-03' },
  { name: 'Vacances de Noël', from: '2024-12-21', to: '2025-01-05' },
  { name: 'Vacances d’hiver', from: '2025-02-08', to: '2025-02-23' },
  // Classes resume on Tuesday 22 April 2025 (Easter Monday is a public holiday).
  { name: 'Vacances de printemps', from: '2025-04-05', to: '2025-04-21' },
  { name: 'Vacances d’été', from: '2025-07-05', to: '2025-08-31' },
  // 2025-2026
  { name: 'Vacances de la Toussaint', from: '2025-10-18', to: '2025-11-02' },
  { name: 'Vacances de Noël', from: '2025-12-20', to: '2026-01-04' },
  { name: 'Vacances d’hiver', from: '2026-02-14', to: '2026-03-01' },
  { name: 'Vacances de printemps', from: '2026-04-11', to: '2026-04-26' },
  // Classes of 2026-2027 start on Tuesday 1 September 2026.
  { name: 'Vacances d’été', from: '2026-07-04', to: '2026-08-31' },
  // 2026-2027
  { name: 'Vacances de la Toussaint', from: '2026-10-17', to: '2026-11-01' },
  { name: 'Vacances de Noël', from: '2026-12-19', to: '2027-01-03' },
  { name: 'Vacances d’hiver', from: '2027-02-20', to: '2027-03-07' },
  { name: 'Vacances de printemps', from: '2027-04-17', to: '2027-05-02' },
];

export type SchoolDay = { kind: 'holiday'; name: string } | { kind: 'school' } | { kind: 'unknown' };

/** Whether schools of zone B are on holiday on a date (YYYY-MM-DD), or 'unknown' outside the table. */
export function schoolDayZoneB(date: string): SchoolDay {
  if (date < SCHOOL_CALENDAR_FROM || date > SCHOOL_CALENDAR_UNTIL) return { kind: 'unknown' };
  const period = ZONE_B_HOLIDAYS.find((p) => p.from <= date && date <= p.to);
  return period ? { kind: 'holiday', name: period.name } : { kind: 'school' };
}
