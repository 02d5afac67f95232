import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };

/** One field error as the server reports it (`fields` of an error answer). */
export interface FieldError {
  field: string;
  message: string;
}

/** An error answer of the API, with the French message meant for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const NETWORK_MESSAGE = 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.';

let csrfToken: string | undefined;

/** Remembers the CSRF token of the session (from sign-in, /me or the magic link). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrfMiddleware);

function isErrorBody(value: unknown): value is { error: { code: string; message: string; fields?: FieldError[] } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}

/** Turns any failed answer into an ApiError with a French message. */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) return new ApiError(status, body.error.code, body.error.message, body.error.fields ?? []);
  if (status === 401) return new ApiError(401, 'not_authenticated', 'Votre session a expiré : reconnectez-vous.');
  if (status === 403)
    return new ApiError(403, 'forbidden', "Vous n'avez pas les droits nécessaires pour cette action.");
  if (status === 404) return new ApiError(404, 'not_found', "L'élément demandé est introuvable.");
  return new ApiError(status, 'unexpected', 'Une erreur inattendue est survenue. Merci de réessayer plus tard.');
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError.
 * Network failures become an ApiError too (status 0).
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as T;
}

/** Field errors of an ApiError as a record for @mantine/form's setErrors. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.fields.map((f) => [f.field, f.message]));
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Une erreur inattendue est survenue. Merci de réessayer plus tard.';
}
