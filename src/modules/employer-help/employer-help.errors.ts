import type { ZodError } from 'zod';
import { AppError, InvalidInputError, NotFoundError } from '../../app/errors.js';
import { LegalValuesUnavailableError } from './employer-help.legal-values.js';

export class SimulationNotFoundError extends NotFoundError {
  constructor() {
    super('Cette simulation est introuvable.');
  }
}

export class SimulationContactNotFoundError extends NotFoundError {
  constructor() {
    super('Ce contact est introuvable.');
  }
}

/** The calculation needs legal values the table does not have (a month before 2022). */
export class LegalValuesMissingError extends AppError {
  constructor(message: string) {
    super('legal_values_unavailable', 422, message);
  }
}

/** Every problem of a refused input, by field (`schedule.hoursPerWeek`), first one in the message. */
export function fieldProblems(error: ZodError, prefix: (string | number)[] = []) {
  return error.issues.map((issue) => ({
    field: [...prefix, ...issue.path].map(String).join('.') || '(ensemble)',
    message: issue.message,
  }));
}

export function invalidCalcInput(error: ZodError, prefix: (string | number)[] = []): InvalidInputError {
  const fields = fieldProblems(error, prefix);
  const first = fields[0];
  return new InvalidInputError(first ? `Donnée invalide — « ${first.field} » : ${first.message}` : 'Donnée invalide.', {
    fields,
  });
}

/** The rules' own refusal turned into a typed error the handler maps (422, French message). */
export function asAppError(error: unknown): unknown {
  if (error instanceof LegalValuesUnavailableError) return new LegalValuesMissingError(error.message);
  return error;
}
