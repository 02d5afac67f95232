import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Public } from '../../../src/modules/contacts/contacts.rules.js';
import { api, unwrap } from './client.js';
import { keys } from './gestion.js';
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;
type Body<T> = T extends { content: { 'application/json': infer C } } ? C : never;

type ListPath = paths['/api/relais/{relaisId}/contacts'];
type SubjectsPath = paths['/api/relais/{relaisId}/contact-subjects'];
type FamiliesPath = paths['/api/relais/{relaisId}/families'];

export type ContactList = Json<ListPath['get']['responses'][200]>;
export type Contact = ContactList['contacts'][number];
export type ContactInput = Body<ListPath['post']['requestBody']>;
export type ContactSubject = Json<SubjectsPath['get']['responses'][200]>['subjects'][number];
export type Family = Json<FamiliesPath['get']['responses'][200]>['families'][number];
export type FamilyInput = Body<FamiliesPath['post']['requestBody']>;
export type ContactStatistics = Json<paths['/api/relais/{relaisId}/reports/contacts']['get']['responses'][200]>;
export type ContactFilters = Omit<NonNullable<ListPath['get']['parameters']['query']>, 'page'>;

/** The vocabulary and pure rules of the contact log, shared with the server. */
export {
  CONTACTS_PAGE_SIZE,
  CHANNELS,
  contactProblems,
  FAMILY_PUBLICS,
  OUTCOMES,
  PUBLICS,
  suggestedChannel,
  type Channel,
  type Outcome,
  type Public,
} from '../../../src/modules/contacts/contacts.rules.js';

/** Short names of the publics, for the large buttons of the entry form (the full ones are in PUBLICS). */
export const PUBLIC_BUTTONS: Record<Public, string> = {
  parent: 'Parent',
  future_parent: 'Futur parent',
  childminder: 'Assistant·e maternel·le',
  candidate: 'Candidat·e',
  project_carrier: 'Porteur·se de projet',
  partner: 'Partenaire',
};

/** Contacts are years of history: the statistics and filters start here (the server accepts older). */
export const FIRST_CONTACT_YEAR = 2015;

export const contactKeys = {
  all: (relaisId: string) => [...keys.relais(relaisId), 'contacts'] as const,
  list: (relaisId: string) => [...keys.relais(relaisId), 'contacts', 'list'] as const,
  subjects: (relaisId: string) => [...keys.relais(relaisId), 'contact-subjects'] as const,
  families: (relaisId: string) => [...keys.relais(relaisId), 'families'] as const,
  statistics: (relaisId: string) => [...keys.relais(relaisId), 'reports', 'contacts'] as const,
};

/** What a recorded, corrected or removed contact makes stale: the log, the statistics, the families. */
export function staleAfterContact(relaisId: string): (readonly unknown[])[] {
  return [contactKeys.all(relaisId), contactKeys.statistics(relaisId), contactKeys.families(relaisId)];
}

export const contactsQuery = (relaisId: string, filters: ContactFilters, page: number) =>
  queryOptions({
    queryKey: [...contactKeys.list(relaisId), filters, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/contacts', {
          params: { path: { relaisId }, query: { ...filters, ...(page > 1 ? { page } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const contactSubjectsQuery = (relaisId: string) =>
  queryOptions({
    queryKey: contactKeys.subjects(relaisId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/contact-subjects', { params: { path: { relaisId } } }))).subjects,
    staleTime: 60_000,
  });

/** Known families whose name, e-mail or phone contains the text (2 characters at least). */
export const familiesQuery = (relaisId: string, q: string) =>
  queryOptions({
    queryKey: [...contactKeys.families(relaisId), q],
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/families', { params: { path: { relaisId }, query: { q } } })))
        .families,
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });

/** Childminders of the relais (active or not) matching a name or an agrément number. */
export const childminderSearchQuery = (relaisId: string, q: string) =>
  queryOptions({
    queryKey: [...keys.relais(relaisId), 'childminders', 'list', 'search', q],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/relais/{relaisId}/childminders', {
            params: { path: { relaisId }, query: { q, status: 'all', limit: 10, offset: 0 } },
          }),
        )
      ).childminders,
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });

export const contactStatisticsQuery = (relaisId: string, year: number) =>
  queryOptions({
    queryKey: [...contactKeys.statistics(relaisId), year],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/reports/contacts', {
          params: { path: { relaisId }, query: { year: String(year) } },
        }),
      ),
  });

/** The statistics of a year as an Excel workbook (a plain link: the browser sends the session cookie). */
export const contactStatisticsXlsxHref = (relaisId: string, year: number) =>
  `/api/relais/${encodeURIComponent(relaisId)}/reports/contacts.xlsx?year=${year}`;
