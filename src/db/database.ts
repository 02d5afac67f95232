import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { sqliteTranslate } from './text-search.js';

export type Engine = 'sqlite' | 'postgresql';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** Where the SQLite file lives (undefined on PostgreSQL). */
  readonly sqlitePath?: string;
  /** The raw SQLite connection, for the online backup API. */
  readonly sqlite?: SQLite.Database;
  close(): Promise<void>;
}

// int8 (count(*), bigint columns) as JavaScript numbers: every value we store fits.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

/**
 * Opens the database named by `url`: `postgres://…` for PostgreSQL, otherwise a SQLite file path
 * (or `:memory:`). SQLite runs in WAL mode with foreign keys on.
 */
export function openDatabase(url: string, options: { poolSize?: number } = {}): DatabaseHandle {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgresql', close: () => db.destroy() };
  }
  if (url !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(url)), { recursive: true });
  const sqlite = new SQLite(url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Refreshes the planner's statistics where they are missing or stale (cheap, bounded), as SQLite
  // advises for long-lived connections: without them the directory search picks a worse index.
  sqlite.pragma('optimize = 0x10002');
  // PostgreSQL's translate(), which the name searches use to ignore accents (text-search.ts).
  sqlite.function('translate', { deterministic: true }, sqliteTranslate);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    engine: 'sqlite',
    sqlite,
    sqlitePath: url === ':memory:' ? undefined : path.resolve(url),
    close: () => db.destroy(),
  };
}
