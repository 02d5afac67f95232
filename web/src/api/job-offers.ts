import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import { keys } from './gestion.js';
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;
type Body<T> = T extends { content: { 'application/json': infer C } } ? C : never;

type LinkPath = paths['/api/public/job-offers/{token}'];

export type OfferForm = Json<paths['/api/public/relais/{slug}/job-offer-form']['get']['responses'][200]>;
export type PublicOfferInput = Body<paths['/api/public/relais/{slug}/job-offers']['post']['requestBody']>;
export type ParentOffer = Json<LinkPath['get']['responses'][200]>;
export type ParentEditInput = Body<LinkPath['put']['requestBody']>;

/** The vocabulary and pure rules of job offers, shared with the server. */
export {
  MAX_DETAILS,
  MAX_MESSAGE,
  MAX_RADIUS_KM,
  offerProblems,
  OPEN_STATUSES,
  PARENT_OUTCOMES,
  JOB_OFFER_OUTCOMES,
  JOB_OFFER_STATUSES,
  JOB_OFFERS_PAGE_SIZE,
  weeklyMinutes,
  type JobOfferOutcome,
  type ScheduleEntry,
} from '../../../src/modules/job-offers/job-offers.rules.js';

export const offerFormQuery = (slug: string) =>
  queryOptions({
    queryKey: ['public', 'relais', slug, 'job-offer-form'],
    queryFn: () => unwrap(api.GET('/api/public/relais/{slug}/job-offer-form', { params: { path: { slug } } })),
    staleTime: 60_000,
  });

export const parentOfferKey = (token: string) => ['public', 'job-offer', token] as const;

export const parentOfferQuery = (token: string) =>
  queryOptions({
    queryKey: parentOfferKey(token),
    queryFn: () => unwrap(api.GET('/api/public/job-offers/{token}', { params: { path: { token } } })),
  });

export type MyOffer = Json<paths['/api/me/job-offers']['get']['responses'][200]>['offers'][number];

export const myOffersKey = ['me', 'job-offers'] as const;

export const myOffersQuery = (scope: 'fit' | 'all') =>
  queryOptions({
    queryKey: [...myOffersKey, scope],
    queryFn: () => unwrap(api.GET('/api/me/job-offers', { params: { query: { scope } } })),
  });

type StaffListPath = paths['/api/relais/{relaisId}/job-offers'];
export type StaffOfferList = Json<StaffListPath['get']['responses'][200]>;
export type StaffOfferSummary = StaffOfferList['offers'][number];
export type StaffOffer = Json<paths['/api/relais/{relaisId}/job-offers/{offerId}']['get']['responses'][200]>;
export type Audience = Json<paths['/api/relais/{relaisId}/job-offers/{offerId}/audience']['get']['responses'][200]>;
export type JobOfferOutcomeKey =
  keyof typeof import('../../../src/modules/job-offers/job-offers.rules.js').JOB_OFFER_OUTCOMES;
export type JobOfferStatusKey = NonNullable<NonNullable<StaffListPath['get']['parameters']['query']>['status']>;

export const jobOfferKeys = {
  all: (relaisId: string) => [...keys.relais(relaisId), 'job-offers'] as const,
  one: (relaisId: string, offerId: string) => [...keys.relais(relaisId), 'job-offers', 'one', offerId] as const,
};

export const staffOffersQuery = (relaisId: string, status: JobOfferStatusKey | undefined, page: number) =>
  queryOptions({
    queryKey: [...jobOfferKeys.all(relaisId), 'list', status ?? 'all', page],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/job-offers', {
          params: { path: { relaisId }, query: { ...(status ? { status } : {}), ...(page > 1 ? { page } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const staffOfferQuery = (relaisId: string, offerId: string) =>
  queryOptions({
    queryKey: jobOfferKeys.one(relaisId, offerId),
    queryFn: () =>
      unwrap(api.GET('/api/relais/{relaisId}/job-offers/{offerId}', { params: { path: { relaisId, offerId } } })),
  });

export type JobOfferStatistics = Json<paths['/api/relais/{relaisId}/job-offer-statistics']['get']['responses'][200]>;

/** The offers of one calendar year (months in Paris time). */
export const jobOfferStatisticsQuery = (relaisId: string, year: number) =>
  queryOptions({
    queryKey: [...jobOfferKeys.all(relaisId), 'statistics', year],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/job-offer-statistics', {
          params: { path: { relaisId }, query: { from: `${year}-01`, to: `${year}-12` } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
