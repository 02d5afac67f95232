import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import { keys } from './gestion.js';
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;
type Body<T> = T extends { content: { 'application/json': infer C } } ? C : never;

type ListPath = paths['/api/relais/{relaisId}/childminders'];
type ItemPath = paths['/api/relais/{relaisId}/childminders/{childminderId}'];

export type ChildminderList = Json<ListPath['get']['responses'][200]>;
export type Childminder = ChildminderList['childminders'][number];
export type ChildminderDetail = Json<ItemPath['get']['responses'][200]>;
export type ChildminderEvent = ChildminderDetail['history'][number];
export type ChildminderCreateInput = Body<ListPath['post']['requestBody']>;
export type ChildminderInput = Body<ItemPath['put']['requestBody']>;
export type ArchiveReason = Body<
  paths['/api/relais/{relaisId}/childminders/{childminderId}/archive']['post']['requestBody']
>['reason'];
export type ChildminderHouse = Json<
  paths['/api/relais/{relaisId}/childminder-houses']['get']['responses'][200]
>['houses'][number];

/** The pure rules of the register, shared with the server (labels, limits, coherence checks). */
export {
  approvalProblems,
  ARCHIVE_REASON_LABELS,
  ARCHIVE_REASONS,
  MAX_PLACES,
  MIN_PLACES,
  SENIOR_AGE,
} from '../../../src/modules/childminders/childminders.rules.js';

export const PAGE_SIZE = 50;

export const CONTACT_PREFERENCE_LABELS: Record<ChildminderInput['contactPreference'], string> = {
  email: 'E-mail',
  phone: 'Téléphone',
  sms: 'SMS',
};

export const PRACTICE_LABELS: Record<ChildminderInput['practice'], string> = {
  home: 'À son domicile',
  mam: 'En maison d’assistants maternels (MAM)',
};

export const EVENT_KIND_LABELS: Record<ChildminderEvent['kind'], string> = {
  registered: 'Arrivée',
  updated: 'Modification',
  archived: 'Archivage',
  reactivated: 'Reprise d’activité',
};

const SOURCE_LABELS: Record<string, string> = {
  staff: 'saisi par l’équipe du relais',
  import: 'import de la liste de la PMI',
  self: 'saisi par l’assistant·e maternel·le elle-même, depuis son espace',
  demo: 'données de démonstration',
};

export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}

/** The filters of the register, as the list and the Excel export take them. */
export interface ChildminderFilters {
  status: 'active' | 'archived' | 'all';
  commune?: string;
  mam?: 'true' | 'false';
  monenfant?: 'true' | 'false';
  over55?: 'true';
  availability?: AvailabilityFilter;
  q?: string;
}

export type AvailabilityFilter = NonNullable<NonNullable<ListPath['get']['parameters']['query']>['availability']>;
export type AvailabilityStatus = Childminder['availability'];

function filterQuery(filters: ChildminderFilters) {
  const q = filters.q?.trim();
  return {
    status: filters.status,
    ...(filters.commune ? { commune: filters.commune } : {}),
    ...(filters.mam ? { mam: filters.mam } : {}),
    ...(filters.monenfant ? { monenfant: filters.monenfant } : {}),
    ...(filters.over55 ? { over55: filters.over55 } : {}),
    ...(filters.availability ? { availability: filters.availability } : {}),
    ...(q ? { q } : {}),
  };
}

export const childminderKeys = {
  all: (relaisId: string) => [...keys.relais(relaisId), 'childminders'] as const,
  list: (relaisId: string) => [...keys.relais(relaisId), 'childminders', 'list'] as const,
  detail: (relaisId: string, id: string) => [...keys.relais(relaisId), 'childminders', 'detail', id] as const,
  houses: (relaisId: string) => [...keys.relais(relaisId), 'childminder-houses'] as const,
};

export const childmindersQuery = (relaisId: string, filters: ChildminderFilters, page: number) =>
  queryOptions({
    queryKey: [...childminderKeys.list(relaisId), filterQuery(filters), page],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/childminders', {
          params: {
            path: { relaisId },
            query: { ...filterQuery(filters), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const childminderQuery = (relaisId: string, childminderId: string) =>
  queryOptions({
    queryKey: childminderKeys.detail(relaisId, childminderId),
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/childminders/{childminderId}', {
          params: { path: { relaisId, childminderId } },
        }),
      ),
  });

export const childminderHousesQuery = (relaisId: string) =>
  queryOptions({
    queryKey: childminderKeys.houses(relaisId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/childminder-houses', { params: { path: { relaisId } } }))).houses,
    staleTime: 60_000,
  });

/** The address of the Excel export of the register with these filters (a same-origin download). */
export function exportHref(relaisId: string, filters: ChildminderFilters): string {
  const params = new URLSearchParams(filterQuery(filters));
  return `/api/relais/${encodeURIComponent(relaisId)}/childminders/export.xlsx?${params.toString()}`;
}

/** "Marie DUPONT". */
export function fullName(c: Pick<Childminder, 'firstName' | 'lastName'>): string {
  return `${c.firstName} ${c.lastName}`;
}

/** An age limit of the agrément: "3 mois", "18 mois", "3 ans". */
export function formatMonths(months: number): string {
  if (months >= 24 && months % 12 === 0) return `${months / 12} ans`;
  return `${months} mois`;
}

export function ageRange(min: number | null, max: number | null): string {
  if (min === null && max === null) return 'Non précisés';
  if (min === null) return `Jusqu’à ${formatMonths(max as number)}`;
  if (max === null) return `À partir de ${formatMonths(min)}`;
  return `De ${formatMonths(min)} à ${formatMonths(max)}`;
}
