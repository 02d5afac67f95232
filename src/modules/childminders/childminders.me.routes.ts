import type { AppPlugin } from '../../app/context.js';
import { myFilePatchBody, myFileSchema } from './childminders.me.schemas.js';
import { correctMyFile, getMyFile } from './childminders.me.usecases.js';

/** A childminder's own file, in her space (signed in by magic link). */
export const myChildminderFileRoutes: AppPlugin = async (app, ctx) => {
  const tags = ['assistants maternels'];

  app.get(
    '/api/me/childminder',
    {
      schema: {
        tags,
        summary: 'Ma fiche (assistant·e maternel·le connecté·e)',
        response: { 200: myFileSchema },
      },
    },
    async (request) => getMyFile(ctx, request.actor),
  );

  app.patch(
    '/api/me/childminder',
    {
      schema: {
        tags,
        summary: 'Corriger ma fiche : coordonnées, choix de publication, accueils proposés',
        body: myFilePatchBody,
        response: { 200: myFileSchema },
      },
    },
    async (request) => correctMyFile(ctx, request.actor, request.body),
  );
};
