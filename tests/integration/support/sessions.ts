/**
 * Signing actors in for the integration suites: staff by password, childminders and parents by
 * the link they receive, and (for throw-away sessions) straight into the session table.
 */
import type { Kysely } from 'kysely';
import type { AppInstance } from '../../../src/app/context.js';
import type { Database } from '../../../src/db/schema.js';
import { hashToken, newToken, SESSION_COOKIE } from '../../../src/modules/auth/auth.rules.js';
import { login, sessionFrom, type Session } from '../../support/test-app.js';

export function sessionHeaders(token: string, csrfToken: string): Session {
  const cookie = `${SESSION_COOKIE}=${token}`;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** A session row written directly (no password hashing): for requests that close their session. */
export async function openSessionDirectly(db: Kysely<Database>, userId: string, now: Date): Promise<Session> {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('session')
    .values({
      id: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
    })
    .execute();
  return sessionHeaders(token, csrfToken);
}

/** The sign-in token of the newest message sent to `email`. */
export async function lastMagicLinkToken(db: Kysely<Database>, email: string): Promise<string> {
  const row = await db
    .selectFrom('outbox_message')
    .select('text_body')
    .where('recipient', '=', email)
    .where('purpose', '=', 'magic_link')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const match = /jeton=([\w-]+)/.exec(row.text_body);
  if (!match?.[1]) throw new Error(`no sign-in link in the message to ${email}`);
  return match[1];
}

/** Signs in through the public routes: password for staff, e-mailed link for childminders and parents. */
export async function signIn(app: AppInstance, user: { email: string; role: string }): Promise<Session> {
  if (user.role !== 'childminder' && user.role !== 'parent') return login(app, user.email);
  const asked = await app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: user.email } });
  if (asked.statusCode !== 202) throw new Error(`magic link refused: ${asked.statusCode} ${asked.body}`);
  const token = await lastMagicLinkToken(app.ctx.db, user.email);
  const consumed = await app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } });
  return sessionFrom(consumed);
}
