/**
 * Commune boundaries shipped with the app (assets/geo, Licence Ouverte / Etalab) or loaded by an
 * operator (GEO_DIR), and what we derive from them: a centroid per commune, distances between communes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Position = [number, number];
export type Ring = Position[];
export interface CommuneFeature {
  type: 'Feature';
  properties: { code: string; nom: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** The boundaries shipped with the app (read-only). */
export const ASSETS_GEO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/geo');
/** Boundaries loaded by an operator (`relais geo import`, config `GEO_DIR`), read after the assets. */
let extraGeoDir: string | undefined;
let features: Map<string, CommuneFeature> | undefined;
const centroids = new Map<string, [number, number] | null>();

/**
 * Also reads the `*.geojson` files of `dir` (when it exists), after those of `assets/geo`. Called once
 * where the process starts (the `relais` command, hence the server too); forgets what was loaded.
 */
export function setExtraGeoDir(dir: string | undefined): void {
  extraGeoDir = dir;
  resetGeoCache();
}

/** Forgets the loaded boundaries: the next use reads the files again (tests; the server reads once). */
export function resetGeoCache(): void {
  features = undefined;
  centroids.clear();
}

function geojsonFilesOf(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Every `*.geojson` of `assets/geo`, then of the extra directory, each in name order; when two
 * files hold the same INSEE code, the last one read wins (so an operator's file replaces the assets).
 */
function load(): Map<string, CommuneFeature> {
  if (!features) {
    const files = geojsonFilesOf(ASSETS_GEO_DIR);
    if (extraGeoDir && fs.existsSync(extraGeoDir)) files.push(...geojsonFilesOf(extraGeoDir));
    const loaded = new Map<string, CommuneFeature>();
    for (const file of files) {
      let collection: { features: CommuneFeature[] };
      try {
        collection = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: CommuneFeature[] };
      } catch (error) {
        throw new Error(
          `Fichier de limites communales illisible : ${file} (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      for (const f of collection.features) loaded.set(f.properties.code, f);
    }
    features = loaded;
  }
  return features;
}

export function communeFeature(inseeCode: string): CommuneFeature | undefined {
  return load().get(inseeCode);
}

/** Area-weighted centroid of polygons (outer rings), in [longitude, latitude]. */
export function centroidOf(polygons: Ring[][]): [number, number] {
  let area = 0;
  let x = 0;
  let y = 0;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      const cross = xj * yi - xi * yj;
      area += cross;
      x += (xj + xi) * cross;
      y += (yj + yi) * cross;
    }
  }
  if (area === 0) {
    const first = polygons[0]?.[0]?.[0];
    return first ? [first[0], first[1]] : [0, 0];
  }
  return [x / (3 * area), y / (3 * area)];
}

export function communeCentroid(inseeCode: string): [number, number] | null {
  if (!centroids.has(inseeCode)) {
    const f = communeFeature(inseeCode);
    const polygons = !f ? null : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    centroids.set(inseeCode, polygons ? centroidOf(polygons) : null);
  }
  return centroids.get(inseeCode) ?? null;
}

/** Great-circle distance in kilometres between two [longitude, latitude] points. */
export function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance between the centres of two communes, or null when one has no known boundary. */
export function communeDistanceKm(from: string, to: string): number | null {
  const a = communeCentroid(from);
  const b = communeCentroid(to);
  return a && b ? distanceKm(a, b) : null;
}
