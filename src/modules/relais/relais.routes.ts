import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { listPublicSites } from '../sites/sites.usecases.js';
import { searchCommunes } from './communes.reference.js';
import {
  addCommuneBody,
  communeParams,
  communeSchema,
  createRelaisBody,
  publicRelaisSchema,
  relaisParams,
  relaisSchema,
  slugParams,
  updateRelaisBody,
} from './relais.schemas.js';
import {
  addCommune,
  createRelais,
  getPublicRelais,
  getRelais,
  listCommunes,
  listPublicRelais,
  listRelais,
  removeCommune,
  updateRelais,
} from './relais.usecases.js';

export const relaisRoutes: AppPlugin = async (app, ctx) => {
  app.get(
    '/api/public/relais',
    {
      schema: {
        tags: ['public'],
        summary: 'Relais hébergés sur cette plateforme',
        response: {
          200: z.object({ relais: z.array(z.object({ slug: z.string(), name: z.string(), city: z.string() })) }),
        },
      },
    },
    async () => ({ relais: await listPublicRelais(ctx) }),
  );

  app.get(
    '/api/public/relais/:slug',
    {
      schema: {
        tags: ['public'],
        summary: "Page d'accueil publique d'un relais",
        params: slugParams,
        response: { 200: publicRelaisSchema },
      },
    },
    async (request) => {
      const relais = await getPublicRelais(ctx, request.params.slug);
      return { ...relais.card, communes: relais.communes, sites: await listPublicSites(ctx, relais.id) };
    },
  );

  app.get(
    '/api/reference/communes',
    {
      config: { rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary: 'Recherche de communes françaises (nom, code INSEE ou code postal)',
        querystring: z.object({ q: z.string().trim().min(2, { error: 'Au moins 2 caractères.' }).max(60) }),
        response: {
          200: z.object({
            communes: z.array(communeSchema.extend({ departement: z.string() })),
          }),
        },
      },
    },
    async (request) => ({ communes: searchCommunes(request.query.q) }),
  );

  app.get(
    '/api/relais',
    {
      schema: {
        tags: ['relais'],
        summary: 'Tous les relais (opérateur de la plateforme)',
        response: { 200: z.object({ relais: z.array(relaisSchema) }) },
      },
    },
    async (request) => ({ relais: await listRelais(ctx, request.actor) }),
  );

  app.post(
    '/api/relais',
    {
      schema: {
        tags: ['relais'],
        summary: 'Créer un relais (opérateur de la plateforme)',
        body: createRelaisBody,
        response: { 201: relaisSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createRelais(ctx, request.actor, request.body)),
  );

  app.get(
    '/api/relais/:relaisId',
    { schema: { tags: ['relais'], summary: 'Fiche du relais', params: relaisParams, response: { 200: relaisSchema } } },
    async (request) => getRelais(ctx, request.actor, request.params.relaisId),
  );

  app.patch(
    '/api/relais/:relaisId',
    {
      schema: {
        tags: ['relais'],
        summary: 'Modifier la fiche publique du relais',
        params: relaisParams,
        body: updateRelaisBody,
        response: { 200: relaisSchema },
      },
    },
    async (request) => updateRelais(ctx, request.actor, request.params.relaisId, request.body),
  );

  app.get(
    '/api/relais/:relaisId/communes',
    {
      schema: {
        tags: ['territoire'],
        summary: 'Communes du territoire',
        params: relaisParams,
        response: { 200: z.object({ communes: z.array(communeSchema) }) },
      },
    },
    async (request) => ({ communes: await listCommunes(ctx, request.actor, request.params.relaisId) }),
  );

  app.post(
    '/api/relais/:relaisId/communes',
    {
      schema: {
        tags: ['territoire'],
        summary: 'Ajouter une commune au territoire (code INSEE)',
        params: relaisParams,
        body: addCommuneBody,
        response: { 201: communeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addCommune(ctx, request.actor, request.params.relaisId, request.body.inseeCode)),
  );

  app.delete(
    '/api/relais/:relaisId/communes/:inseeCode',
    {
      schema: {
        tags: ['territoire'],
        summary: 'Retirer une commune du territoire',
        params: communeParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeCommune(ctx, request.actor, request.params.relaisId, request.params.inseeCode);
      return reply.status(204).send(null);
    },
  );
};
