/**
 * A small seeded pseudo-random generator for the demo data: the same seed gives the same data on
 * every run and every machine (never Math.random). mulberry32: 32-bit state, good enough for
 * fictional people, not for anything secret.
 */
import { addDays, daysBetween } from '../app/calendar.js';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** A new array, shuffled (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[];
  /** `count` distinct items, each drawn with probability proportional to its weight. */
  sample<T>(items: readonly T[], count: number, weight?: (item: T) => number): T[];
  /** A date (YYYY-MM-DD) between two dates, both included. */
  dateBetween(from: string, to: string): string;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    if (items.length === 0) throw new Error('weighted: no items');
    const total = items.reduce((sum, item) => sum + Math.max(0, weight(item)), 0);
    if (total <= 0) return items[int(0, items.length - 1)] as T;
    let r = next() * total;
    for (const item of items) {
      r -= Math.max(0, weight(item));
      if (r < 0) return item;
    }
    return items[items.length - 1] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick: no items');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    weighted,
    shuffled: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    sample: (items, count, weight = () => 1) => {
      if (count > items.length) throw new Error(`sample: ${count} asked, ${items.length} available`);
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < count) {
        const item = weighted(pool, weight);
        out.push(item);
        pool.splice(pool.indexOf(item), 1);
      }
      return out;
    },
    dateBetween: (from, to) => addDays(from, int(0, daysBetween(from, to))),
  };
}

// Date arithmetic is the calendar's (src/app/calendar.ts); re-exported for the demo's modules.
export { addDays, daysBetween };

/** The same day `years` years later (29 February becomes 28 February). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
