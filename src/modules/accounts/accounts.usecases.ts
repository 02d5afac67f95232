import type { Kysely } from 'kysely';
import type { Clock } from '../../app/clock.js';
import { InvalidInputError, NotFoundError } from '../../app/errors.js';
import { ACTIONS, assignableRoles, authorize, type Action, type Actor } from '../../app/policy.js';
import { ROLE_LABELS, type Role } from '../../app/roles.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { hashPassword } from '../auth/auth.passwords.js';
import { closeSessionsOf } from '../auth/auth.usecases.js';
import { normalizeEmail } from '../auth/auth.rules.js';
import { EmailTakenError, PasswordRuleError, RoleNotAssignableError, SelfLockoutError } from './accounts.errors.js';
import {
  emailExists,
  findAccount,
  findAccountIdByEmail,
  insertAccount,
  listAccountsOfRelais,
  updateAccountRow,
} from './accounts.repository.js';
import { needsRelais, passwordProblem } from './accounts.rules.js';

export interface AccountsDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  password?: string;
}

function toDto(a: {
  id: string;
  email: string;
  display_name: string;
  role: string;
  disabled_at: string | null;
  last_login_at: string | null;
  created_at: string;
}) {
  return {
    id: a.id,
    email: a.email,
    displayName: a.display_name,
    role: a.role as Role,
    roleLabel: ROLE_LABELS[a.role as Role],
    disabled: a.disabled_at !== null,
    lastLoginAt: a.last_login_at,
    createdAt: a.created_at,
  };
}

export async function listAccounts(deps: AccountsDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'accounts.manage', relaisId);
  const rows = await listAccountsOfRelais(deps.db, relaisId);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'user_account',
    summary: `Consultation de la liste des comptes (${rows.length})`,
  });
  return rows.map(toDto);
}

/**
 * The active accounts of a relais whose role allows an action there (who a request may be assigned
 * to), by name. For other modules: no authorisation, no audit (names of colleagues only).
 */
export async function activeStaffAllowed(deps: { db: Kysely<Database> }, relaisId: string, action: Action) {
  const roles: readonly Role[] = ACTIONS[action];
  return (await listAccountsOfRelais(deps.db, relaisId))
    .filter((a) => a.disabled_at === null && roles.includes(a.role as Role))
    .map((a) => ({ id: a.id, name: a.display_name }));
}

/**
 * Creates an account. `actor` 'system' is the command line (`relais users create`), which may
 * create any role, platform operators included.
 */
export async function createAccount(
  deps: AccountsDeps,
  actor: Actor | undefined | 'system',
  relaisId: string | null,
  input: NewAccount,
) {
  if (actor !== 'system') {
    const who = authorize(actor, 'accounts.manage', relaisId);
    if (!assignableRoles(who).includes(input.role)) throw new RoleNotAssignableError(ROLE_LABELS[input.role]);
  }
  if (needsRelais(input.role) !== (relaisId !== null)) {
    throw new InvalidInputError(
      needsRelais(input.role)
        ? 'Ce rôle appartient à un relais : précisez le relais.'
        : "L'opérateur de la plateforme n'appartient à aucun relais.",
    );
  }
  const problem = passwordProblem(input.password, input.role);
  if (problem) throw new PasswordRuleError(problem);
  const email = normalizeEmail(input.email);
  if (await emailExists(deps.db, email)) throw new EmailTakenError();
  const now = deps.clock.now().toISOString();
  const id = crypto.randomUUID();
  await insertAccount(deps.db, {
    id,
    relais_id: relaisId,
    email,
    display_name: input.displayName,
    role: input.role,
    password_hash: input.password ? await hashPassword(input.password) : null,
    created_at: now,
    updated_at: now,
  });
  await recordAudit(deps, actor === 'system' ? undefined : actor, {
    relaisId,
    action: 'create',
    subjectType: 'user_account',
    subjectId: id,
    summary: `Création du compte ${email} (${ROLE_LABELS[input.role]})`,
  });
  const created = await findAccount(deps.db, relaisId, id);
  if (!created) throw new NotFoundError();
  return toDto(created);
}

export async function updateAccount(
  deps: AccountsDeps,
  actor: Actor | undefined,
  relaisId: string,
  accountId: string,
  patch: { displayName?: string; role?: Role; disabled?: boolean },
) {
  const who = authorize(actor, 'accounts.manage', relaisId);
  const account = await findAccount(deps.db, relaisId, accountId);
  if (!account) throw new NotFoundError("Ce compte n'existe pas dans ce relais.");
  if (account.id === who.userId && (patch.disabled || (patch.role && patch.role !== account.role))) {
    throw new SelfLockoutError();
  }
  // Only who could have given an account its role may change it: a manager cannot touch another manager.
  if (account.id !== who.userId && !assignableRoles(who).includes(account.role as Role)) {
    throw new RoleNotAssignableError(ROLE_LABELS[account.role as Role]);
  }
  if (patch.role && patch.role !== account.role && !assignableRoles(who).includes(patch.role)) {
    throw new RoleNotAssignableError(ROLE_LABELS[patch.role]);
  }
  const now = deps.clock.now().toISOString();
  await updateAccountRow(deps.db, accountId, {
    display_name: patch.displayName,
    role: patch.role,
    disabled_at: patch.disabled === undefined ? undefined : patch.disabled ? (account.disabled_at ?? now) : null,
    updated_at: now,
  });
  if (patch.disabled) await closeSessionsOf(deps, accountId);
  const changes = [
    patch.displayName !== undefined && patch.displayName !== account.display_name ? 'nom' : undefined,
    patch.role !== undefined && patch.role !== account.role ? `rôle → ${ROLE_LABELS[patch.role]}` : undefined,
    patch.disabled !== undefined ? (patch.disabled ? 'désactivé' : 'réactivé') : undefined,
  ].filter(Boolean);
  await recordAudit(deps, who, {
    relaisId,
    action: 'update',
    subjectType: 'user_account',
    subjectId: accountId,
    summary: `Modification du compte ${account.email} : ${changes.join(', ') || 'aucun changement'}`,
  });
  const updated = await findAccount(deps.db, relaisId, accountId);
  if (!updated) throw new NotFoundError();
  return toDto(updated);
}

/** Names of the relais's animators and managers, who may be referents (of a MAM, of an activity). */
export async function referentNames(deps: { db: Kysely<Database> }, relaisId: string): Promise<Map<string, string>> {
  const rows = await listAccountsOfRelais(deps.db, relaisId);
  return new Map(
    rows
      .filter((a) => (a.role === 'manager' || a.role === 'animator') && a.disabled_at === null)
      .map((a) => [a.id, a.display_name]),
  );
}

/** The account that uses this address, if any (used to link a childminder's file to her account). */
export async function findAccountByEmail(deps: { db: Kysely<Database> }, email: string) {
  const row = await findAccountIdByEmail(deps.db, normalizeEmail(email));
  return row && { id: row.id, role: row.role as Role, relaisId: row.relais_id };
}
