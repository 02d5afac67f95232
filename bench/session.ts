/** Signing in once before the load: the session cookie, the CSRF token and the relais of an account. */

export const SESSION_COOKIE_NAME = 'relais_session';

export interface StaffSession {
  /** Value of the Cookie header. */
  cookie: string;
  relaisId: string;
}

export interface Login {
  /** Value of the Cookie header. */
  cookie: string;
  /** Value of the x-csrf-token header of the requests that change something. */
  csrfToken: string;
  /** Null for the platform's operator. */
  relaisId: string | null;
}

export async function logIn(baseUrl: string, email: string, password: string): Promise<Login> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { csrfToken?: string; user?: { relais?: { id?: string } | null } };
  if (!response.ok) throw new Error(`sign-in as ${email} failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  const session = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!.trim())
    .find((pair) => pair.startsWith(`${SESSION_COOKIE_NAME}=`));
  if (!session) throw new Error(`sign-in as ${email}: no ${SESSION_COOKIE_NAME} cookie in the answer`);
  return { cookie: session, csrfToken: body.csrfToken ?? '', relaisId: body.user?.relais?.id ?? null };
}

/** A staff account of a relais (the scenarios' `{relaisId}`). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<StaffSession> {
  const { cookie, relaisId } = await logIn(baseUrl, email, password);
  if (!relaisId) throw new Error(`sign-in as ${email}: the account has no relais`);
  return { cookie, relaisId };
}
