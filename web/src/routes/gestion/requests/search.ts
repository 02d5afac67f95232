/**
 * The tab and the assignee of the inbox in the address of the page ("?statut=assigned&attribution=…"),
 * so that they survive a reload and can be shared. Kept tiny: the router imports it eagerly. The
 * server checks everything anyway.
 */
export interface RequestsSearch {
  /** A status key ('new', 'assigned', 'answered', 'closed'), or 'all'. */
  statut?: string;
  /** An account id, or 'none'. */
  attribution?: string;
  page?: number;
}

const KEY = /^[a-z_]{2,20}$/;
const ASSIGNEE = /^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const matching = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : undefined;

export function validateRequestsSearch(search: Record<string, unknown>): RequestsSearch {
  const page = Number(search.page);
  return {
    statut: matching(search.statut, KEY),
    attribution: matching(search.attribution, ASSIGNEE),
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined,
  };
}
