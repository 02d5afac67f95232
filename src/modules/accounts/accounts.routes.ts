import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import { accountParams, accountSchema, createAccountBody, updateAccountBody } from './accounts.schemas.js';
import { createAccount, listAccounts, updateAccount } from './accounts.usecases.js';

export const accountsRoutes: AppPlugin = async (app, ctx) => {
  app.get(
    '/api/relais/:relaisId/accounts',
    {
      schema: {
        tags: ['comptes'],
        summary: 'Comptes du relais',
        params: relaisParams,
        response: { 200: z.object({ accounts: z.array(accountSchema) }) },
      },
    },
    async (request) => ({ accounts: await listAccounts(ctx, request.actor, request.params.relaisId) }),
  );

  app.post(
    '/api/relais/:relaisId/accounts',
    {
      schema: {
        tags: ['comptes'],
        summary: 'Créer un compte',
        params: relaisParams,
        body: createAccountBody,
        response: { 201: accountSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAccount(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.patch(
    '/api/relais/:relaisId/accounts/:accountId',
    {
      schema: {
        tags: ['comptes'],
        summary: 'Modifier, désactiver ou réactiver un compte',
        params: accountParams,
        body: updateAccountBody,
        response: { 200: accountSchema },
      },
    },
    async (request) =>
      updateAccount(ctx, request.actor, request.params.relaisId, request.params.accountId, request.body),
  );
};
