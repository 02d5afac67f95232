/**
 * Backup and restore. On SQLite the backup is a consistent copy made with SQLite's online backup
 * API while the server runs; on PostgreSQL it is a portable JSON dump read in one
 * repeatable-read transaction. Restore reads either kind and loads it, in one transaction, into
 * the current database, whatever its engine (so a SQLite backup can also move a relais to
 * PostgreSQL).
 */
import fs from 'node:fs/promises';
import SQLite from 'better-sqlite3';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DatabaseHandle } from './database.js';
import { migrations } from './migrations/index.js';
import { TABLES_IN_ORDER, type Database } from './schema.js';

const FORMAT = 'relais-backup';
type Row = Record<string, unknown>;
type Tables = Record<string, Row[]>;

export class BackupError extends Error {}

export interface BackupSummary {
  file: string;
  kind: 'sqlite' | 'json';
  rows: number;
}

async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((r) => r.name);
}

async function readTables(db: Kysely<Database> | Transaction<Database>): Promise<Tables> {
  const tables: Tables = {};
  for (const table of TABLES_IN_ORDER) {
    // Rows in a stable order so that two dumps of the same data are identical: by every column, as
    // the first one alone is not unique in every table (contact_subject_link, relais_commune…).
    const first = (await sql<Row>`select * from ${sql.table(table)} limit 1`.execute(db)).rows[0];
    const columns = Object.keys(first ?? { id: null }).map((_, i) => i + 1);
    tables[table] = (
      await sql<Row>`select * from ${sql.table(table)} order by ${sql.raw(columns.join(', '))}`.execute(db)
    ).rows;
  }
  return tables;
}

function countRows(tables: Tables): number {
  return Object.values(tables).reduce((n, rows) => n + rows.length, 0);
}

export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<BackupSummary> {
  if (handle.engine === 'sqlite') {
    if (!handle.sqlite) throw new BackupError('Base SQLite indisponible.');
    await handle.sqlite.backup(file);
    const copy = new SQLite(file, { readonly: true });
    try {
      const rows = TABLES_IN_ORDER.reduce(
        (n, t) => n + (copy.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n,
        0,
      );
      return { file, kind: 'sqlite', rows };
    } finally {
      copy.close();
    }
  }
  const dump = await handle.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => ({
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(trx)).rows.map(
        (r) => r.name,
      ),
      tables: await readTables(trx),
    }));
  await fs.writeFile(file, JSON.stringify(dump));
  return { file, kind: 'json', rows: countRows(dump.tables) };
}

async function readBackup(file: string): Promise<{ migrations: string[]; tables: Tables }> {
  let header: Buffer;
  try {
    header = (await fs.readFile(file)).subarray(0, 16);
  } catch {
    throw new BackupError(`Fichier de sauvegarde introuvable : ${file}`);
  }
  if (header.toString('latin1') === 'SQLite format 3\u0000') {
    const source = new SQLite(file, { readonly: true });
    try {
      const names = (source.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map(
        (r) => r.name,
      );
      const tables: Tables = {};
      for (const table of TABLES_IN_ORDER)
        tables[table] = source.prepare(`select * from "${table}" order by 1`).all() as Row[];
      return { migrations: names, tables };
    } finally {
      source.close();
    }
  }
  let parsed: { format?: string; migrations?: string[]; tables?: Tables };
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8')) as typeof parsed;
  } catch {
    throw new BackupError("Ce fichier n'est pas une sauvegarde Relais (ni SQLite, ni JSON lisible).");
  }
  if (parsed.format !== FORMAT || !parsed.tables || !parsed.migrations) {
    throw new BackupError("Ce fichier JSON n'est pas une sauvegarde Relais.");
  }
  return { migrations: parsed.migrations, tables: parsed.tables };
}

/** Replaces every row of the current database with the backup's, atomically. */
export async function restoreDatabase(handle: DatabaseHandle, file: string): Promise<{ rows: number }> {
  const backup = await readBackup(file);
  const current = await appliedMigrations(handle.db);
  const known = Object.keys(migrations);
  if (backup.migrations.join() !== current.join() || current.join() !== known.join()) {
    throw new BackupError(
      `La sauvegarde (schéma ${backup.migrations.at(-1) ?? 'vide'}) et la base (schéma ${current.at(-1) ?? 'vide'}) ne sont pas au même schéma : lancez « relais migrate » puis réessayez avec une sauvegarde de la même version.`,
    );
  }
  await handle.db.transaction().execute(async (trx) => {
    for (const table of [...TABLES_IN_ORDER].reverse()) await trx.deleteFrom(table).execute();
    for (const table of TABLES_IN_ORDER) {
      const rows = backup.tables[table] ?? [];
      for (let i = 0; i < rows.length; i += 200) {
        // Rows come from a backup of the same schema version (checked above).
        const chunk = rows.slice(i, i + 200) as never;
        await trx.insertInto(table).values(chunk).execute();
      }
    }
  });
  return { rows: countRows(backup.tables) };
}

/** Every row of every table (for tests and checks). */
export async function snapshotTables(db: Kysely<Database>): Promise<Tables> {
  return readTables(db);
}
