import { AppError, InvalidInputError } from '../../app/errors.js';
import type { Problem } from './appointments.rules.js';

/** The slot was taken by someone else between the moment it was shown and the booking. */
export class SlotTakenError extends AppError {
  constructor() {
    super('slot_taken', 409, 'Ce créneau vient d’être réservé par quelqu’un d’autre. Merci d’en choisir un autre.');
  }
}

/** The slot exists no more (closure, notice passed, permanence changed) or never did. */
export class SlotUnavailableError extends AppError {
  constructor(message = 'Ce créneau n’est pas ou plus disponible. Merci d’en choisir un autre.') {
    super('slot_unavailable', 409, message);
  }
}

export class AppointmentClosedError extends AppError {
  constructor(message: string) {
    super('appointment_closed', 409, message);
  }
}

export class InUseError extends AppError {
  constructor(message: string) {
    super('in_use', 409, message);
  }
}

export class LabelTakenError extends AppError {
  constructor(label: string) {
    super('label_taken', 409, `Le motif « ${label} » existe déjà.`);
  }
}

/** The first problem in the message, all of them by field for the form. */
export function invalid(problems: Problem[]): never {
  throw new InvalidInputError(`Donnée incohérente — « ${problems[0]?.field} » : ${problems[0]?.message}`, {
    fields: problems,
  });
}
