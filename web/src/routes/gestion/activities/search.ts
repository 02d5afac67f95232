/**
 * The filters of the programme of activities in the address ("?du=2026-12-01&commune=85003"), so
 * that they survive a reload and can be shared. Kept tiny: the router imports it eagerly.
 */
export interface ActivitiesSearch {
  du?: string;
  au?: string;
  commune?: string;
  type?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSEE = /^[0-9AB]{5}$/;
const ID = /^[\w-]{1,64}$/;

const pick = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : undefined;

export function validateActivitiesSearch(search: Record<string, unknown>): ActivitiesSearch {
  return {
    du: pick(search.du, DATE),
    au: pick(search.au, DATE),
    commune: pick(search.commune, INSEE),
    type: pick(search.type, ID),
  };
}
