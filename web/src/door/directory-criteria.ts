/**
 * The directory's search form as the browser sends it (GET, one field per criterion, a repeated
 * "days"), and the query of the public API made of it. Pure: used by the server to render results.
 */
export interface DirectoryCriteria {
  commune: string;
  radiusKm: string;
  ageMonths: string;
  days: string[];
  from: string;
  to: string;
  startDate: string;
}

export const DEFAULT_CRITERIA: DirectoryCriteria = {
  commune: '',
  radiusKm: '15',
  ageMonths: '',
  days: [],
  from: '',
  to: '',
  startDate: '',
};

const SINGLE_FIELDS = ['commune', 'radiusKm', 'ageMonths', 'from', 'to', 'startDate'] as const;

/** The criteria of a submitted form, or null when the page was opened without searching. */
export function readCriteria(query: URLSearchParams): DirectoryCriteria | null {
  if (![...SINGLE_FIELDS, 'days'].some((field) => query.has(field))) return null;
  const criteria: DirectoryCriteria = { ...DEFAULT_CRITERIA, days: query.getAll('days') };
  for (const field of SINGLE_FIELDS) criteria[field] = (query.get(field) ?? '').trim();
  return criteria;
}

/** The API's query: empty fields are left out (the API's defaults apply), days as "1,2,4". */
export function directoryApiQuery(criteria: DirectoryCriteria): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of SINGLE_FIELDS) if (criteria[field] !== '') query.set(field, criteria[field]);
  const days = [...new Set(criteria.days)].sort();
  if (days.length > 0) query.set('days', days.join(','));
  return query;
}

/** The label of each field of the form, to name it in an error message. */
export const CRITERIA_LABELS: Record<string, string> = {
  commune: 'Commune',
  radiusKm: 'Distance maximale (km)',
  ageMonths: 'Âge de l’enfant à l’entrée (mois)',
  days: 'Jours d’accueil',
  from: 'Arrivée de l’enfant',
  to: 'Départ de l’enfant',
  startDate: 'À partir du',
};
