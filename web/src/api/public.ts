import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import { takePreloaded } from './preload.js';
import type { paths } from './schema.js';

type RelaisList = paths['/api/public/relais']['get']['responses'][200]['content']['application/json'];
type PublicRelais = paths['/api/public/relais/{slug}']['get']['responses'][200]['content']['application/json'];

export const publicRelaisListQuery = queryOptions({
  queryKey: ['public', 'relais'],
  queryFn: async () => (await unwrap(api.GET('/api/public/relais'))).relais,
  initialData: () => takePreloaded<RelaisList>('/api/public/relais')?.relais,
  staleTime: 60_000,
});

export const publicRelaisQuery = (slug: string) =>
  queryOptions({
    queryKey: ['public', 'relais', slug],
    queryFn: () => unwrap(api.GET('/api/public/relais/{slug}', { params: { path: { slug } } })),
    initialData: () => takePreloaded<PublicRelais>(`/api/public/relais/${encodeURIComponent(slug)}`),
    staleTime: 60_000,
  });
