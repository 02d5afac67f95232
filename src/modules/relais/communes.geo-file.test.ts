import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoFileProblemsText, MAX_LISTED_PROBLEMS, parseCommuneBoundaries } from './communes.geo-file.js';
import { ASSETS_GEO_DIR } from './communes.geo.js';

/** A small square around [lon, lat], closed. */
function square(lon: number, lat: number, half = 0.05): number[][] {
  return [
    [lon - half, lat - half],
    [lon + half, lat - half],
    [lon + half, lat + half],
    [lon - half, lat + half],
    [lon - half, lat - half],
  ];
}

function commune(code: unknown, nom: unknown, geometry: unknown) {
  return { type: 'Feature', properties: { code, nom }, geometry };
}

const nantes = commune('44109', 'Nantes', { type: 'Polygon', coordinates: [square(-1.55, 47.22)] });
const text = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

function problemsOf(input: string): string[] {
  const result = parseCommuneBoundaries(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('a GeoJSON file of commune boundaries', () => {
  it('accepts communes as Polygon or MultiPolygon, in metropolitan France, Corsica and overseas', () => {
    const result = parseCommuneBoundaries(
      text(
        { ...nantes, properties: { code: '44109', nom: 'Nantes', extra: 'ignorée' }, id: 7 },
        commune('2A004', 'Ajaccio', {
          type: 'MultiPolygon',
          coordinates: [[square(8.74, 41.93)], [square(8.6, 41.9)]],
        }),
        commune('97411', 'Saint-Denis', { type: 'Polygon', coordinates: [square(55.45, -20.88)] }),
        commune('97611', 'Mamoudzou', { type: 'Polygon', coordinates: [square(45.2, -12.78).map((p) => [...p, 12])] }),
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.collection.features.map((f) => f.properties)).toEqual([
      { code: '44109', nom: 'Nantes' },
      { code: '2A004', nom: 'Ajaccio' },
      { code: '97411', nom: 'Saint-Denis' },
      { code: '97611', nom: 'Mamoudzou' },
    ]);
    // Only [longitude, latitude] is kept.
    const mamoudzou = result.collection.features[3]!.geometry;
    expect(mamoudzou.type === 'Polygon' && mamoudzou.coordinates[0]!.every((p) => p.length === 2)).toBe(true);
  });

  it('accepts the Vendée file shipped with the app', () => {
    const shipped = fs.readFileSync(`${ASSETS_GEO_DIR}/communes-85-vendee.geojson`, 'utf8');
    const result = parseCommuneBoundaries(shipped);
    expect(result.ok && result.collection.features.length).toBe(267);
  });

  it('names the feature and the missing property', () => {
    const { properties: _p, ...noProperties } = nantes;
    expect(
      problemsOf(
        text(
          nantes,
          commune(undefined, 'Sans code', nantes.geometry),
          commune('44190', undefined, nantes.geometry),
          noProperties,
        ),
      ),
    ).toEqual([
      'features[1] properties.code : propriété « code » manquante',
      'features[2] (code 44190) properties.nom : propriété « nom » manquante',
      'features[3] properties : propriétés « code » et « nom » manquantes',
    ]);
  });

  it('refuses an INSEE code that is not 5 characters long', () => {
    expect(problemsOf(text(commune('4410', 'Nantes', nantes.geometry)))).toEqual([
      'features[0] (code 4410) properties.code : code INSEE « 4410 » invalide : 5 caractères attendus, par exemple 85194 ou 2A004',
    ]);
    expect(problemsOf(text(commune(44109, 'Nantes', nantes.geometry)))[0]).toContain(
      'propriété « code » : texte attendu',
    );
  });

  it('refuses geometries other than polygons, and malformed rings', () => {
    const problems = problemsOf(
      text(
        commune('44109', 'Nantes', { type: 'Point', coordinates: [-1.55, 47.22] }),
        commune('44109', 'Nantes', null),
        commune('44109', 'Nantes', {
          type: 'Polygon',
          coordinates: [
            [
              [-1.5, 47.2],
              [-1.6, 'nord'],
              [-1.6, 47.3],
              [-1.5, 47.2],
            ],
          ],
        }),
        commune('44109', 'Nantes', { type: 'Polygon', coordinates: [square(-1.55, 47.22).slice(0, 4)] }),
        commune('44109', 'Nantes', { type: 'MultiPolygon', coordinates: [] }),
      ),
    );
    expect(problems).toEqual([
      'features[0] (code 44109) geometry.type : géométrie « Point » non prise en charge : Polygon ou MultiPolygon attendu',
      'features[1] (code 44109) geometry : géométrie manquante',
      'features[2] (code 44109) geometry.coordinates[0][1][1] : coordonnée non numérique',
      'features[3] (code 44109) geometry.coordinates[0] : anneau non fermé (la dernière position doit répéter la première)',
      'features[4] (code 44109) geometry.coordinates : MultiPolygon vide',
    ]);
  });

  it('refuses positions outside France, and suggests swapped coordinates', () => {
    const [swapped, outside] = problemsOf(
      text(
        commune('44109', 'Nantes', { type: 'Polygon', coordinates: [square(47.22, -1.55)] }),
        commune('44109', 'Nantes', {
          type: 'MultiPolygon',
          coordinates: [[square(-1.55, 47.22)], [square(13.4, 52.5)]],
        }),
        // Overseas: any WGS 84 position, but still a valid one.
        commune('97411', 'Saint-Denis', { type: 'Polygon', coordinates: [square(55.45, -20.88)] }),
      ),
    );
    expect(swapped).toBe(
      'features[0] (code 44109) geometry.coordinates[0][0] : position [47.17, -1.6] hors de la zone plausible (France métropolitaine : longitude entre -5,5 et 10, latitude entre 41 et 51,5) ; longitude et latitude inversées ?',
    );
    expect(outside).toMatch(
      /^features\[1\] \(code 44109\) geometry\.coordinates\[1\]\[0\]\[0\] : position \[13\.35, 52\.45\] hors de la zone plausible/,
    );
    expect(outside).not.toContain('inversées');
    const polar = [
      [55.4, -95],
      [55.5, -95],
      [55.5, -94.9],
      [55.4, -95],
    ];
    expect(problemsOf(text(commune('97411', 'Saint-Denis', { type: 'Polygon', coordinates: [polar] })))).toEqual([
      'features[0] (code 97411) geometry.coordinates[0][0] : position [55.4, -95] hors de la zone plausible (outre-mer (WGS 84) : longitude entre -180 et 180, latitude entre -90 et 90) ; longitude et latitude inversées ?',
    ]);
  });

  it('refuses what is not a FeatureCollection of communes', () => {
    expect(problemsOf('{"type": "FeatureCollection",')).toEqual([
      expect.stringMatching(/^le fichier n’est pas du JSON valide \(/),
    ]);
    expect(problemsOf('[]')).toEqual(['objet GeoJSON « FeatureCollection » attendu']);
    expect(problemsOf(JSON.stringify(nantes))).toEqual([
      'type : objet GeoJSON « FeatureCollection » attendu',
      'features : liste « features » manquante',
    ]);
    expect(problemsOf(text())).toEqual(['features : aucune commune dans le fichier (liste « features » vide)']);
  });

  it('lists at most ten problems in one French message', () => {
    const many = problemsOf(text(...Array.from({ length: 12 }, () => commune('X', 'Nantes', nantes.geometry))));
    const message = geoFileProblemsText(many);
    expect(message).toMatch(
      /^Fichier de limites communales refusé, rien n’a été écrit \(12 problèmes\) :\n {2}- features\[0\]/,
    );
    expect(message.split('\n')).toHaveLength(1 + MAX_LISTED_PROBLEMS + 1);
    expect(message).toMatch(/… et 2 autres$/);
  });
});
