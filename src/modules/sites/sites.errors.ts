import { AppError } from '../../app/errors.js';

export class CommuneOutsideTerritoryError extends AppError {
  constructor(inseeCode: string) {
    super(
      'commune_outside_territory',
      400,
      `La commune ${inseeCode} ne fait pas partie du territoire du relais : ajoutez-la d'abord au territoire.`,
      { fields: [{ field: 'inseeCode', message: 'Commune hors du territoire du relais.' }] },
    );
  }
}
