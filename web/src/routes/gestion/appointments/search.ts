import { isIsoDate } from '../../../lib/appointment-format.js';

/** The agenda's view, day and filters live in its address (a link shows the same agenda). */
export interface AgendaSearch {
  /** Day or week; by default the week on a wide screen, the day on a phone. */
  vue?: 'jour' | 'semaine';
  /** A day of the period shown (default: today). */
  date?: string;
  /** Only this animator's appointments. */
  animatrice?: string;
  /** Only this venue's appointments. */
  lieu?: string;
}

const ID = /^[0-9a-fA-F-]{36}$/;
const id = (value: unknown) => (typeof value === 'string' && ID.test(value) ? value : undefined);

export function validateAgendaSearch(search: Record<string, unknown>): AgendaSearch {
  return {
    vue: search.vue === 'jour' || search.vue === 'semaine' ? search.vue : undefined,
    date: isIsoDate(search.date) ? search.date : undefined,
    animatrice: id(search.animatrice),
    lieu: id(search.lieu),
  };
}
