import type { FastifyInstance } from 'fastify';
import { CsrfError } from '../modules/auth/auth.errors.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../modules/auth/auth.rules.js';
import { resolveSession, type AuthDeps } from '../modules/auth/auth.usecases.js';
import type { Actor } from './policy.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false on the sign-in routes, which anonymous visitors call (the Origin check still applies). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in account, if any. */
    actor?: Actor;
    /** The CSRF token of the session (cookie-authenticated requests only). */
    csrfToken?: string;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie into `request.actor`, and protects cookie-authenticated writes
 * against cross-site requests: the Origin must be ours and the CSRF header must match the session.
 */
export function registerAuthHooks(app: FastifyInstance, deps: AuthDeps): void {
  app.decorateRequest('actor', undefined);
  app.decorateRequest('csrfToken', undefined);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const resolved = await resolveSession(deps, token);
    if (resolved) {
      request.actor = resolved.actor;
      request.csrfToken = resolved.csrfToken;
    }
  });

  app.addHook('preHandler', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const origin = request.headers.origin;
    if (origin && new URL(deps.config.publicUrl).origin !== origin && !sameHost(origin, request.headers.host)) {
      throw new CsrfError();
    }
    if (request.routeOptions.config.csrf === false) return;
    if (request.csrfToken && request.headers[CSRF_HEADER] !== request.csrfToken) throw new CsrfError();
  });
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
