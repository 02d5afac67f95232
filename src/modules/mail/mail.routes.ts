import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import { outboxItemSchema, outboxMessageSchema, outboxParams, outboxQuery } from './mail.schemas.js';
import { listOutbox, readOutboxMessage } from './mail.usecases.js';

export const mailRoutes: AppPlugin = async (app, ctx) => {
  app.get(
    '/api/relais/:relaisId/outbox',
    {
      schema: {
        tags: ['mail'],
        summary: "Boîte d'envoi du relais",
        params: relaisParams,
        querystring: outboxQuery,
        response: { 200: z.object({ transport: z.enum(['smtp', 'files']), messages: z.array(outboxItemSchema) }) },
      },
    },
    async (request) => ({
      transport: ctx.mailTransport.kind,
      messages: await listOutbox(ctx, request.actor, request.params.relaisId, request.query.limit),
    }),
  );

  app.get(
    '/api/relais/:relaisId/outbox/:messageId',
    {
      schema: {
        tags: ['mail'],
        summary: "Un message de la boîte d'envoi",
        params: outboxParams,
        response: { 200: outboxMessageSchema },
      },
    },
    async (request) => readOutboxMessage(ctx, request.actor, request.params.relaisId, request.params.messageId),
  );
};
