import { AppError } from '../../app/errors.js';

/** The offer is not in a status that allows this (already published, closed…). */
export class OfferStateError extends AppError {
  constructor(message: string) {
    super('job_offer_state', 409, message);
  }
}

export class AlreadyAnsweredError extends AppError {
  constructor() {
    super('job_offer_answered', 409, 'Vous avez déjà répondu à cette offre.');
  }
}
