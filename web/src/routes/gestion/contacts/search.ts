/**
 * The filters of the contact log and the year of its statistics in the address of the page
 * ("?du=2026-01-01&public=parent&page=2", "?annee=2025"), so that they survive a reload and can be
 * shared. Kept tiny: the router imports it eagerly. The server checks everything anyway.
 */
export interface ContactsSearch {
  du?: string;
  au?: string;
  public?: string;
  canal?: string;
  theme?: string;
  page?: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[a-z_]{2,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const matching = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : undefined;

export function validateContactsSearch(search: Record<string, unknown>): ContactsSearch {
  const page = Number(search.page);
  return {
    du: matching(search.du, DATE),
    au: matching(search.au, DATE),
    public: matching(search.public, KEY),
    canal: matching(search.canal, KEY),
    theme: matching(search.theme, UUID),
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined,
  };
}

export interface ContactStatisticsSearch {
  annee?: number;
}

export function validateContactStatisticsSearch(search: Record<string, unknown>): ContactStatisticsSearch {
  const year = Number(search.annee);
  return { annee: Number.isInteger(year) && year >= 2000 && year <= 9999 ? year : undefined };
}
