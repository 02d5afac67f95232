import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';

export const publicRelaisListQuery = queryOptions({
  queryKey: ['public', 'relais'],
  queryFn: async () => (await unwrap(api.GET('/api/public/relais'))).relais,
  staleTime: 60_000,
});

export const publicRelaisQuery = (slug: string) =>
  queryOptions({
    queryKey: ['public', 'relais', slug],
    queryFn: () => unwrap(api.GET('/api/public/relais/{slug}', { params: { path: { slug } } })),
    staleTime: 60_000,
  });
