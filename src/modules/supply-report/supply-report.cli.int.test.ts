import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRelais, type CliResult } from '../../../tests/support/cli.js';
import { makeRelais } from '../../../tests/support/factories.js';
import { freshDatabaseUrl, testEngine } from '../../../tests/support/test-database.js';
import { openDatabase } from '../../db/database.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-report-'));
let databaseUrl: string;

/** The command in this process (tests/support/cli.ts); tests/integration/cli.int.test.ts starts the binary itself. */
function relais(...args: string[]) {
  return runRelais({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, RELAIS_PASSWORD: '' }, ...args);
}

function expectFrenchError(result: CliResult, message: RegExp) {
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/^Erreur : \S/);
  expect(result.err).toMatch(message);
  expect(result.err).not.toMatch(/\n\s+at /);
  expect(result.out).toBe('');
}

beforeAll(async () => {
  databaseUrl = await freshDatabaseUrl();
});

describe(`relais report supply on ${testEngine()}`, () => {
  it('says there is no relais yet', async () => {
    expectFrenchError(await relais('report', 'supply', '--year', '2024'), /Aucun relais/);
  });

  it('prints the demo figures as JSON and as a CSV for Excel', async () => {
    expect((await relais('seed', 'demo')).out).toContain('312 assistants maternels en activité');
    const json = await relais('report', 'supply', '--year', '2024');
    expect(json.code, json.err).toBe(0);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ year: 2024, asOf: '2024-12-31', relais: { slug: 'vie-et-boulogne' } });
    expect(report.territory).toMatchObject({ childminders: 312, places: 1092, childminderHouses: 12 });
    expect(report.communes).toHaveLength(15);

    const csv = await relais('report', 'supply', '--year', '2019', '--format', 'csv', '--relais', 'vie-et-boulogne');
    expect(csv.code, csv.err).toBe(0);
    expect(csv.out.startsWith('\uFEFFAnnée;Code INSEE;Commune;AM en activité au 31 décembre;')).toBe(true);
    const lines = csv.out.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 15 + 1);
    expect(lines[1]).toMatch(/^2019;85003;Aizenay;\d+;/);
    // 2019: 465 AMs, 8 arrivals, 51 departures.
    expect(lines.at(-1)).toMatch(
      /^2019;;Ensemble du territoire — Relais Petite Enfance Vie et Boulogne;465;\d+;11;85;\d+;8;0;51;/,
    );
  });

  it('exits 1 with a French message on bad input', async () => {
    expectFrenchError(await relais('report', 'supply', '--year', 'deux-mille'), /Année invalide/);
    expectFrenchError(await relais('report', 'supply', '--year', '1990'), /Année 1990 invalide/);
    expectFrenchError(await relais('report', 'supply', '--format', 'xml'), /Format inconnu : « xml »/);
    expectFrenchError(
      await relais('report', 'supply', '--relais', 'inconnu'),
      /Relais inconnu : « inconnu ».*vie-et-boulogne/,
    );
    const handle = openDatabase(databaseUrl);
    try {
      await makeRelais(handle.db, { slug: 'autre-relais' });
    } finally {
      await handle.close();
    }
    expectFrenchError(await relais('report', 'supply'), /Plusieurs relais.*autre-relais, vie-et-boulogne/);
  });
});
