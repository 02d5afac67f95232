/**
 * The server's authorisation policy and labels, imported from the server's own pure modules so that
 * the interface hides exactly what the server refuses (the server decides anyway).
 */
import { assignableRoles as serverAssignableRoles, can as serverCan, type Action } from '../../../src/app/policy.js';
import type { Role, SessionUser } from '../api/types.js';

export { ACTIONS, type Action } from '../../../src/app/policy.js';
export { isMagicLinkRole, MAGIC_LINK_ROLES, ROLE_LABELS } from '../../../src/app/roles.js';
export { SITE_KIND_LABELS } from '../../../src/modules/sites/sites.rules.js';

function asActor(user: Pick<SessionUser, 'role' | 'relais'>) {
  return { userId: '', role: user.role, relaisId: user.relais?.id ?? null, email: '', displayName: '', sessionId: '' };
}

export function can(
  user: Pick<SessionUser, 'role' | 'relais'> | null | undefined,
  action: Action,
  relaisId: string | null,
) {
  return user ? serverCan(asActor(user), action, relaisId) : false;
}

/** Roles a user may give to an account they create. */
export function assignableRoles(role: Role): Role[] {
  return serverAssignableRoles(asActor({ role, relais: null }));
}
