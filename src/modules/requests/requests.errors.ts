import { AppError } from '../../app/errors.js';

export class CommuneOutsideTerritoryError extends AppError {
  constructor(communeName: string, relaisName: string) {
    const message = `${communeName} n’est pas sur le territoire du ${relaisName} : adressez-vous au relais petite enfance de votre commune.`;
    super('commune_outside_territory', 400, message, { fields: [{ field: 'inseeCode', message }] });
  }
}

export class RequestClosedError extends AppError {
  constructor() {
    super('request_closed', 409, 'Cette demande est clôturée : rouvrez-la d’abord.');
  }
}

export class RequestOpenError extends AppError {
  constructor() {
    super('request_open', 409, 'Cette demande n’est pas clôturée.');
  }
}

export class NoEmailError extends AppError {
  constructor() {
    super(
      'request_without_email',
      409,
      'Cette demande n’a pas d’adresse e-mail : répondez par téléphone, puis clôturez-la.',
    );
  }
}
