import { AppError } from '../../app/errors.js';

/** A file that cannot be read: wrong format, corrupted, too big. Names the field of the request at fault. */
export class PmiFileError extends AppError {
  constructor(field: 'fileName' | 'contentBase64', message: string) {
    super('invalid_file', 400, message, { fields: [{ field, message }] });
  }
}

/** A column mapping that does not fit the file (a column that is not in it, a required one missing). */
export class PmiMappingError extends AppError {
  constructor(problems: { field: string; message: string }[]) {
    super(
      'invalid_mapping',
      400,
      `Correspondance des colonnes à revoir — « ${problems[0]?.field} » : ${problems[0]?.message}`,
      { fields: problems },
    );
  }
}

/** The register changed between the preview the user saw and the application. */
export class PmiPlanChangedError extends AppError {
  constructor() {
    super(
      'import_plan_changed',
      409,
      'Le registre a changé depuis l’aperçu : relancez l’aperçu et vérifiez-le avant d’appliquer l’import.',
    );
  }
}

/** Archiving everyone absent from a file where no row is valid would empty the register by mistake. */
export class PmiNoValidRowError extends AppError {
  constructor() {
    const message =
      'Aucune ligne du fichier n’est valide : les fiches absentes ne seront pas archivées. Vérifiez le fichier et la correspondance des colonnes.';
    super('import_no_valid_row', 400, message, {
      fields: [{ field: 'archiveMissing', message: 'Aucune ligne valide dans le fichier.' }],
    });
  }
}
