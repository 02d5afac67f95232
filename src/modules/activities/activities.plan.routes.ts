/**
 * The planner's routes: propose a rotation of sessions over a period, apply it (possibly edited).
 * Thin: the use cases check the policy (activities.configure) and the input.
 */
import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import { applyPlan, proposePlan } from './activities.plan.js';
import { appliedSchema, applyInput, proposalsSchema, proposeInput } from './activities.plan.schemas.js';

export const activityPlansRoutes: AppPlugin = async (app, ctx) => {
  const tags = ['activités — planification'];
  const base = '/api/relais/:relaisId/activity-plans';

  app.post(
    `${base}/propose`,
    {
      schema: {
        tags,
        summary:
          'Proposer une rotation de séances sur une période (communes au prorata des assistantes maternelles actives, jours des animatrices et des lieux) — rien n’est enregistré',
        params: relaisParams,
        body: proposeInput,
        response: { 200: proposalsSchema },
      },
    },
    async (request) => proposePlan(ctx, request.actor, request.params.relaisId, request.body),
  );

  app.post(
    `${base}/apply`,
    {
      schema: {
        tags,
        summary: 'Créer les séances d’une proposition (éventuellement corrigée), toutes ou aucune',
        params: relaisParams,
        body: applyInput,
        response: { 201: appliedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await applyPlan(ctx, request.actor, request.params.relaisId, request.body)),
  );
};
