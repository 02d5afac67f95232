import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyServerOptions } from 'fastify';
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
import { registerWebApp } from './web-app.js';

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
    // One line per request, when it is answered (method, address, status, time), instead of two.
    disableRequestLogging: true,
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
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:', 'blob:'],
        'worker-src': ["'self'", 'blob:'],
      },
    },
  });
  // Pages and JSON compressed for the browsers that ask (a long directory page is 5–10 times
  // smaller); the built assets are compressed once at build time and served as they are.
  await app.register(compress, { encodings: ['br', 'gzip'] });
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

  await registerWebApp(app, deps.webRoot ?? path.join(projectRoot, 'dist/web'));

  return app as unknown as AppInstance;
}
