import { AppError } from '../../app/errors.js';

export class UnknownCommuneError extends AppError {
  constructor(inseeCode: string) {
    super('unknown_commune', 400, `Le code INSEE ${inseeCode} ne correspond à aucune commune actuelle.`, {
      fields: [{ field: 'inseeCode', message: 'Code INSEE inconnu.' }],
    });
  }
}

export class SlugTakenError extends AppError {
  constructor(slug: string) {
    super('slug_taken', 409, `L'identifiant « ${slug} » est déjà utilisé par un autre relais.`, {
      fields: [{ field: 'slug', message: 'Identifiant déjà utilisé.' }],
    });
  }
}

export class CommuneAlreadyCoveredError extends AppError {
  constructor(name: string) {
    super('commune_already_covered', 409, `La commune ${name} fait déjà partie du territoire de ce relais.`);
  }
}

export class CommuneInUseError extends AppError {
  constructor(name: string, sites: number) {
    super(
      'commune_in_use',
      409,
      `La commune ${name} a encore ${sites} lieu(x) actif(s) : archivez-les avant de la retirer du territoire.`,
    );
  }
}

export class InvalidGeoFileError extends AppError {
  constructor(message: string) {
    super('invalid_geo_file', 400, message);
  }
}

export class GeoDirUnwritableError extends AppError {
  constructor(dir: string, reason: string) {
    super('geo_dir_unwritable', 500, `Impossible d’écrire dans le dossier des limites communales ${dir} (${reason}).`);
  }
}
