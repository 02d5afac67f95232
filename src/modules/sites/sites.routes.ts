import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import { siteInput, siteParams, siteSchema, sitesQuery } from './sites.schemas.js';
import { createSite, listSites, setSiteArchived, updateSite } from './sites.usecases.js';

export const sitesRoutes: AppPlugin = async (app, ctx) => {
  app.get(
    '/api/relais/:relaisId/sites',
    {
      schema: {
        tags: ['territoire'],
        summary: 'Lieux du relais (siège, lieux d’animation et de permanence)',
        params: relaisParams,
        querystring: sitesQuery,
        response: { 200: z.object({ sites: z.array(siteSchema) }) },
      },
    },
    async (request) => ({
      sites: await listSites(ctx, request.actor, request.params.relaisId, request.query.includeArchived === 'true'),
    }),
  );

  app.post(
    '/api/relais/:relaisId/sites',
    {
      schema: {
        tags: ['territoire'],
        summary: 'Créer un lieu',
        params: relaisParams,
        body: siteInput,
        response: { 201: siteSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSite(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.put(
    '/api/relais/:relaisId/sites/:siteId',
    {
      schema: {
        tags: ['territoire'],
        summary: 'Modifier un lieu',
        params: siteParams,
        body: siteInput,
        response: { 200: siteSchema },
      },
    },
    async (request) => updateSite(ctx, request.actor, request.params.relaisId, request.params.siteId, request.body),
  );

  app.post(
    '/api/relais/:relaisId/sites/:siteId/archive',
    {
      schema: { tags: ['territoire'], summary: 'Archiver un lieu', params: siteParams, response: { 200: siteSchema } },
    },
    async (request) => setSiteArchived(ctx, request.actor, request.params.relaisId, request.params.siteId, true),
  );

  app.post(
    '/api/relais/:relaisId/sites/:siteId/restore',
    {
      schema: {
        tags: ['territoire'],
        summary: 'Réactiver un lieu archivé',
        params: siteParams,
        response: { 200: siteSchema },
      },
    },
    async (request) => setSiteArchived(ctx, request.actor, request.params.relaisId, request.params.siteId, false),
  );
};
