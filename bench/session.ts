/** Signing in once before the load: the session cookie and the relais of a demo staff account. */

export const SESSION_COOKIE_NAME = 'relais_session';

export interface StaffSession {
  /** Value of the Cookie header. */
  cookie: string;
  relaisId: string;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<StaffSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { user?: { relais?: { id?: string } | null } };
  if (!response.ok) throw new Error(`sign-in as ${email} failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  const session = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!.trim())
    .find((pair) => pair.startsWith(`${SESSION_COOKIE_NAME}=`));
  if (!session) throw new Error(`sign-in as ${email}: no ${SESSION_COOKIE_NAME} cookie in the answer`);
  const relaisId = body.user?.relais?.id;
  if (!relaisId) throw new Error(`sign-in as ${email}: the account has no relais`);
  return { cookie: session, relaisId };
}
