/**
 * Loading the commune boundaries of another département (`relais geo import`): the file is
 * validated, stored in GEO_DIR (read by `communes.geo.ts` after the assets, at the next start), and
 * the centre of each of its communes is written to every territory that covers it, so that the
 * directory computes distances in SQL.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { geoFileProblemsText, parseCommuneBoundaries, type CommuneCollection } from './communes.geo-file.js';
import { centroidOf } from './communes.geo.js';
import { GeoDirUnwritableError, InvalidGeoFileError } from './relais.errors.js';
import { listAllCommunesOfTerritories, setCentreOfCommune } from './relais.repository.js';

export interface GeoImportDeps {
  db: Kysely<Database>;
  /** Where operators' boundaries live (config `GEO_DIR`). */
  geoDir: string;
}

export interface GeoImportResult {
  /** The file written in GEO_DIR (replaced when it existed). */
  file: string;
  /** Communes (distinct INSEE codes) in the file. */
  communes: number;
  /** Communes of territories that now have a centre, and the relais they belong to. */
  relaisCommunes: number;
  relais: number;
}

/** `communes-44-loire-atlantique.geojson` stays as is; `44.json` becomes `44.geojson`. */
export function storedFileName(source: string): string {
  return `${path.basename(source).replace(/\.(?:geo)?json$/i, '')}.geojson`;
}

/** Reads and validates a file of commune boundaries; throws a French message, touches nothing. */
export function readCommuneBoundaries(source: string): CommuneCollection {
  let text: string;
  try {
    text = fs.readFileSync(source, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'Fichier introuvable' : 'Lecture impossible du fichier';
    throw new InvalidGeoFileError(`${reason} : ${source}.`);
  }
  const parsed = parseCommuneBoundaries(text);
  if (!parsed.ok) throw new InvalidGeoFileError(geoFileProblemsText(parsed.problems));
  return parsed.collection;
}

/**
 * Stores validated boundaries as `GEO_DIR/<fileName>` and the centre of each of their communes in
 * every territory covering it, in one transaction.
 */
export async function importCommuneBoundaries(
  deps: GeoImportDeps,
  collection: CommuneCollection,
  fileName: string,
): Promise<GeoImportResult> {
  // One centre per INSEE code; when a code appears twice, the last feature wins, as in the loader.
  const centres = new Map<string, [number, number]>();
  for (const f of collection.features) {
    centres.set(
      f.properties.code,
      centroidOf(f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates),
    );
  }

  const target = path.join(deps.geoDir, fileName);
  return deps.db.transaction().execute(async (trx) => {
    const covered = (await listAllCommunesOfTerritories(trx)).filter((row) => centres.has(row.insee_code));
    for (const code of new Set(covered.map((row) => row.insee_code))) {
      await setCentreOfCommune(trx, code, centres.get(code)!);
    }
    // Written last, inside the transaction: if the file cannot be written, no centre is kept either.
    // Through a temporary name (ignored by the loader, which reads `*.geojson`) then renamed.
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(deps.geoDir, { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify(collection));
      fs.renameSync(temporary, target);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw new GeoDirUnwritableError(deps.geoDir, error instanceof Error ? error.message : String(error));
    }
    return {
      file: target,
      communes: centres.size,
      relaisCommunes: covered.length,
      relais: new Set(covered.map((row) => row.relais_id)).size,
    };
  });
}
