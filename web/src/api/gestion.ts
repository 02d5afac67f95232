import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';

/** Query keys and loaders of the back office, all scoped by relais. */
export const keys = {
  relaisList: ['relais'] as const,
  relais: (relaisId: string) => ['relais', relaisId] as const,
  communes: (relaisId: string) => ['relais', relaisId, 'communes'] as const,
  sites: (relaisId: string) => ['relais', relaisId, 'sites'] as const,
  accounts: (relaisId: string) => ['relais', relaisId, 'accounts'] as const,
  audit: (relaisId: string) => ['relais', relaisId, 'audit'] as const,
  outbox: (relaisId: string) => ['relais', relaisId, 'outbox'] as const,
};

const path = (relaisId: string) => ({ params: { path: { relaisId } } });

export const relaisListQuery = queryOptions({
  queryKey: keys.relaisList,
  queryFn: async () => (await unwrap(api.GET('/api/relais'))).relais,
});

export const relaisQuery = (relaisId: string) =>
  queryOptions({
    queryKey: keys.relais(relaisId),
    queryFn: () => unwrap(api.GET('/api/relais/{relaisId}', path(relaisId))),
  });

export const communesQuery = (relaisId: string) =>
  queryOptions({
    queryKey: keys.communes(relaisId),
    queryFn: async () => (await unwrap(api.GET('/api/relais/{relaisId}/communes', path(relaisId)))).communes,
  });

export const sitesQuery = (relaisId: string, includeArchived: boolean) =>
  queryOptions({
    queryKey: [...keys.sites(relaisId), { includeArchived }],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/relais/{relaisId}/sites', {
            params: { path: { relaisId }, query: { includeArchived: includeArchived ? 'true' : 'false' } },
          }),
        )
      ).sites,
  });

export const accountsQuery = (relaisId: string) =>
  queryOptions({
    queryKey: keys.accounts(relaisId),
    queryFn: async () => (await unwrap(api.GET('/api/relais/{relaisId}/accounts', path(relaisId)))).accounts,
    staleTime: 30_000,
  });

export const auditQuery = (relaisId: string, limit: number) =>
  queryOptions({
    queryKey: [...keys.audit(relaisId), { limit }],
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/audit', { params: { path: { relaisId }, query: { limit } } })))
        .events,
  });

export const outboxQuery = (relaisId: string) =>
  queryOptions({
    queryKey: keys.outbox(relaisId),
    queryFn: () => unwrap(api.GET('/api/relais/{relaisId}/outbox', path(relaisId))),
  });

export const outboxMessageQuery = (relaisId: string, messageId: string) =>
  queryOptions({
    queryKey: [...keys.outbox(relaisId), messageId],
    queryFn: () =>
      unwrap(api.GET('/api/relais/{relaisId}/outbox/{messageId}', { params: { path: { relaisId, messageId } } })),
  });

export const referenceCommunesQuery = (q: string) =>
  queryOptions({
    queryKey: ['reference', 'communes', q],
    queryFn: async () => (await unwrap(api.GET('/api/reference/communes', { params: { query: { q } } }))).communes,
    staleTime: 5 * 60_000,
  });
