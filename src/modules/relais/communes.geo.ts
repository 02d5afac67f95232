/**
 * Commune boundaries shipped with the app (assets/geo, Licence Ouverte / Etalab) and what we derive
 * from them: a centroid per commune, and distances between communes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Ring = [number, number][];
interface Feature {
  type: 'Feature';
  properties: { code: string; nom: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const GEO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/geo');
let features: Map<string, Feature> | undefined;

function load(): Map<string, Feature> {
  if (!features) {
    features = new Map();
    for (const file of fs.readdirSync(GEO_DIR).filter((f) => f.endsWith('.geojson'))) {
      const collection = JSON.parse(fs.readFileSync(path.join(GEO_DIR, file), 'utf8')) as { features: Feature[] };
      for (const f of collection.features) features.set(f.properties.code, f);
    }
  }
  return features;
}

export function communeFeature(inseeCode: string): Feature | undefined {
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

const centroids = new Map<string, [number, number] | null>();

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
