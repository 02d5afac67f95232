import { AppError, InvalidInputError } from '../../app/errors.js';
import type { Problem } from './activities.rules.js';

/** The first problem in the message, all of them by field for the form. */
export function invalid(problems: Problem[]): never {
  throw new InvalidInputError(`Donnée incohérente — « ${problems[0]?.field} » : ${problems[0]?.message}`, {
    fields: problems,
  });
}

/** One problem, naming its field. */
export function invalidField(field: string, message: string): never {
  return invalid([{ field, message }]);
}

/** Registrations are not open (not yet, closed, or the session is cancelled). */
export class RegistrationClosedError extends AppError {
  constructor(message: string) {
    super('registration_closed', 409, message);
  }
}

export class AlreadyRegisteredError extends AppError {
  constructor(message = 'Vous êtes déjà inscrit·e à cette séance (ou sur sa liste d’attente).') {
    super('already_registered', 409, message);
  }
}

/** The session or the registration is not in a state that allows this (cancelled…). */
export class ActivityStateError extends AppError {
  constructor(message: string) {
    super('activity_state', 409, message);
  }
}
