import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { communeCentroid, communeFeature, setExtraGeoDir } from './communes.geo.js';

function square(lon: number, lat: number, half = 0.05): [number, number][] {
  return [
    [lon - half, lat - half],
    [lon + half, lat - half],
    [lon + half, lat + half],
    [lon - half, lat + half],
    [lon - half, lat - half],
  ];
}

function writeCollection(dir: string, file: string, features: [string, string, number, number][]) {
  fs.writeFileSync(
    path.join(dir, file),
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map(([code, nom, lon, lat]) => ({
        type: 'Feature',
        properties: { code, nom },
        geometry: { type: 'Polygon', coordinates: [square(lon, lat)] },
      })),
    }),
  );
}

afterEach(() => setExtraGeoDir(undefined));

describe('commune boundaries loaded from assets/geo and GEO_DIR', () => {
  it('knows only the shipped Vendée without an extra directory, or with a missing one', () => {
    expect(communeFeature('85191')?.properties.nom).toBe('Roche-sur-Yon');
    expect(communeCentroid('44109')).toBeNull();
    setExtraGeoDir(path.join(os.tmpdir(), 'relais-geo-absent-directory'));
    expect(communeCentroid('44109')).toBeNull();
  });

  it('adds the files of the extra directory; the last file read wins for one INSEE code', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-geo-'));
    writeCollection(dir, 'a-loire-atlantique.geojson', [
      ['44109', 'Nantes', -1.55, 47.22],
      ['85191', 'Roche ailleurs', -1.0, 46.0],
    ]);
    writeCollection(dir, 'b-correction.geojson', [['44109', 'Nantes corrigée', -1.5, 47.2]]);
    fs.writeFileSync(path.join(dir, 'ignored.json'), 'not read');

    expect(communeCentroid('44109')).toBeNull(); // cached before the directory is set
    setExtraGeoDir(dir);
    expect(communeFeature('44109')?.properties.nom).toBe('Nantes corrigée');
    const [lon, lat] = communeCentroid('44109')!;
    expect(lon).toBeCloseTo(-1.5, 6);
    expect(lat).toBeCloseTo(47.2, 6);
    // Operators' files come after the assets.
    expect(communeFeature('85191')?.properties.nom).toBe('Roche ailleurs');
    expect(communeFeature('85003')?.properties.nom).toBe('Aizenay');

    setExtraGeoDir(undefined);
    expect(communeCentroid('44109')).toBeNull();
    expect(communeFeature('85191')?.properties.nom).toBe('Roche-sur-Yon');
  });
});
