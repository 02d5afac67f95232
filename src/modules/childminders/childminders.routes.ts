import { parisToday } from '../../app/clock.js';
import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import { childmindersWorkbook } from './childminders.export.js';
import {
  archiveBody,
  childminderDetailSchema,
  childminderInput,
  childminderListSchema,
  childminderParams,
  childminderSchema,
  createChildminderBody,
  exportQuery,
  listQuery,
  reactivateBody,
} from './childminders.schemas.js';
import {
  archiveChildminder,
  childmindersForExport,
  getChildminder,
  listChildminders,
  reactivateChildminder,
  registerChildminder,
  updateChildminder,
} from './childminders.usecases.js';

export const childmindersRoutes: AppPlugin = async (app, ctx) => {
  const base = '/api/relais/:relaisId/childminders';

  app.get(
    base,
    {
      schema: {
        tags: ['assistants maternels'],
        summary: 'Registre des assistant·es maternel·les (filtres, pagination)',
        params: relaisParams,
        querystring: listQuery,
        response: { 200: childminderListSchema },
      },
    },
    async (request) => listChildminders(ctx, request.actor, request.params.relaisId, request.query),
  );

  app.get(
    `${base}/export.xlsx`,
    {
      schema: {
        tags: ['assistants maternels'],
        summary: 'Export Excel du registre (mêmes filtres que la liste)',
        params: relaisParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const rows = await childmindersForExport(ctx, request.actor, request.params.relaisId, request.query);
      const file = await childmindersWorkbook(rows, 'Registre des assistants maternels');
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="assistants-maternels-${parisToday(ctx.clock)}.xlsx"`)
        .send(file);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags: ['assistants maternels'],
        summary: 'Enregistrer un·e assistant·e maternel·le',
        params: relaisParams,
        body: createChildminderBody,
        response: { 201: childminderSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerChildminder(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.get(
    `${base}/:childminderId`,
    {
      schema: {
        tags: ['assistants maternels'],
        summary: 'Fiche d’un·e assistant·e maternel·le et son historique',
        params: childminderParams,
        response: { 200: childminderDetailSchema },
      },
    },
    async (request) => getChildminder(ctx, request.actor, request.params.relaisId, request.params.childminderId),
  );

  app.put(
    `${base}/:childminderId`,
    {
      schema: {
        tags: ['assistants maternels'],
        summary: 'Modifier une fiche',
        params: childminderParams,
        body: childminderInput,
        response: { 200: childminderSchema },
      },
    },
    async (request) =>
      updateChildminder(ctx, request.actor, request.params.relaisId, request.params.childminderId, request.body),
  );

  app.post(
    `${base}/:childminderId/archive`,
    {
      schema: {
        tags: ['assistants maternels'],
        summary: 'Archiver (départ en retraite, déménagement, reconversion, retrait)',
        params: childminderParams,
        body: archiveBody,
        response: { 200: childminderSchema },
      },
    },
    async (request) =>
      archiveChildminder(ctx, request.actor, request.params.relaisId, request.params.childminderId, request.body),
  );

  app.post(
    `${base}/:childminderId/reactivate`,
    {
      schema: {
        tags: ['assistants maternels'],
        summary: 'Réactiver une fiche archivée (reprise d’activité)',
        params: childminderParams,
        body: reactivateBody,
        response: { 200: childminderSchema },
      },
    },
    async (request) =>
      reactivateChildminder(ctx, request.actor, request.params.relaisId, request.params.childminderId, request.body),
  );
};
