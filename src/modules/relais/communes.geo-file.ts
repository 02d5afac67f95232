/**
 * What an operator may load as commune boundaries (`relais geo import`): a GeoJSON FeatureCollection
 * of communes, as published by geo.api.gouv.fr or gregoiredavid/france-geojson. Pure: text in, the
 * normalised collection or French messages out.
 */
import { z } from 'zod';
import type { CommuneFeature, Ring } from './communes.geo.js';

/** INSEE code of a commune: 5 digits, or 2A/2B and 3 digits in Corsica. */
export const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

interface Range {
  lon: [number, number];
  lat: [number, number];
  label: string;
}

/** Metropolitan France and Corsica, with a margin. */
export const METROPOLITAN_RANGE: Range = { lon: [-5.5, 10], lat: [41, 51.5], label: 'France métropolitaine' };
/**
 * Overseas départements (INSEE codes 971 to 976, and any other code starting with 97) lie on several
 * oceans: only valid WGS 84 coordinates are required of them.
 */
export const OVERSEAS_RANGE: Range = { lon: [-180, 180], lat: [-90, 90], label: 'outre-mer (WGS 84)' };

export function rangeOf(inseeCode: string): Range {
  return inseeCode.startsWith('97') ? OVERSEAS_RANGE : METROPOLITAN_RANGE;
}

const within = (value: number, [min, max]: [number, number]) => value >= min && value <= max;
const frNumber = (n: number) => String(n).replace('.', ',');

const position = z
  .array(z.number({ error: 'coordonnée non numérique' }), {
    error: 'position attendue sous la forme [longitude, latitude]',
  })
  .min(2, { error: 'position incomplète : [longitude, latitude] attendu' })
  .max(3, { error: 'position de plus de 3 nombres : [longitude, latitude] attendu' });

const ring = z
  .array(position, { error: 'anneau attendu (liste de positions)' })
  .min(4, { error: 'anneau de moins de 4 positions' })
  .refine(
    (r) => {
      if (r.length < 4) return true; // already reported
      const first = r[0]!;
      const last = r[r.length - 1]!;
      return first[0] === last[0] && first[1] === last[1];
    },
    { error: 'anneau non fermé (la dernière position doit répéter la première)' },
  );

const polygon = z.array(ring, { error: 'polygone attendu (liste d’anneaux)' }).min(1, { error: 'polygone vide' });

const geometry = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Polygon'), coordinates: polygon }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(polygon, { error: 'liste de polygones attendue' }).min(1, { error: 'MultiPolygon vide' }),
    }),
  ],
  {
    error: (issue) => {
      if (issue.input === undefined || issue.input === null) return 'géométrie manquante';
      const type = (issue.input as { type?: unknown }).type;
      return typeof type === 'string'
        ? `géométrie « ${type} » non prise en charge : Polygon ou MultiPolygon attendu`
        : 'géométrie sans type : Polygon ou MultiPolygon attendu';
    },
  },
);

const missingOr = (name: string, expected: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `propriété « ${name} » manquante` : `propriété « ${name} » : ${expected}`;

const feature = z
  .object(
    {
      type: z.literal('Feature', { error: 'objet de type « Feature » attendu' }),
      properties: z.object(
        {
          code: z.string({ error: missingOr('code', 'texte attendu (code INSEE)') }).regex(INSEE_CODE, {
            error: (issue) =>
              `code INSEE « ${String(issue.input)} » invalide : 5 caractères attendus, par exemple 85194 ou 2A004`,
          }),
          nom: z
            .string({ error: missingOr('nom', 'texte attendu (nom de la commune)') })
            .trim()
            .min(1, { error: 'propriété « nom » vide' }),
        },
        { error: 'propriétés « code » et « nom » manquantes' },
      ),
      geometry,
    },
    { error: 'objet GeoJSON « Feature » attendu' },
  )
  .superRefine((f, ctx) => {
    const range = rangeOf(f.properties.code);
    const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [p, rings_] of rings.entries()) {
      for (const [r, ring_] of rings_.entries()) {
        for (const [i, [lon, lat]] of ring_.entries()) {
          if (within(lon!, range.lon) && within(lat!, range.lat)) continue;
          const swapped = within(lat!, range.lon) && within(lon!, range.lat);
          ctx.addIssue({
            code: 'custom',
            path: ['geometry', 'coordinates', ...(f.geometry.type === 'Polygon' ? [] : [p]), r, i],
            message:
              `position [${lon}, ${lat}] hors de la zone plausible (${range.label} : longitude entre ` +
              `${frNumber(range.lon[0])} et ${frNumber(range.lon[1])}, latitude entre ${frNumber(range.lat[0])} ` +
              `et ${frNumber(range.lat[1])})${swapped ? ' ; longitude et latitude inversées ?' : ''}`,
          });
          return; // One position out of range is enough to reject the commune.
        }
      }
    }
  });

const collection = z.object(
  {
    type: z.literal('FeatureCollection', { error: 'objet GeoJSON « FeatureCollection » attendu' }),
    features: z
      .array(feature, { error: 'liste « features » manquante' })
      .min(1, { error: 'aucune commune dans le fichier (liste « features » vide)' }),
  },
  { error: 'objet GeoJSON « FeatureCollection » attendu' },
);

export interface CommuneCollection {
  type: 'FeatureCollection';
  features: CommuneFeature[];
}

export type GeoFileResult = { ok: true; collection: CommuneCollection } | { ok: false; problems: string[] };

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 10;

function pathText(path: PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/**
 * Validates the text of a GeoJSON file of commune boundaries. Each problem names the feature
 * (`features[i]`, 0-based as in the file, with its code when readable) and what is wrong.
 * The result keeps only what Relais uses: `code`, `nom` and [longitude, latitude] positions.
 */
export function parseCommuneBoundaries(text: string): GeoFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`le fichier n’est pas du JSON valide (${error instanceof Error ? error.message : String(error)})`],
    };
  }
  const parsed = collection.safeParse(json, { error: z.locales.fr().localeError });
  if (!parsed.success) {
    const features = (json as { features?: unknown } | null)?.features;
    const problems = parsed.error.issues.map((issue) => {
      const [first, index, ...rest] = issue.path;
      if (first !== 'features' || typeof index !== 'number') {
        return issue.path.length ? `${pathText(issue.path)} : ${issue.message}` : issue.message;
      }
      const code = (Array.isArray(features) ? features[index] : undefined)?.properties?.code;
      const where = `features[${index}]${typeof code === 'string' && code ? ` (code ${code})` : ''}`;
      return `${where}${rest.length ? ` ${pathText(rest)}` : ''} : ${issue.message}`;
    });
    return { ok: false, problems };
  }
  const flat = (r: number[][]): Ring => r.map(([lon, lat]) => [lon!, lat!]);
  return {
    ok: true,
    collection: {
      type: 'FeatureCollection',
      features: parsed.data.features.map((f) => ({
        type: 'Feature',
        properties: { code: f.properties.code, nom: f.properties.nom },
        geometry:
          f.geometry.type === 'Polygon'
            ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(flat) }
            : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(flat)) },
      })),
    },
  };
}

/** The problems as one French message, for the command line. */
export function geoFileProblemsText(problems: string[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `\n  - ${p}`);
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return (
    `Fichier de limites communales refusé, rien n’a été écrit (${problems.length} problème${problems.length > 1 ? 's' : ''}) :` +
    listed.join('') +
    (more > 0 ? `\n  - … et ${more} autre${more > 1 ? 's' : ''}` : '')
  );
}
