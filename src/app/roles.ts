/** Account roles. Staff roles belong to one relais; the platform operator to none. */
export const ROLES = ['operator', 'manager', 'animator', 'assistant', 'viewer', 'childminder', 'parent'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ['manager', 'animator', 'assistant', 'viewer'] as const satisfies readonly Role[];
/** Roles that sign in by a link sent by e-mail instead of a password. */
export const MAGIC_LINK_ROLES = ['childminder', 'parent'] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  operator: 'Opérateur de la plateforme',
  manager: 'Responsable du relais',
  animator: 'Animateur·rice',
  assistant: 'Assistant·e administratif·ve',
  viewer: 'Lecture seule (élu·e, CAF)',
  childminder: 'Assistant·e maternel·le',
  parent: 'Parent',
};

export function isMagicLinkRole(role: Role): boolean {
  return (MAGIC_LINK_ROLES as readonly Role[]).includes(role);
}
