import { MIN_PASSWORD_LENGTH } from '../auth/auth.passwords.js';
import { isMagicLinkRole, type Role } from '../../app/roles.js';

/** Why a password is refused, or undefined when it is acceptable (ANSSI: length first). */
export function passwordProblem(password: string | undefined, role: Role): string | undefined {
  if (isMagicLinkRole(role)) {
    return password ? 'Les parents et assistants maternels se connectent par lien, sans mot de passe.' : undefined;
  }
  if (!password) return 'Un mot de passe est obligatoire pour un compte du personnel.';
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`;
  }
  if (password.length > 200) return 'Le mot de passe ne peut dépasser 200 caractères.';
  return undefined;
}

/** Every role but the platform operator's belongs to a relais. */
export function needsRelais(role: Role): boolean {
  return role !== 'operator';
}
