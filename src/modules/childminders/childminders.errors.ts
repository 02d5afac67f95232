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
