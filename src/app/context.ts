import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Engine } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { MailTransport } from '../modules/mail/mail.transport.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';

/**
 * What the application is made of, built once by `createApp`. Routes hand use cases only the
 * pieces they need (a use case names its own narrow dependency type).
 */
export interface AppContext {
  db: Kysely<Database>;
  engine: Engine;
  config: Config;
  clock: Clock;
  mailTransport: MailTransport;
  /** Identifies this process among several sharing one database. */
  instanceId: string;
}

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A feature module: registers its routes against the shared context. */
export type AppPlugin = (app: AppInstance, ctx: AppContext) => Promise<void>;
