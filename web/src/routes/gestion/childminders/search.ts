/**
 * The filters of the register in the address of the page ("?statut=archived&commune=85003&page=2"),
 * so that they survive a visit to a file and can be shared. Kept tiny: the router imports it eagerly.
 */
export interface ChildmindersSearch {
  statut?: 'archived' | 'all';
  commune?: string;
  mam?: 'oui' | 'non';
  monenfant?: 'oui' | 'non';
  plus55?: boolean;
  /** Freshness of availability: up to date, old, never confirmed, reminded without an answer. */
  dispo?: AvailabilitySearch;
  q?: string;
  page?: number;
}

export const AVAILABILITY_SEARCHES = ['a-jour', 'ancienne', 'jamais', 'sans-reponse'] as const;
export type AvailabilitySearch = (typeof AVAILABILITY_SEARCHES)[number];

const yesNo = (value: unknown) => (value === 'oui' || value === 'non' ? value : undefined);

export function validateChildmindersSearch(search: Record<string, unknown>): ChildmindersSearch {
  const commune = typeof search.commune === 'number' ? String(search.commune).padStart(5, '0') : search.commune;
  const q = typeof search.q === 'number' ? String(search.q) : search.q;
  const page = Number(search.page);
  return {
    statut: search.statut === 'archived' || search.statut === 'all' ? search.statut : undefined,
    commune: typeof commune === 'string' && /^(\d{5}|2[AB]\d{3})$/.test(commune) ? commune : undefined,
    mam: yesNo(search.mam),
    monenfant: yesNo(search.monenfant),
    plus55: search.plus55 === true || search.plus55 === 'true' ? true : undefined,
    dispo: AVAILABILITY_SEARCHES.find((value) => value === search.dispo),
    q: typeof q === 'string' && q.trim() !== '' ? q.slice(0, 80) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/** The last search of the register, for the "back to the list" links of a file. */
let lastSearch: ChildmindersSearch = {};

export function rememberSearch(search: ChildmindersSearch): void {
  lastSearch = search;
}

export function rememberedSearch(): ChildmindersSearch {
  return lastSearch;
}
