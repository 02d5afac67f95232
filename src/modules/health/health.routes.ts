import { sql } from 'kysely';
import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';

export const healthRoutes: AppPlugin = async (app, ctx) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['plateforme'],
        summary: 'État du service',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['sqlite', 'postgresql']),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ok' as const, database: ctx.engine, version: ctx.config.version };
    },
  );
};
