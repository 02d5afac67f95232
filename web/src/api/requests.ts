import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import { contactKeys } from './contacts.js';
import { keys } from './gestion.js';
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;
type Body<T> = T extends { content: { 'application/json': infer C } } ? C : never;

type ListPath = paths['/api/relais/{relaisId}/requests'];
type FormPath = paths['/api/public/relais/{slug}/request-form'];

export type RequestList = Json<ListPath['get']['responses'][200]>;
export type RequestSummary = RequestList['requests'][number];
export type RequestDetail = Json<paths['/api/relais/{relaisId}/requests/{requestId}']['get']['responses'][200]>;
export type StaffRequestInput = Body<ListPath['post']['requestBody']>;
export type RequestFilters = Omit<NonNullable<ListPath['get']['parameters']['query']>, 'page'>;
export type RequestForm = Json<FormPath['get']['responses'][200]>;
export type PublicRequestInput = Body<paths['/api/public/relais/{slug}/requests']['post']['requestBody']>;

/** The vocabulary and pure rules of the inbox, shared with the server. */
export {
  ANSWER_CHANNELS,
  CHILD_PUBLICS,
  MAX_ANSWER,
  MAX_CHILD_AGE_MONTHS,
  MAX_NEEDS,
  MAX_REQUEST_SUBJECTS,
  REQUEST_PUBLICS,
  REQUEST_SOURCES,
  REQUEST_STATUSES,
  REQUESTS_PAGE_SIZE,
  requestProblems,
  STAFF_SOURCES,
  type AnswerChannel,
  type RequestPublic,
  type RequestStatus,
  type StaffSource,
} from '../../../src/modules/requests/requests.rules.js';

export const requestKeys = {
  all: (relaisId: string) => [...keys.relais(relaisId), 'requests'] as const,
  one: (relaisId: string, requestId: string) => [...keys.relais(relaisId), 'requests', 'one', requestId] as const,
};

/** What a change of a request makes stale: the inbox, and the contact log it may have been counted in. */
export function staleAfterRequest(relaisId: string): (readonly unknown[])[] {
  return [requestKeys.all(relaisId), contactKeys.all(relaisId), contactKeys.statistics(relaisId)];
}

export const requestsQuery = (relaisId: string, filters: RequestFilters, page: number) =>
  queryOptions({
    queryKey: [...requestKeys.all(relaisId), 'list', filters, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/requests', {
          params: { path: { relaisId }, query: { ...filters, ...(page > 1 ? { page } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const requestQuery = (relaisId: string, requestId: string) =>
  queryOptions({
    queryKey: requestKeys.one(relaisId, requestId),
    queryFn: () =>
      unwrap(api.GET('/api/relais/{relaisId}/requests/{requestId}', { params: { path: { relaisId, requestId } } })),
  });

/** The communes and subjects the public form offers. */
export const requestFormQuery = (slug: string) =>
  queryOptions({
    queryKey: ['public', 'relais', slug, 'request-form'],
    queryFn: () => unwrap(api.GET('/api/public/relais/{slug}/request-form', { params: { path: { slug } } })),
    staleTime: 60_000,
  });
