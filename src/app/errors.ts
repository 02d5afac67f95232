/**
 * Typed errors: a stable code, an HTTP status and a French message a user can read.
 * Use cases throw them; one error handler turns them into answers.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotAuthenticatedError extends AppError {
  constructor(message = 'Vous devez vous connecter pour accéder à cette page.') {
    super('not_authenticated', 401, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Vous n'avez pas les droits nécessaires pour cette action.") {
    super('forbidden', 403, message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "L'élément demandé est introuvable.") {
    super('not_found', 404, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('conflict', 409, message, details);
  }
}

export class InvalidInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid_input', 400, message, details);
  }
}
