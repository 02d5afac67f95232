import { AppError } from '../../app/errors.js';

export class ChildminderRuleError extends AppError {
  constructor(problems: { field: string; message: string }[]) {
    super('invalid_childminder', 400, `Fiche incohérente — « ${problems[0]?.field} » : ${problems[0]?.message}`, {
      fields: problems,
    });
  }
}

export class ChildminderStatusError extends AppError {
  constructor(message: string) {
    super('childminder_status', 409, message);
  }
}

/** The childminder tried to change, in her space, a field kept by the PMI or by the relais. */
export class LockedFieldError extends AppError {
  constructor(problems: { field: string; message: string }[]) {
    super(
      'field_not_editable',
      400,
      `Renseignement non modifiable — « ${problems[0]?.field} » : ${problems[0]?.message}`,
      { fields: problems },
    );
  }
}

/** What the childminder wrote in her space is incomplete (a phone to publish, an e-mail…). */
export class SelfFileError extends AppError {
  constructor(problems: { field: string; label: string; message: string }[]) {
    super('invalid_own_file', 400, `À corriger — ${problems[0]?.label} : ${problems[0]?.message}`, {
      fields: problems.map(({ field, message }) => ({ field, message })),
    });
  }
}
