import { AppError, InvalidInputError } from '../../app/errors.js';
import type { Problem } from './contacts.rules.js';

export class UnknownCommuneCodeError extends AppError {
  constructor(inseeCode: string) {
    super('unknown_commune', 400, `Le code INSEE ${inseeCode} ne correspond à aucune commune française.`);
  }
}

export class SubjectLabelTakenError extends AppError {
  constructor(label: string) {
    super('subject_taken', 409, `Le thème « ${label} » existe déjà.`);
  }
}

/** The first problem in the message, all of them by field for the form. */
export function invalidContact(problems: Problem[]): never {
  throw new InvalidInputError(`Donnée incohérente — « ${problems[0]?.field} » : ${problems[0]?.message}`, {
    fields: problems,
  });
}
