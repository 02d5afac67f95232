import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import {
  applyImportBody,
  applyResultSchema,
  IMPORT_BODY_LIMIT,
  importFileBody,
  previewSchema,
} from './pmi-import.schemas.js';
import { applyPmiImport, previewPmiImport } from './pmi-import.usecases.js';

export const pmiImportRoutes: AppPlugin = async (app, ctx) => {
  const base = '/api/relais/:relaisId/imports/pmi';

  app.post(
    `${base}/preview`,
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['assistants maternels'],
        summary: 'Aperçu de l’import de la liste PMI des agréments (.xlsx ou .csv en base64) : rien n’est modifié',
        params: relaisParams,
        body: importFileBody,
        response: { 200: previewSchema },
      },
    },
    async (request) => previewPmiImport(ctx, request.actor, request.params.relaisId, request.body),
  );

  app.post(
    `${base}/apply`,
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['assistants maternels'],
        summary: 'Appliquer l’import de la liste PMI (même fichier, en une transaction ; lignes rejetées ignorées)',
        params: relaisParams,
        body: applyImportBody,
        response: { 200: applyResultSchema },
      },
    },
    async (request) => applyPmiImport(ctx, request.actor, request.params.relaisId, request.body),
  );
};
