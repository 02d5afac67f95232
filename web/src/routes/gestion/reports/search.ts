/**
 * The year of the supply report in the address of the page ("?annee=2024"), so that a report can
 * be shared. Kept tiny: the router imports it eagerly. The server checks the range anyway.
 */
export interface SupplyReportSearch {
  annee?: number;
}

export function validateSupplyReportSearch(search: Record<string, unknown>): SupplyReportSearch {
  const year = Number(search.annee);
  return { annee: Number.isInteger(year) && year >= 2000 && year <= 9999 ? year : undefined };
}
