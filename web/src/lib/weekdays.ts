import { WEEKDAY_NAMES } from '../../../src/app/calendar.js';

/** ISO weekday numbers (1 = Monday) with their French names capitalised, for labels. */
export const WEEK_DAYS: [number, string][] = WEEKDAY_NAMES.map((name, index) => [
  index + 1,
  `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
]);
