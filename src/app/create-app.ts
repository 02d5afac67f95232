import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/database.js';
import { transportFromConfig, type MailTransport } from '../modules/mail/mail.transport.js';
import type { JobRunner } from '../modules/jobs/jobs.runner.js';
import { registerAuthHooks } from './auth-hooks.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import type { AppContext, AppInstance } from './context.js';
import { frameworkErrors, registerErrorHandler } from './error-handler.js';
import { registerInputGuard } from './input-guard.js';
import { createJobRunner } from './jobs.js';
import { MODULES } from './modules.js';
import { databaseRateLimitStore } from './rate-limit-store.js';

z.config(z.locales.fr());

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  mailTransport?: MailTransport;
  logger?: FastifyServerOptions['logger'];
  instanceId?: string;
  /** Folder of the built web app; defaults to dist/web of the project. */
  webRoot?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    jobs: JobRunner;
  }
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the whole application around the given dependencies; `listen` is the caller's. */
export async function createApp(deps: AppDeps): Promise<AppInstance> {
  const ctx: AppContext = {
    db: deps.database.db,
    engine: deps.database.engine,
    config: deps.config,
    clock: deps.clock ?? systemClock,
    mailTransport: deps.mailTransport ?? transportFromConfig(deps.config),
    instanceId: deps.instanceId ?? crypto.randomUUID(),
  };

  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: true,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('ctx', ctx);
  app.decorate('jobs', createJobRunner(ctx, app.log));
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:', 'blob:'],
        'worker-src': ["'self'", 'blob:'],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(ctx.db, ctx.clock),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: {
        code: 'too_many_requests',
        message: `Trop de tentatives. Merci de réessayer dans ${Math.ceil(context.ttl / 1000)} secondes.`,
      },
    }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Relais',
        description: 'API de Relais, le système d’information des RPE',
        version: deps.config.version,
      },
    },
    transform: jsonSchemaTransform,
  });
  registerAuthHooks(app, ctx);
  registerInputGuard(app);

  for (const module of MODULES) await app.register(async (scope) => module(scope as unknown as AppInstance, ctx));

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = deps.webRoot ?? path.join(projectRoot, 'dist/web');
  const indexHtml = path.join(webRoot, 'index.html');
  if (fs.existsSync(indexHtml)) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      // scripts/compress-web.mjs wrote a .br and a .gz beside each text asset at build time.
      preCompressed: true,
      setHeaders: (reply: FastifyReply, file: string) => {
        // Hashed file names: a new build gets new names, so browsers may keep these for a year.
        if (path.basename(path.dirname(file)) === 'assets') {
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        }
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'not_found', message: "Cette adresse n'existe pas." } });
    }
    if (!fs.existsSync(indexHtml)) {
      return reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="fr"><title>Relais</title><p>L’interface web n’est pas construite : lancez <code>npm run build</code>.</p></html>',
        );
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });

  return app as unknown as AppInstance;
}
