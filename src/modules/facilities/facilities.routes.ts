import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import {
  facilitiesQuery,
  facilityInput,
  facilityParams,
  facilitySchema,
  houseInput,
  houseParams,
  houseSchema,
} from './facilities.schemas.js';
import { listFacilities, listHouses, saveFacility, saveHouse } from './facilities.usecases.js';

export const facilitiesRoutes: AppPlugin = async (app, ctx) => {
  const tags = ['offre d’accueil'];

  app.get(
    '/api/relais/:relaisId/facilities',
    {
      schema: {
        tags,
        summary: 'Établissements d’accueil collectif et services aux familles',
        params: relaisParams,
        querystring: facilitiesQuery,
        response: { 200: z.object({ facilities: z.array(facilitySchema) }) },
      },
    },
    async (request) => ({
      facilities: await listFacilities(
        ctx,
        request.actor,
        request.params.relaisId,
        request.query.includeClosed === 'true',
      ),
    }),
  );

  app.post(
    '/api/relais/:relaisId/facilities',
    {
      schema: {
        tags,
        summary: 'Ajouter un établissement ou un service',
        params: relaisParams,
        body: facilityInput,
        response: { 201: facilitySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await saveFacility(ctx, request.actor, request.params.relaisId, null, request.body)),
  );

  app.put(
    '/api/relais/:relaisId/facilities/:facilityId',
    {
      schema: {
        tags,
        summary: 'Modifier un établissement ou un service',
        params: facilityParams,
        body: facilityInput,
        response: { 200: facilitySchema },
      },
    },
    async (request) =>
      saveFacility(ctx, request.actor, request.params.relaisId, request.params.facilityId, request.body),
  );

  app.get(
    '/api/relais/:relaisId/childminder-houses',
    {
      schema: {
        tags,
        summary: 'Maisons d’assistants maternels (MAM)',
        params: relaisParams,
        response: { 200: z.object({ houses: z.array(houseSchema) }) },
      },
    },
    async (request) => ({ houses: await listHouses(ctx, request.actor, request.params.relaisId) }),
  );

  app.post(
    '/api/relais/:relaisId/childminder-houses',
    {
      schema: {
        tags,
        summary: 'Ajouter une MAM',
        params: relaisParams,
        body: houseInput,
        response: { 201: houseSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await saveHouse(ctx, request.actor, request.params.relaisId, null, request.body)),
  );

  app.put(
    '/api/relais/:relaisId/childminder-houses/:houseId',
    {
      schema: {
        tags,
        summary: 'Modifier une MAM',
        params: houseParams,
        body: houseInput,
        response: { 200: houseSchema },
      },
    },
    async (request) => saveHouse(ctx, request.actor, request.params.relaisId, request.params.houseId, request.body),
  );
};
