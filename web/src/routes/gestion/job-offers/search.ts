/**
 * The tab of the job offers' queue in the address of the page ("?statut=published&page=2"), so that
 * it survives a reload and can be shared. Kept tiny: the router imports it eagerly.
 */
export interface JobOffersSearch {
  /** A status key ('pending', 'published'…), or 'all'. */
  statut?: string;
  page?: number;
}

const KEY = /^[a-z_]{2,20}$/;

export function validateJobOffersSearch(search: Record<string, unknown>): JobOffersSearch {
  const page = Number(search.page);
  return {
    statut: typeof search.statut === 'string' && KEY.test(search.statut) ? search.statut : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined,
  };
}
