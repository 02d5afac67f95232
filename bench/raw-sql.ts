/**
 * The limit of the public directory search: its two SQL statements (the page of the nearest
 * matching childminders, then their matching places), compiled by the repository functions the
 * server uses, run straight on the driver: better-sqlite3 with statements prepared once (one
 * connection, synchronous), or a pg pool with as many connections as autocannon opens. No HTTP,
 * no Kysely at run time, none of the request's other queries (relais, communes, MAM, facilities).
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { parisToday, systemClock } from '../src/app/clock.js';
import { openDatabase, type Engine } from '../src/db/database.js';
import { childminderPageQuery, placesQuery } from '../src/modules/directory/directory.repository.js';
import { DIRECTORY_PAGE_SIZE } from '../src/modules/directory/directory.usecases.js';
import { percentile } from './load.js';
import { DIRECTORY_NEED } from './scenarios.js';

export interface RawSearchResult {
  engine: Engine;
  /** Which relais: the dataset's `slug` or `largestSlug`. */
  search: string;
  slug: string;
  /** Childminders answering the need in that relais (the page holds at most 50). */
  matching: number;
  searches: number;
  searchesPerSec: number;
  latencyMs: { p50: number; p95: number; p99: number };
}

interface Compiled {
  sql: string;
  parameters: readonly unknown[];
}

async function compile(databaseUrl: string, slug: string, commune: string) {
  const database = openDatabase(databaseUrl, { poolSize: 1 });
  try {
    const db = database.db;
    const relais = await db.selectFrom('relais').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    const centre = await db
      .selectFrom('relais_commune')
      .select(['latitude', 'longitude'])
      .where('relais_id', '=', relais.id)
      .where('insee_code', '=', commune)
      .executeTakeFirstOrThrow();
    const { radiusKm, ...need } = DIRECTORY_NEED;
    const fullNeed = { ...need, startDate: parisToday(systemClock) };
    const origin =
      centre.latitude === null || centre.longitude === null
        ? undefined
        : { latitude: centre.latitude, longitude: centre.longitude, radiusKm };
    const page = childminderPageQuery(db, relais.id, fullNeed, origin, DIRECTORY_PAGE_SIZE);
    const rows = await page.execute();
    const ids = rows.map((row) => row.id);
    return {
      page: page.compile() as Compiled,
      places: placesQuery(db, relais.id, fullNeed, origin, ids).compile() as Compiled,
      matching: rows.length === 0 ? 0 : Number(rows[0]!.total),
    };
  } finally {
    await database.close();
  }
}

export async function measureRawSearch(
  engine: Engine,
  databaseUrl: string,
  search: { name: string; slug: string; commune: string },
  settings: { duration: number; connections: number },
): Promise<RawSearchResult> {
  const { page, places, matching } = await compile(databaseUrl, search.slug, search.commune);
  const times: number[] = [];
  const deadline = performance.now() + settings.duration * 1000;
  if (engine === 'sqlite') {
    const sqlite = new SQLite(databaseUrl, { readonly: true });
    try {
      const pageStatement = sqlite.prepare(page.sql);
      const placesStatement = sqlite.prepare(places.sql);
      while (performance.now() < deadline) {
        const started = performance.now();
        pageStatement.all(...page.parameters);
        placesStatement.all(...places.parameters);
        times.push(performance.now() - started);
      }
    } finally {
      sqlite.close();
    }
  } else {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: settings.connections });
    try {
      const worker = async () => {
        while (performance.now() < deadline) {
          const started = performance.now();
          await pool.query(page.sql, [...page.parameters]);
          await pool.query(places.sql, [...places.parameters]);
          times.push(performance.now() - started);
        }
      };
      await Promise.all(Array.from({ length: settings.connections }, worker));
    } finally {
      await pool.end();
    }
  }
  return {
    engine,
    search: search.name,
    slug: search.slug,
    matching,
    searches: times.length,
    searchesPerSec: times.length / settings.duration,
    latencyMs: { p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99) },
  };
}
