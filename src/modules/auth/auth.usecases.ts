import type { Kysely } from 'kysely';
import type { Clock } from '../../app/clock.js';
import type { Actor } from '../../app/policy.js';
import { isMagicLinkRole, type Role } from '../../app/roles.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { queueMail } from '../mail/mail.usecases.js';
import { InvalidCredentialsError, InvalidMagicLinkError } from './auth.errors.js';
import { verifyPassword } from './auth.passwords.js';
import {
  deleteExpiredAuthRecords,
  deleteSession,
  deleteSessionsOfUser,
  findLiveSession,
  findUserByEmail,
  findUserById,
  insertMagicLink,
  insertSession,
  recordLogin,
  touchSession,
  useMagicLink,
} from './auth.repository.js';
import { addDays, addMinutes, hashToken, newToken, normalizeEmail, SESSION_TOUCH_MS } from './auth.rules.js';

export interface AuthDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: { sessionDays: number; magicLinkMinutes: number; publicUrl: string };
}

export interface OpenedSession {
  /** The secret for the cookie. */
  token: string;
  csrfToken: string;
  actor: Actor;
}

async function openSession(
  deps: AuthDeps,
  user: { id: string; role: string; relais_id: string | null; email: string; display_name: string },
): Promise<OpenedSession> {
  const now = deps.clock.now();
  const token = newToken();
  const csrfToken = newToken();
  const sessionId = hashToken(token);
  await insertSession(deps.db, {
    id: sessionId,
    userId: user.id,
    csrfToken,
    now: now.toISOString(),
    expiresAt: addDays(now, deps.config.sessionDays).toISOString(),
  });
  await recordLogin(deps.db, user.id, now.toISOString());
  return {
    token,
    csrfToken,
    actor: {
      userId: user.id,
      role: user.role as Role,
      relaisId: user.relais_id,
      email: user.email,
      displayName: user.display_name,
      sessionId,
    },
  };
}

/** Staff sign-in with e-mail and password. */
export async function loginWithPassword(
  deps: AuthDeps,
  input: { email: string; password: string; ip: string | null },
): Promise<OpenedSession> {
  const user = await findUserByEmail(deps.db, normalizeEmail(input.email));
  const usable = user && !user.disabled_at && !isMagicLinkRole(user.role as Role) ? user : undefined;
  const ok = await verifyPassword(usable?.password_hash ?? null, input.password);
  if (!usable || !ok) {
    if (user) {
      await recordAudit(deps, undefined, {
        relaisId: user.relais_id,
        action: 'login_failed',
        subjectType: 'user_account',
        subjectId: user.id,
        summary: `Échec de connexion pour ${user.email}`,
        ip: input.ip,
      });
    }
    throw new InvalidCredentialsError();
  }
  const session = await openSession(deps, usable);
  await recordAudit(deps, session.actor, {
    relaisId: usable.relais_id,
    action: 'login',
    subjectType: 'user_account',
    subjectId: usable.id,
    summary: 'Connexion par mot de passe',
    ip: input.ip,
  });
  return session;
}

/**
 * Sends a sign-in link to a childminder or a parent. Answers the same whether or not the
 * address is known, so that nobody can learn who has an account.
 */
export async function requestMagicLink(deps: AuthDeps, input: { email: string }): Promise<void> {
  const user = await findUserByEmail(deps.db, normalizeEmail(input.email));
  if (!user || user.disabled_at || !isMagicLinkRole(user.role as Role)) return;
  const now = deps.clock.now();
  const token = newToken();
  await insertMagicLink(deps.db, {
    tokenHash: hashToken(token),
    userId: user.id,
    now: now.toISOString(),
    expiresAt: addMinutes(now, deps.config.magicLinkMinutes).toISOString(),
  });
  const url = `${deps.config.publicUrl}/connexion/lien?jeton=${encodeURIComponent(token)}`;
  await queueMail(deps, {
    relaisId: user.relais_id,
    purpose: 'magic_link',
    to: user.email,
    subject: 'Votre lien de connexion à Relais',
    greeting: `Bonjour ${user.display_name},`,
    paragraphs: [
      'Vous avez demandé à vous connecter à votre espace du Relais Petite Enfance.',
      `Ce lien est valable ${deps.config.magicLinkMinutes} minutes et ne sert qu'une fois.`,
      "Si vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message.",
    ],
    action: { label: 'Me connecter', url },
  });
}

export async function consumeMagicLink(
  deps: AuthDeps,
  input: { token: string; ip: string | null },
): Promise<OpenedSession> {
  const userId = await useMagicLink(deps.db, hashToken(input.token), deps.clock.now().toISOString());
  if (!userId) throw new InvalidMagicLinkError();
  const user = await findUserById(deps.db, userId);
  if (!user || user.disabled_at) throw new InvalidMagicLinkError();
  const session = await openSession(deps, user);
  await recordAudit(deps, session.actor, {
    relaisId: user.relais_id,
    action: 'login',
    subjectType: 'user_account',
    subjectId: user.id,
    summary: 'Connexion par lien envoyé par e-mail',
    ip: input.ip,
  });
  return session;
}

/** The actor behind a session cookie, or undefined; slides the expiry at most once a minute. */
export async function resolveSession(
  deps: AuthDeps,
  token: string,
): Promise<{ actor: Actor; csrfToken: string } | undefined> {
  const now = deps.clock.now();
  const row = await findLiveSession(deps.db, hashToken(token), now.toISOString());
  if (!row) return undefined;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > SESSION_TOUCH_MS) {
    await touchSession(deps.db, row.sessionId, now.toISOString(), addDays(now, deps.config.sessionDays).toISOString());
  }
  return {
    csrfToken: row.csrfToken,
    actor: {
      userId: row.userId,
      role: row.role as Role,
      relaisId: row.relaisId,
      email: row.email,
      displayName: row.displayName,
      sessionId: row.sessionId,
    },
  };
}

export async function logout(deps: AuthDeps, actor: Actor): Promise<void> {
  await deleteSession(deps.db, actor.sessionId);
}

/** Closes every session of the account, on every device. */
export async function logoutEverywhere(deps: AuthDeps, actor: Actor): Promise<number> {
  const closed = await deleteSessionsOfUser(deps.db, actor.userId);
  await recordAudit(deps, actor, {
    relaisId: actor.relaisId,
    action: 'logout_everywhere',
    subjectType: 'user_account',
    subjectId: actor.userId,
    summary: `Déconnexion de tous les appareils (${closed} session(s))`,
  });
  return closed;
}

export async function purgeExpiredAuth(deps: Pick<AuthDeps, 'db' | 'clock'>): Promise<number> {
  return deleteExpiredAuthRecords(deps.db, deps.clock.now().toISOString());
}

/** Closes every session of an account (used when it is disabled). */
export async function closeSessionsOf(deps: { db: Kysely<Database> }, userId: string): Promise<number> {
  return deleteSessionsOfUser(deps.db, userId);
}
