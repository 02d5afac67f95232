import { AppError } from '../../app/errors.js';

export class EmailTakenError extends AppError {
  constructor() {
    super('email_taken', 409, 'Un compte existe déjà avec cette adresse e-mail.', {
      fields: [{ field: 'email', message: 'Adresse déjà utilisée.' }],
    });
  }
}

export class RoleNotAssignableError extends AppError {
  constructor(role: string) {
    super('role_not_assignable', 403, `Vous ne pouvez pas attribuer ni modifier le rôle « ${role} ».`);
  }
}

export class PasswordRuleError extends AppError {
  constructor(message: string) {
    super('weak_password', 400, message, { fields: [{ field: 'password', message }] });
  }
}

export class SelfLockoutError extends AppError {
  constructor() {
    super('self_lockout', 409, 'Vous ne pouvez pas désactiver votre propre compte ni changer votre propre rôle.');
  }
}
