import type { AppPlugin } from '../../app/context.js';
import { createKind, listKinds, updateKind } from './activities.kinds.js';
import { listMyActivities, myActivityHistory, registerMe, unregisterMe } from './activities.me.js';
import { cancelByToken, publicProgramme, registerParent } from './activities.public.js';
import {
  activitiesQuery,
  activityDetailSchema,
  activityInput,
  activityListSchema,
  activityParams,
  activityUpdateInput,
  cancelInput,
  kindInput,
  kindListSchema,
  kindParams,
  kindSchema,
  kindUpdateInput,
  messageSchema,
  moveInput,
  myActivityListSchema,
  myActivityParams,
  myActivitySchema,
  myHistorySchema,
  myRegistrationInput,
  myRegistrationSchema,
  programmeQuery,
  publicActivityParams,
  publicRegisteredSchema,
  publicRegistrationInput,
  registrationParams,
  registrationSchema,
  relaisParams,
  slugParams,
  staffRegistrationInput,
  tokenParams,
} from './activities.schemas.js';
import {
  cancelActivity,
  createActivity,
  editActivity,
  getActivity,
  listActivities,
  moveActivity,
  registerByStaff,
  unregisterByStaff,
} from './activities.usecases.js';

export const activitiesRoutes: AppPlugin = async (app, ctx) => {
  const tags = ['temps collectifs'];
  const publicTags = ['public'];
  const formLimit = { rateLimit: { max: ctx.config.authRateLimitPerMinute, timeWindow: 60_000 } };
  const kinds = '/api/relais/:relaisId/activity-kinds';
  const base = '/api/relais/:relaisId/activities';
  const one = `${base}/:activityId`;

  // -------------------------------------------------------------------------------------------
  // Staff: kinds.

  app.get(
    kinds,
    {
      schema: {
        tags,
        summary: 'Types d’activités du relais (les types intégrés sont créés à la première lecture)',
        params: relaisParams,
        response: { 200: kindListSchema },
      },
    },
    async (request) => listKinds(ctx, request.actor, request.params.relaisId),
  );

  app.post(
    kinds,
    {
      schema: {
        tags,
        summary: 'Ajouter un type d’activité (public, capacités et durée par défaut)',
        params: relaisParams,
        body: kindInput,
        response: { 201: kindSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createKind(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.put(
    `${kinds}/:kindId`,
    {
      schema: {
        tags,
        summary: 'Modifier ou archiver un type d’activité',
        params: kindParams,
        body: kindUpdateInput,
        response: { 200: kindSchema },
      },
    },
    async (request) => updateKind(ctx, request.actor, request.params.relaisId, request.params.kindId, request.body),
  );

  // -------------------------------------------------------------------------------------------
  // Staff: sessions.

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Programme des séances (par date, commune, type, statut ; 400 jours au plus)',
        params: relaisParams,
        querystring: activitiesQuery,
        response: { 200: activityListSchema },
      },
    },
    async (request) => listActivities(ctx, request.actor, request.params.relaisId, request.query),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Créer une séance (capacités et durée par défaut du type)',
        params: relaisParams,
        body: activityInput,
        response: { 201: activityDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createActivity(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.get(
    one,
    {
      schema: {
        tags,
        summary: 'Une séance : ses inscrit·es, sa liste d’attente et son historique',
        params: activityParams,
        response: { 200: activityDetailSchema },
      },
    },
    async (request) => getActivity(ctx, request.actor, request.params.relaisId, request.params.activityId),
  );

  app.put(
    one,
    {
      schema: {
        tags,
        summary: 'Modifier une séance (une capacité plus grande attribue les places à la liste d’attente)',
        params: activityParams,
        body: activityUpdateInput,
        response: { 200: activityDetailSchema },
      },
    },
    async (request) =>
      editActivity(ctx, request.actor, request.params.relaisId, request.params.activityId, request.body),
  );

  app.post(
    `${one}/move`,
    {
      schema: {
        tags,
        summary: 'Déplacer une séance (lieu, date, horaires) : chaque inscrit·e est prévenu·e par e-mail',
        params: activityParams,
        body: moveInput,
        response: { 200: activityDetailSchema },
      },
    },
    async (request) =>
      moveActivity(ctx, request.actor, request.params.relaisId, request.params.activityId, request.body),
  );

  app.post(
    `${one}/cancel`,
    {
      schema: {
        tags,
        summary: 'Annuler une séance, avec le motif : chaque inscrit·e est prévenu·e par e-mail',
        params: activityParams,
        body: cancelInput,
        response: { 200: activityDetailSchema },
      },
    },
    async (request) =>
      cancelActivity(ctx, request.actor, request.params.relaisId, request.params.activityId, request.body.reason),
  );

  app.post(
    `${one}/registrations`,
    {
      schema: {
        tags,
        summary: 'Inscrire quelqu’un par téléphone (une assistante maternelle du relais, ou un parent)',
        params: activityParams,
        body: staffRegistrationInput,
        response: { 201: registrationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await registerByStaff(ctx, request.actor, request.params.relaisId, request.params.activityId, request.body),
        ),
  );

  app.post(
    `${one}/registrations/:registrationId/cancel`,
    {
      schema: {
        tags,
        summary: 'Annuler une inscription (les places libérées vont à la liste d’attente)',
        params: registrationParams,
        response: { 200: activityDetailSchema },
      },
    },
    async (request) =>
      unregisterByStaff(
        ctx,
        request.actor,
        request.params.relaisId,
        request.params.activityId,
        request.params.registrationId,
      ),
  );

  // -------------------------------------------------------------------------------------------
  // The childminder, in her space.

  app.get(
    '/api/me/activities',
    {
      schema: {
        tags,
        summary: 'Le programme de mon relais (séances ouvertes aux assistant·es maternel·les) et mes inscriptions',
        querystring: programmeQuery,
        response: { 200: myActivityListSchema },
      },
    },
    async (request) => listMyActivities(ctx, request.actor, request.query),
  );

  app.post(
    '/api/me/activities/:activityId/registrations',
    {
      schema: {
        tags,
        summary: 'M’inscrire à une séance avec les enfants que j’accueille (liste d’attente si complète)',
        params: myActivityParams,
        body: myRegistrationInput,
        response: { 201: myRegistrationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerMe(ctx, request.actor, request.params.activityId, request.body)),
  );

  app.post(
    '/api/me/activities/:activityId/cancel',
    {
      schema: {
        tags,
        summary: 'Me désinscrire d’une séance (ou quitter sa liste d’attente)',
        params: myActivityParams,
        response: { 200: myActivitySchema },
      },
    },
    async (request) => unregisterMe(ctx, request.actor, request.params.activityId),
  );

  app.get(
    '/api/me/activity-history',
    {
      schema: {
        tags,
        summary: 'Mes participations aux temps collectifs (relevées par le relais), par année',
        response: { 200: myHistorySchema },
      },
    },
    async (request) => myActivityHistory(ctx, request.actor),
  );

  // -------------------------------------------------------------------------------------------
  // Public.

  app.get(
    '/api/public/relais/:slug/activities',
    {
      schema: {
        tags: publicTags,
        summary: 'Programme public des temps collectifs du relais',
        params: slugParams,
        querystring: programmeQuery,
        response: { 200: activityListSchema },
      },
    },
    async (request) => publicProgramme(ctx, request.params.slug, request.query),
  );

  app.post(
    '/api/public/relais/:slug/activities/:activityId/registrations',
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Inscription d’un parent à une séance ouverte aux parents (lien de désinscription par e-mail)',
        params: publicActivityParams,
        body: publicRegistrationInput,
        response: { 201: publicRegisteredSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await registerParent(ctx, request.params.slug, request.params.activityId, request.body, request.ip)),
  );

  app.post(
    '/api/public/activity-registrations/:token/cancel',
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Désinscription d’un parent par le lien reçu par e-mail',
        params: tokenParams,
        response: { 200: messageSchema },
      },
    },
    async (request) => cancelByToken(ctx, request.params.token, request.ip),
  );
};
