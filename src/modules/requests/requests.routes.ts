import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import {
  answerInput,
  assignInput,
  closeInput,
  linkInput,
  publicRequestInput,
  requestDetailSchema,
  requestFormSchema,
  requestListSchema,
  requestParams,
  requestsQuery,
  slugParams,
  staffRequestInput,
} from './requests.schemas.js';
import {
  answerRequest,
  assignRequest,
  closeRequest,
  createFamilyFromRequest,
  createStaffRequest,
  getRequest,
  getRequestForm,
  linkRequest,
  listRequests,
  reopenRequest,
  submitPublicRequest,
} from './requests.usecases.js';

export const requestsRoutes: AppPlugin = async (app, ctx) => {
  const tags = ['demandes'];
  const base = '/api/relais/:relaisId/requests';
  const one = `${base}/:requestId`;

  app.get(
    '/api/public/relais/:slug/request-form',
    {
      schema: {
        tags: ['public'],
        summary: 'Ce que propose le formulaire de demande : communes du territoire et thèmes',
        params: slugParams,
        response: { 200: requestFormSchema },
      },
    },
    async (request) => getRequestForm(ctx, request.params.slug),
  );

  app.post(
    '/api/public/relais/:slug/requests',
    {
      config: { csrf: false, rateLimit: { max: ctx.config.authRateLimitPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary: 'Faire une demande au relais (confirmée par e-mail si une adresse est donnée)',
        params: slugParams,
        body: publicRequestInput,
        response: { 201: z.object({ message: z.string() }) },
      },
    },
    async (request, reply) => {
      await submitPublicRequest(ctx, request.params.slug, request.body);
      return reply.status(201).send({
        message: 'Votre demande a bien été envoyée. Le relais vous répondra dans les meilleurs délais.',
      });
    },
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Demandes reçues, des plus récentes aux plus anciennes (50 par page), et leur nombre par statut',
        params: relaisParams,
        querystring: requestsQuery,
        response: { 200: requestListSchema },
      },
    },
    async (request) => {
      const { page, ...filters } = request.query;
      return listRequests(ctx, request.actor, request.params.relaisId, filters, page);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Saisir une demande reçue par monenfant.fr, e-mail, téléphone ou à l’accueil',
        params: relaisParams,
        body: staffRequestInput,
        response: { 201: requestDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createStaffRequest(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.get(
    one,
    {
      schema: {
        tags,
        summary: 'Une demande, ses réponses et son historique',
        params: requestParams,
        response: { 200: requestDetailSchema },
      },
    },
    async (request) => getRequest(ctx, request.actor, request.params.relaisId, request.params.requestId),
  );

  app.post(
    `${one}/assign`,
    {
      schema: {
        tags,
        summary: 'Attribuer la demande à un membre de l’équipe (ou à personne)',
        params: requestParams,
        body: assignInput,
        response: { 200: requestDetailSchema },
      },
    },
    async (request) =>
      assignRequest(ctx, request.actor, request.params.relaisId, request.params.requestId, request.body.accountId),
  );

  app.post(
    `${one}/answers`,
    {
      schema: {
        tags,
        summary: 'Répondre par e-mail (le message est conservé ; la demande devient répondue)',
        params: requestParams,
        body: answerInput,
        response: { 201: requestDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await answerRequest(ctx, request.actor, request.params.relaisId, request.params.requestId, request.body.text),
        ),
  );

  app.post(
    `${one}/close`,
    {
      schema: {
        tags,
        summary: 'Clôturer la demande (suite donnée, note)',
        params: requestParams,
        body: closeInput,
        response: { 200: requestDetailSchema },
      },
    },
    async (request) =>
      closeRequest(ctx, request.actor, request.params.relaisId, request.params.requestId, request.body),
  );

  app.post(
    `${one}/reopen`,
    {
      schema: {
        tags,
        summary: 'Rouvrir une demande clôturée',
        params: requestParams,
        response: { 200: requestDetailSchema },
      },
    },
    async (request) => reopenRequest(ctx, request.actor, request.params.relaisId, request.params.requestId),
  );

  app.post(
    `${one}/link`,
    {
      schema: {
        tags,
        summary: 'Rattacher la demande à une famille ou à un·e assistant·e maternel·le connu·e (ou à personne)',
        params: requestParams,
        body: linkInput,
        response: { 200: requestDetailSchema },
      },
    },
    async (request) => linkRequest(ctx, request.actor, request.params.relaisId, request.params.requestId, request.body),
  );

  app.post(
    `${one}/family`,
    {
      schema: {
        tags,
        summary: 'Enregistrer la personne comme famille du relais et y rattacher la demande',
        params: requestParams,
        response: { 201: requestDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createFamilyFromRequest(ctx, request.actor, request.params.relaisId, request.params.requestId)),
  );
};
