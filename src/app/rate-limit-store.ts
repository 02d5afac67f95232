import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Clock } from './clock.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

// The plugin passes its own options to the constructor and route options (with `routeInfo`) to `child`.
type StoreOptions = object & { routeInfo?: { method?: string | string[]; url?: string } };

/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so that several
 * instances behind a load balancer share them. One upsert per request: a new window starts
 * when the previous one has ended.
 */
export function databaseRateLimitStore(db: Kysely<Database>, clock: Clock) {
  return class DatabaseRateLimitStore {
    private readonly prefix: string;

    constructor(options: StoreOptions = {}) {
      this.prefix = options.routeInfo ? `${options.routeInfo.method} ${options.routeInfo.url}|` : 'global|';
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = clock.now().getTime();
      const fullKey = this.prefix + key;
      db.insertInto('rate_limit')
        .values({ key: fullKey, hits: 1, window_ends_at: now + timeWindow })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            hits: eb
              .case()
              .when('rate_limit.window_ends_at', '<=', now)
              .then(1)
              .else(eb('rate_limit.hits', '+', 1))
              .end(),
            window_ends_at: eb
              .case()
              .when('rate_limit.window_ends_at', '<=', now)
              .then(now + timeWindow)
              .else(eb.ref('rate_limit.window_ends_at'))
              .end(),
          })),
        )
        .returning(['hits', 'window_ends_at'])
        .executeTakeFirstOrThrow()
        .then((row) => callback(null, { current: row.hits, ttl: Math.max(0, Number(row.window_ends_at) - now) }))
        .catch((error: unknown) => callback(error as Error));
    }

    read(key: string, callback: Callback): void {
      const now = clock.now().getTime();
      db.selectFrom('rate_limit')
        .select(['hits', 'window_ends_at'])
        .where('key', '=', this.prefix + key)
        .executeTakeFirst()
        .then((row) =>
          callback(
            null,
            !row || Number(row.window_ends_at) <= now
              ? { current: 0, ttl: 0 }
              : { current: row.hits, ttl: Number(row.window_ends_at) - now },
          ),
        )
        .catch((error: unknown) => callback(error as Error));
    }

    child(routeOptions: object) {
      return new DatabaseRateLimitStore(routeOptions as StoreOptions);
    }
  };
}

/** Forgets windows that ended (run by a scheduled job). */
export async function purgeRateLimits(db: Kysely<Database>, clock: Clock): Promise<void> {
  await db.deleteFrom('rate_limit').where('window_ends_at', '<=', clock.now().getTime()).execute();
}
