import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { auditEventSchema, auditQuery, relaisParams } from './audit.schemas.js';
import { listAudit } from './audit.usecases.js';

export const auditRoutes: AppPlugin = async (app, ctx) => {
  app.get(
    '/api/relais/:relaisId/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "Journal d'audit du relais (accès et modifications des données personnelles)",
        params: relaisParams,
        querystring: auditQuery,
        response: { 200: z.object({ events: z.array(auditEventSchema) }) },
      },
    },
    async (request) => ({
      events: await listAudit(ctx, request.actor, request.params.relaisId, request.query),
    }),
  );
};
