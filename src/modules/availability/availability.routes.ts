import type { AppPlugin } from '../../app/context.js';
import {
  accountLinkSchema,
  availabilitySchema,
  childminderParams,
  replaceAvailabilityBody,
} from './availability.schemas.js';
import {
  confirmAvailability,
  getAvailability,
  openChildminderSpace,
  ownChildminder,
  replaceAvailability,
} from './availability.usecases.js';

export const availabilityRoutes: AppPlugin = async (app, ctx) => {
  const tags = ['disponibilités'];
  const staff = '/api/relais/:relaisId/childminders/:childminderId';

  app.get(
    `${staff}/availability`,
    {
      schema: {
        tags,
        summary: 'Disponibilités d’un·e assistant·e maternel·le',
        params: childminderParams,
        response: { 200: availabilitySchema },
      },
    },
    async (request) => getAvailability(ctx, request.actor, request.params.relaisId, request.params.childminderId),
  );

  app.put(
    `${staff}/availability`,
    {
      schema: {
        tags,
        summary: 'Remplacer la grille des places disponibles',
        params: childminderParams,
        body: replaceAvailabilityBody,
        response: { 200: availabilitySchema },
      },
    },
    async (request) =>
      replaceAvailability(
        ctx,
        request.actor,
        request.params.relaisId,
        request.params.childminderId,
        request.body.slots,
      ),
  );

  app.post(
    `${staff}/availability/confirm`,
    {
      schema: {
        tags,
        summary: 'Confirmer que les disponibilités sont toujours vraies',
        params: childminderParams,
        response: { 200: availabilitySchema },
      },
    },
    async (request) => confirmAvailability(ctx, request.actor, request.params.relaisId, request.params.childminderId),
  );

  app.post(
    `${staff}/account`,
    {
      schema: {
        tags,
        summary: 'Ouvrir l’espace personnel de l’assistant·e maternel·le (compte et invitation)',
        params: childminderParams,
        response: { 200: accountLinkSchema },
      },
    },
    async (request) => openChildminderSpace(ctx, request.actor, request.params.relaisId, request.params.childminderId),
  );

  app.get(
    '/api/me/availability',
    {
      schema: {
        tags,
        summary: 'Mes disponibilités (assistant·e maternel·le connecté·e)',
        response: { 200: availabilitySchema },
      },
    },
    async (request) => {
      const own = await ownChildminder(ctx, request.actor);
      return getAvailability(ctx, request.actor, own.relaisId, own.childminderId);
    },
  );

  app.put(
    '/api/me/availability',
    {
      schema: {
        tags,
        summary: 'Mettre à jour mes disponibilités',
        body: replaceAvailabilityBody,
        response: { 200: availabilitySchema },
      },
    },
    async (request) => {
      const own = await ownChildminder(ctx, request.actor);
      return replaceAvailability(ctx, request.actor, own.relaisId, own.childminderId, request.body.slots);
    },
  );

  app.post(
    '/api/me/availability/confirm',
    {
      schema: {
        tags,
        summary: 'Confirmer en un clic que mes disponibilités sont toujours vraies',
        response: { 200: availabilitySchema },
      },
    },
    async (request) => {
      const own = await ownChildminder(ctx, request.actor);
      return confirmAvailability(ctx, request.actor, own.relaisId, own.childminderId);
    },
  );
};
