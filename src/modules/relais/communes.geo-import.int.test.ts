import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAvailabilitySlot, makeChildminder, makeRelais } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { openTestDatabase, testEngine } from '../../../tests/support/test-database.js';
import { setExtraGeoDir } from './communes.geo.js';

const bin = path.resolve('bin/relais.mjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-geo-import-'));
/** Does not exist yet: the import creates it. */
const geoDir = path.join(work, 'geo');
let databaseUrl: string;
let t: TestApp;
let relais: { id: string; slug: string };

function relaisCommand(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: work, GEO_DIR: geoDir, RELAIS_PASSWORD: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A square of 0.1° around Nantes (lon -1.55, lat 47.22), as a file of geo.api.gouv.fr would hold it. */
function nantesFile(name: string, position: (lon: number, lat: number) => [number, number] = (lon, lat) => [lon, lat]) {
  const ring = [
    [-1.6, 47.17],
    [-1.5, 47.17],
    [-1.5, 47.27],
    [-1.6, 47.27],
    [-1.6, 47.17],
  ].map(([lon, lat]) => position(lon!, lat!));
  const file = path.join(work, name);
  fs.writeFileSync(
    file,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '44109', nom: 'Nantes' },
          geometry: { type: 'Polygon', coordinates: [ring] },
        },
      ],
    }),
  );
  return file;
}

/** Read straight from the database, not through the code under test. */
async function centresOf(inseeCode: string) {
  return t.db
    .selectFrom('relais_commune')
    .select(['relais_id', 'longitude', 'latitude'])
    .where('insee_code', '=', inseeCode)
    .orderBy('relais_id')
    .execute();
}

async function withFreePlace(inseeCode: string, lastName: string) {
  const am = await makeChildminder(t.db, relais.id, inseeCode, { lastName });
  await makeAvailabilitySlot(t.db, relais.id, am.id);
}

async function searchFromNantes() {
  const r = await t.app.inject({ url: `/api/public/relais/${relais.slug}/directory?commune=44109&radiusKm=30` });
  expect(r.statusCode, r.body).toBe(200);
  return (r.json() as { childminders: { name: string; distanceKm: number | null }[] }).childminders;
}

async function mapCodes() {
  const r = await t.app.inject({ url: `/api/public/relais/${relais.slug}/map` });
  expect(r.statusCode, r.body).toBe(200);
  return (r.json() as { features: { properties: { code: string }; geometry: { type: string } }[] }).features;
}

beforeAll(async () => {
  // The loader of this process starts from the shipped boundaries only (Vendée).
  setExtraGeoDir(undefined);
  const database = await openTestDatabase();
  databaseUrl = database.url;
  t = await createTestApp({ database });
  relais = await makeRelais(t.db, {
    slug: 'relais-nantes',
    communes: [
      { inseeCode: '44109', name: 'Nantes' },
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
    ],
  });
  await makeRelais(t.db, { communes: [{ inseeCode: '44109', name: 'Nantes' }] });
  await withFreePlace('44109', 'NANTAISE');
  await withFreePlace('85191', 'YONNAISE');
});

afterAll(async () => {
  setExtraGeoDir(undefined);
  await t.close();
  await t.database.close();
});

describe(`relais geo import on ${testEngine()}`, () => {
  it('starts with no centre, no distance and no map for a commune outside Vendée', async () => {
    expect(await centresOf('44109')).toEqual([
      expect.objectContaining({ longitude: null, latitude: null }),
      expect.objectContaining({ longitude: null, latitude: null }),
    ]);
    const found = await searchFromNantes();
    expect(found.map((c) => [c.name, c.distanceKm]).sort()).toEqual([
      ['Anne NANTAISE', null],
      ['Anne YONNAISE', null],
    ]);
    expect((await mapCodes()).map((f) => f.properties.code)).toEqual(['85191']);
  });

  it('refuses a bad file with a French message naming the feature, and writes nothing', async () => {
    const swapped = relaisCommand(
      'geo',
      'import',
      nantesFile('inversé.geojson', (lon, lat) => [lat, lon]),
    );
    expect(swapped.code).toBe(1);
    expect(swapped.err).toMatch(/^Erreur : Fichier de limites communales refusé, rien n’a été écrit \(1 problème\)/);
    expect(swapped.err).toContain('features[0] (code 44109) geometry.coordinates[0][0] : position [47.17, -1.6]');
    expect(swapped.err).toContain('longitude et latitude inversées ?');
    expect(swapped.err).not.toMatch(/\n\s+at /);
    expect(swapped.out).toBe('');

    const absent = relaisCommand('geo', 'import', path.join(work, 'absent.geojson'));
    expect(absent.code).toBe(1);
    expect(absent.err).toMatch(/^Erreur : Fichier introuvable : .*absent\.geojson/);

    expect(fs.existsSync(geoDir)).toBe(false);
    expect((await centresOf('44109')).every((c) => c.latitude === null && c.longitude === null)).toBe(true);
  });

  it('stores the file in GEO_DIR and the centre of the commune in every relais covering it', async () => {
    const imported = relaisCommand('geo', 'import', nantesFile('communes-44-nantes.json'));
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain(
      `Limites de 1 commune chargées dans ${path.join(geoDir, 'communes-44-nantes.geojson')}`,
    );
    expect(imported.out).toContain('Centre enregistré pour 2 communes de relais (2 relais).');
    expect(imported.out).toContain('Redémarrez le serveur');

    const stored = JSON.parse(fs.readFileSync(path.join(geoDir, 'communes-44-nantes.geojson'), 'utf8'));
    expect(stored.features.map((f: { properties: unknown }) => f.properties)).toEqual([
      { code: '44109', nom: 'Nantes' },
    ]);
    const centres = await centresOf('44109');
    expect(centres).toHaveLength(2);
    for (const c of centres) {
      expect(c.longitude).toBeCloseTo(-1.55, 6);
      expect(c.latitude).toBeCloseTo(47.22, 6);
    }
    // Vendée communes keep the centre they had.
    expect((await centresOf('85191'))[0]!.latitude).toBeCloseTo(46.67, 1);
  });

  it('gives the directory its distances at once, and the map after a restart', async () => {
    // Distances are computed in SQL from the stored centres: La Roche-sur-Yon is 60 km away.
    expect((await searchFromNantes()).map((c) => [c.name, c.distanceKm])).toEqual([['Anne NANTAISE', 0]]);
    // The boundaries are read once per process…
    expect((await mapCodes()).map((f) => f.properties.code)).toEqual(['85191']);
    // …and a server started with GEO_DIR reads the imported file.
    setExtraGeoDir(geoDir);
    const features = await mapCodes();
    expect(features.map((f) => f.properties.code).sort()).toEqual(['44109', '85191']);
    expect(features.find((f) => f.properties.code === '44109')!.geometry.type).toBe('Polygon');
  });

  it('says so when no relais covers the communes of the file, and replaces a file of the same name', () => {
    const again = relaisCommand('geo', 'import', nantesFile('communes-44-nantes.geojson'));
    expect(again.code, again.err).toBe(0);
    expect(fs.readdirSync(geoDir)).toEqual(['communes-44-nantes.geojson']);
    const other = path.join(work, 'autre.geojson');
    fs.writeFileSync(
      other,
      fs.readFileSync(path.join(geoDir, 'communes-44-nantes.geojson'), 'utf8').replace('44109', '44190'),
    );
    const none = relaisCommand('geo', 'import', other);
    expect(none.code, none.err).toBe(0);
    expect(none.out).toContain('Aucune commune de relais n’est dans ce fichier : aucun centre calculé.');
  });
});
