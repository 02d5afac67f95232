import { AppError } from '../../app/errors.js';

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('invalid_credentials', 401, 'Adresse e-mail ou mot de passe incorrect.');
  }
}

export class InvalidMagicLinkError extends AppError {
  constructor() {
    super(
      'invalid_magic_link',
      400,
      'Ce lien de connexion est invalide, a déjà servi ou a expiré. Demandez-en un nouveau.',
    );
  }
}

export class CsrfError extends AppError {
  constructor() {
    super('csrf', 403, 'La demande a été refusée par sécurité. Rechargez la page puis réessayez.');
  }
}
