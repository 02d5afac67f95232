import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;

/** The vocabulary and pure rules of activities, shared with the server. */
export {
  ACTIVITY_AUDIENCES,
  ACTIVITY_CATEGORIES,
  ACTIVITY_THEMES,
  AGE_BANDS,
  MAX_ADULTS_PER_REGISTRATION,
  MAX_CHILDREN_PER_REGISTRATION,
  PRACTICE_GROUP_MAX_MEMBERS,
  REGISTRATION_STATUSES,
  audienceBringsChildren,
  type ActivityAudience,
  type ActivityCategory,
  type ActivityTheme,
  type AgeBand,
} from '../../../src/modules/activities/activities.rules.js';

type ListPath = paths['/api/relais/{relaisId}/activities'];
type OnePath = paths['/api/relais/{relaisId}/activities/{activityId}'];
export type ActivityList = Json<ListPath['get']['responses'][200]>;
export type ActivitySummary = ActivityList['activities'][number];
export type ActivityDetail = Json<OnePath['get']['responses'][200]>;
export type Registration = ActivityDetail['registrations'][number];
export type ActivityKind = Json<
  paths['/api/relais/{relaisId}/activity-kinds']['get']['responses'][200]
>['kinds'][number];
export type MyActivity = Json<paths['/api/me/activities']['get']['responses'][200]>['activities'][number];

export interface ActivityFilters {
  from: string;
  to: string;
  commune?: string;
  kind?: string;
}

export const activityKeys = {
  all: (relaisId: string) => ['relais', relaisId, 'activities'] as const,
  list: (relaisId: string, filters: ActivityFilters) => ['relais', relaisId, 'activities', 'list', filters] as const,
  one: (relaisId: string, activityId: string) => ['relais', relaisId, 'activities', 'one', activityId] as const,
  kinds: (relaisId: string) => ['relais', relaisId, 'activity-kinds'] as const,
  mine: ['me', 'activities'] as const,
};

export const activitiesQuery = (relaisId: string, filters: ActivityFilters) =>
  queryOptions({
    queryKey: activityKeys.list(relaisId, filters),
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/activities', {
          params: {
            path: { relaisId },
            query: {
              from: filters.from,
              to: filters.to,
              ...(filters.commune ? { commune: filters.commune } : {}),
              ...(filters.kind ? { kind: filters.kind } : {}),
            },
          },
        }),
      ),
  });

export const activityQuery = (relaisId: string, activityId: string) =>
  queryOptions({
    queryKey: activityKeys.one(relaisId, activityId),
    queryFn: () =>
      unwrap(api.GET('/api/relais/{relaisId}/activities/{activityId}', { params: { path: { relaisId, activityId } } })),
  });

export const activityKindsQuery = (relaisId: string) =>
  queryOptions({
    queryKey: activityKeys.kinds(relaisId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/activity-kinds', { params: { path: { relaisId } } }))).kinds,
    staleTime: 60_000,
  });

export const animatorsQuery = (relaisId: string) =>
  queryOptions({
    queryKey: ['relais', relaisId, 'animators'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/appointment-animators', { params: { path: { relaisId } } })))
        .animators,
    staleTime: 60_000,
  });

/** « 9 h 30 », « 10 h » from "09:30". */
export function frenchTime(hhmm: string): string {
  const h = Number(hhmm.slice(0, 2));
  const m = hhmm.slice(3, 5);
  return m === '00' ? `${h} h` : `${h} h ${m}`;
}

/** « de 9 h 30 à 11 h 30 ». */
export const hoursText = (a: { startTime: string; endTime: string }) =>
  `de ${frenchTime(a.startTime)} à ${frenchTime(a.endTime)}`;

/** « 3 places d’adultes, 12 places d’enfants » — what is left of a session. */
export function placesLeftText(
  a: Pick<ActivitySummary, 'adultCapacity' | 'childCapacity' | 'adultsTaken' | 'childrenTaken'>,
) {
  const adults = Math.max(0, a.adultCapacity - a.adultsTaken);
  const children = Math.max(0, a.childCapacity - a.childrenTaken);
  if (adults === 0 || (a.childCapacity > 0 && children === 0)) return 'Complet';
  const parts = [`${adults} place${adults > 1 ? 's' : ''} d’adulte${adults > 1 ? 's' : ''}`];
  if (a.childCapacity > 0) parts.push(`${children} place${children > 1 ? 's' : ''} d’enfant${children > 1 ? 's' : ''}`);
  return `Reste ${parts.join(' et ')}`;
}
