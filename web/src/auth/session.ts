import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, setCsrfToken, toApiError, unwrap } from '../api/client.js';
import type { SessionInfo, SessionUser } from '../api/types.js';

export const SESSION_KEY = ['session'] as const;

/** The signed-in account, or null for an anonymous visitor. */
export const sessionQueryOptions = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async (): Promise<SessionUser | null> => {
    const result = await api.GET('/api/auth/me');
    if (result.response.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    if (!result.response.ok || !result.data) throw toApiError(result.response.status, result.error);
    setCsrfToken(result.data.csrfToken);
    return result.data.user;
  },
  staleTime: 5 * 60_000,
  retry: false,
});

/** Session of the current page; undefined while it is not known yet. */
export function useSession(options: { fetch?: boolean } = {}) {
  return useQuery({ ...sessionQueryOptions, enabled: options.fetch ?? true });
}

/** Stores a session just opened (password, magic link). */
export function applySession(queryClient: QueryClient, info: SessionInfo): SessionUser {
  setCsrfToken(info.csrfToken);
  queryClient.setQueryData(SESSION_KEY, info.user);
  return info.user;
}

/** Forgets everything about the previous account (cached data included). */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(undefined);
  queryClient.clear();
  queryClient.setQueryData(SESSION_KEY, null);
}

export type SignOutScope = 'ici' | 'partout';

/** Signs out of this device, or of every device; then goes to the sign-in page. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (scope: SignOutScope) => {
      if (scope === 'partout') await unwrap(api.POST('/api/auth/logout-everywhere'));
      else await unwrap(api.POST('/api/auth/logout'));
      return scope;
    },
    onSuccess: async (scope) => {
      forgetSession(queryClient);
      await navigate({ to: '/connexion', search: { sortie: scope } });
    },
  });
}
