import type { AppPlugin } from '../../app/context.js';
import { answerOffer, hideMyOffer, listMyOffers } from './job-offers.me.js';
import {
  editOffer,
  getOfferForm,
  offerByToken,
  renewOffer,
  submitOffer,
  verifyOffer,
  withdrawOffer,
} from './job-offers.public.js';
import {
  answerInput,
  audienceQuery,
  audienceSchema,
  jobOffersQuery,
  myOfferListSchema,
  myOfferParams,
  myOfferSchema,
  myOffersQuery,
  offerFormSchema,
  offerListSchema,
  offerNeedInput,
  offerParams,
  outcomeInput,
  parentEditInput,
  parentOfferSchema,
  publicOfferInput,
  publishInput,
  refuseInput,
  relaisParams,
  slugParams,
  staffOfferSchema,
  statisticsQuery,
  statisticsSchema,
  submittedSchema,
  tokenParams,
  withdrawInput,
} from './job-offers.schemas.js';
import {
  correctOffer,
  getOffer,
  listOffers,
  offerStatisticsOf,
  previewAudience,
  publishOffer,
  recordOutcome,
  refuseOffer,
} from './job-offers.usecases.js';

export const jobOffersRoutes: AppPlugin = async (app, ctx) => {
  const publicTags = ['public'];
  const tags = ['offres d’emploi'];
  const formLimit = { rateLimit: { max: ctx.config.authRateLimitPerMinute, timeWindow: 60_000 } };
  const link = '/api/public/job-offers/:token';
  const base = '/api/relais/:relaisId/job-offers';
  const one = `${base}/:offerId`;

  // -------------------------------------------------------------------------------------------
  // The parent, without an account.

  app.get(
    '/api/public/relais/:slug/job-offer-form',
    {
      schema: {
        tags: publicTags,
        summary: 'Ce que propose le formulaire d’offre d’emploi : communes du territoire et limites',
        params: slugParams,
        response: { 200: offerFormSchema },
      },
    },
    async (request) => getOfferForm(ctx, request.params.slug),
  );

  app.post(
    '/api/public/relais/:slug/job-offers',
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Déposer une offre d’emploi (un lien de confirmation est envoyé à l’adresse donnée)',
        params: slugParams,
        body: publicOfferInput,
        response: { 201: submittedSchema },
      },
    },
    async (request, reply) => {
      await submitOffer(ctx, request.params.slug, request.body, request.ip);
      return reply.status(201).send({
        message:
          'Votre offre est enregistrée. Confirmez-la avec le lien que nous venons de vous envoyer par e-mail : le relais la vérifiera ensuite avant de la diffuser.',
      });
    },
  );

  app.get(
    link,
    {
      schema: {
        tags: publicTags,
        summary: 'L’offre du parent, depuis son lien : son état, le nombre de réponses',
        params: tokenParams,
        response: { 200: parentOfferSchema },
      },
    },
    async (request) => offerByToken(ctx, request.params.token),
  );

  app.post(
    `${link}/verify`,
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Confirmer l’adresse e-mail : l’offre part en vérification au relais',
        params: tokenParams,
        response: { 200: parentOfferSchema },
      },
    },
    async (request) => verifyOffer(ctx, request.params.token, request.ip),
  );

  app.put(
    link,
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Modifier l’offre (une offre publiée repart en vérification au relais)',
        params: tokenParams,
        body: parentEditInput,
        response: { 200: parentOfferSchema },
      },
    },
    async (request) => editOffer(ctx, request.params.token, request.body, request.ip),
  );

  app.post(
    `${link}/renew`,
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Renouveler l’offre (publiée : prolongée ; expirée : repart en vérification)',
        params: tokenParams,
        response: { 200: parentOfferSchema },
      },
    },
    async (request) => renewOffer(ctx, request.params.token, request.ip),
  );

  app.post(
    `${link}/withdraw`,
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Retirer l’offre, en disant si un accueil a été trouvé',
        params: tokenParams,
        body: withdrawInput,
        response: { 200: parentOfferSchema },
      },
    },
    async (request) => withdrawOffer(ctx, request.params.token, request.body, request.ip),
  );

  // -------------------------------------------------------------------------------------------
  // Staff.

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'File des offres d’emploi par statut (50 par page) et leur nombre par statut',
        params: relaisParams,
        querystring: jobOffersQuery,
        response: { 200: offerListSchema },
      },
    },
    async (request) =>
      listOffers(ctx, request.actor, request.params.relaisId, request.query.status, request.query.page),
  );

  app.get(
    one,
    {
      schema: {
        tags,
        summary: 'Une offre d’emploi : le besoin, le parent, les destinataires, les réponses et l’historique',
        params: offerParams,
        response: { 200: staffOfferSchema },
      },
    },
    async (request) => getOffer(ctx, request.actor, request.params.relaisId, request.params.offerId),
  );

  app.put(
    one,
    {
      schema: {
        tags,
        summary: 'Corriger le besoin d’une offre en attente de vérification',
        params: offerParams,
        body: offerNeedInput,
        response: { 200: staffOfferSchema },
      },
    },
    async (request) => correctOffer(ctx, request.actor, request.params.relaisId, request.params.offerId, request.body),
  );

  app.get(
    `${one}/audience`,
    {
      schema: {
        tags,
        summary:
          'Les assistant·es maternel·les que l’offre atteindrait, classé·es, avec leurs raisons (rayon, exclusions et ajouts au choix)',
        params: offerParams,
        querystring: audienceQuery,
        response: { 200: audienceSchema },
      },
    },
    async (request) =>
      previewAudience(ctx, request.actor, request.params.relaisId, request.params.offerId, request.query),
  );

  app.post(
    `${one}/publish`,
    {
      schema: {
        tags,
        summary: 'Publier l’offre : un e-mail à chaque destinataire, enregistré avec son rang et ses raisons',
        params: offerParams,
        body: publishInput,
        response: { 200: staffOfferSchema },
      },
    },
    async (request) => publishOffer(ctx, request.actor, request.params.relaisId, request.params.offerId, request.body),
  );

  app.post(
    `${one}/refuse`,
    {
      schema: {
        tags,
        summary: 'Refuser l’offre, avec la raison envoyée au parent par e-mail',
        params: offerParams,
        body: refuseInput,
        response: { 200: staffOfferSchema },
      },
    },
    async (request) =>
      refuseOffer(ctx, request.actor, request.params.relaisId, request.params.offerId, request.body.reason),
  );

  app.post(
    `${one}/outcome`,
    {
      schema: {
        tags,
        summary: 'Enregistrer la suite : pourvue (assistant·e maternel·le, établissement), abandonnée, inconnue',
        params: offerParams,
        body: outcomeInput,
        response: { 200: staffOfferSchema },
      },
    },
    async (request) => recordOutcome(ctx, request.actor, request.params.relaisId, request.params.offerId, request.body),
  );

  app.get(
    '/api/relais/:relaisId/job-offer-statistics',
    {
      schema: {
        tags,
        summary: 'Statistiques des offres d’emploi : par commune et par mois, suites, besoins non satisfaits',
        params: relaisParams,
        querystring: statisticsQuery,
        response: { 200: statisticsSchema },
      },
    },
    async (request) => offerStatisticsOf(ctx, request.actor, request.params.relaisId, request.query),
  );

  // -------------------------------------------------------------------------------------------
  // The childminder, in her space.

  app.get(
    '/api/me/job-offers',
    {
      schema: {
        tags,
        summary: 'Les offres publiées qui me correspondent (ou toutes celles du relais)',
        querystring: myOffersQuery,
        response: { 200: myOfferListSchema },
      },
    },
    async (request) => listMyOffers(ctx, request.actor, request.query.scope),
  );

  app.post(
    '/api/me/job-offers/:offerId/answer',
    {
      schema: {
        tags,
        summary: 'Répondre « intéressée » : le message est transmis au parent par e-mail',
        params: myOfferParams,
        body: answerInput,
        response: { 201: myOfferSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await answerOffer(ctx, request.actor, request.params.offerId, request.body)),
  );

  app.post(
    '/api/me/job-offers/:offerId/hide',
    {
      schema: {
        tags,
        summary: 'Masquer une offre de ma liste',
        params: myOfferParams,
      },
    },
    async (request, reply) => {
      await hideMyOffer(ctx, request.actor, request.params.offerId);
      return reply.status(204).send();
    },
  );
};
