import type { AppPlugin } from '../../app/context.js';
import { TOPIC_KEYS } from './employer-help.schemas.js';
import {
  calcResultSchema,
  contactSimulationsParams,
  simulationInput,
  simulationListSchema,
  simulationParams,
  simulationSchema,
  TOPIC_INPUTS,
} from './employer-help.simulations.schemas.js';
import { TOPICS } from './employer-help.topics.js';
import {
  deleteSimulation,
  getSimulation,
  listSimulations,
  publicCalculation,
  publicSummaryPdf,
  saveSimulation,
  savedSimulationPdf,
} from './employer-help.usecases.js';

/**
 * The employer-help calculator (issue 7): one public route per topic (so that the OpenAPI document
 * carries each topic's exact body) and its printable summary, no account needed; and the
 * simulations staff save in a contact's file.
 */
export const employerHelpRoutes: AppPlugin = async (app, ctx) => {
  const publicTags = ['public', 'aide aux employeurs'];
  const tags = ['aide aux employeurs'];
  // A calculation writes nothing: the search routes' allowance, not the forms'.
  const calcLimit = { rateLimit: { max: ctx.config.searchRateLimitPerMinute, timeWindow: 60_000 } };

  for (const topic of TOPIC_KEYS) {
    const { title, summary } = TOPICS[topic];
    const body = TOPIC_INPUTS[topic];
    app.post(
      `/api/public/employer-help/${topic}`,
      {
        config: { csrf: false, ...calcLimit },
        schema: {
          tags: publicTags,
          summary: `Calcul : ${title}`,
          description: summary,
          body,
          response: { 200: calcResultSchema },
        },
      },
      async (request) => publicCalculation(topic, request.body),
    );

    app.post(
      `/api/public/employer-help/${topic}/summary.pdf`,
      {
        config: { csrf: false, ...calcLimit },
        schema: {
          tags: publicTags,
          summary: `Récapitulatif imprimable (PDF) : ${title}`,
          description: 'Le même calcul, avec les données saisies, chaque étape, les articles et les valeurs légales.',
          body,
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await publicSummaryPdf(ctx, topic, request.body);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(pdf);
      },
    );
  }

  const base = '/api/relais/:relaisId/contacts/:contactId/simulations';
  const one = `${base}/:simulationId`;

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Simulations enregistrées dans un contact, de la plus récente à la plus ancienne',
        params: contactSimulationsParams,
        response: { 200: simulationListSchema },
      },
    },
    async (request) => listSimulations(ctx, request.actor, request.params.relaisId, request.params.contactId),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Enregistrer une simulation dans un contact (calculée avec les règles du jour)',
        params: contactSimulationsParams,
        body: simulationInput,
        response: { 201: simulationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await saveSimulation(ctx, request.actor, request.params.relaisId, request.params.contactId, request.body),
        ),
  );

  app.get(
    one,
    {
      schema: {
        tags,
        summary: 'Une simulation enregistrée : ses données et son résultat tels qu’enregistrés',
        params: simulationParams,
        response: { 200: simulationSchema },
      },
    },
    async (request) =>
      getSimulation(ctx, request.actor, request.params.relaisId, request.params.contactId, request.params.simulationId),
  );

  app.get(
    `${one}/summary.pdf`,
    {
      schema: {
        tags,
        summary: 'Récapitulatif imprimable (PDF) d’une simulation enregistrée',
        params: simulationParams,
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await savedSimulationPdf(
        ctx,
        request.actor,
        request.params.relaisId,
        request.params.contactId,
        request.params.simulationId,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(pdf);
    },
  );

  app.delete(
    one,
    { schema: { tags, summary: 'Supprimer une simulation enregistrée', params: simulationParams } },
    async (request, reply) => {
      await deleteSimulation(
        ctx,
        request.actor,
        request.params.relaisId,
        request.params.contactId,
        request.params.simulationId,
      );
      return reply.status(204).send();
    },
  );
};
