import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { contactBody, contactParams, directoryQuery, directorySchema, slugParams } from './directory.schemas.js';
import { directoryMap, relayContact, searchDirectory } from './directory.usecases.js';

export const directoryRoutes: AppPlugin = async (app, ctx) => {
  const tags = ['public'];

  app.get(
    '/api/public/relais/:slug/directory',
    {
      config: { rateLimit: { max: ctx.config.searchRateLimitPerMinute, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Annuaire public : places libres chez les assistant·es maternel·les, MAM et établissements',
        params: slugParams,
        querystring: directoryQuery,
        response: { 200: directorySchema },
      },
    },
    async (request) =>
      searchDirectory(ctx, request.params.slug, {
        ...request.query,
        days: request.query.days?.split(',').map(Number),
      }),
  );

  app.get(
    '/api/public/relais/:slug/map',
    {
      schema: {
        tags,
        summary: 'Communes du relais (GeoJSON) avec les places libres du jour',
        params: slugParams,
        response: {
          200: z.object({
            type: z.literal('FeatureCollection'),
            features: z.array(
              z.object({
                type: z.literal('Feature'),
                geometry: z.any(),
                properties: z.object({ code: z.string(), name: z.string(), freePlaces: z.number() }),
              }),
            ),
          }),
        },
      },
    },
    async (request) => directoryMap(ctx, request.params.slug),
  );

  app.post(
    '/api/public/relais/:slug/directory/childminders/:childminderId/contact',
    {
      config: { csrf: false, rateLimit: { max: ctx.config.authRateLimitPerMinute, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Écrire à une assistante maternelle (message relayé par e-mail)',
        params: contactParams,
        body: contactBody,
        response: { 202: z.object({ message: z.string() }) },
      },
    },
    async (request, reply) => {
      await relayContact(ctx, request.params.slug, request.params.childminderId, request.body);
      return reply
        .status(202)
        .send({ message: 'Votre message a été transmis. L’assistante maternelle vous répondra directement.' });
    },
  );
};
