import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeChildminder, makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';
import { systemClock } from '../../app/clock.js';
import { DEMO_HISTORY } from '../../demo/supply.js';
import { seedDemo } from '../../demo/vie-et-boulogne.js';
import { supplyReportCsv } from './supply-report.csv.js';
import type { SupplyReport } from './supply-report.schemas.js';
import { getSupplyReport } from './supply-report.usecases.js';

let t: TestApp;
let demoId: string;
let viewer: Session;
const reports = new Map<number, SupplyReport>();

beforeAll(async () => {
  t = await createTestApp();
  const seeded = await seedDemo({ db: t.db, clock: systemClock });
  demoId = seeded.relaisId;
  viewer = await login(t.app, (await makeUser(t.db, { role: 'viewer', relaisId: demoId })).email);
  for (let year = 2017; year <= 2024; year++) reports.set(year, await getSupplyReport(t, 'system', demoId, year));
});
afterAll(() => t.close());

describe('the supply report of the demo relais', () => {
  it('gives the 2024 figures of Vie et Boulogne', () => {
    const { territory, communes, asOf } = reports.get(2024)!;
    expect(asOf).toBe('2024-12-31');
    expect(territory.childminders).toBe(312);
    expect(territory.places).toBe(1092);
    expect(territory.childminderHouses).toBe(12);
    expect(territory.over55).toBeGreaterThan(100);
    expect(territory.pajePlaces).toBeGreaterThanOrEqual(175);
    expect(territory.psuPlaces).toBe(85);
    expect(communes).toHaveLength(15);
    expect(communes.every((c) => c.inTerritory && c.childminders > 0)).toBe(true);
    expect(communes.map((c) => c.name).slice(0, 3)).toEqual(['Aizenay', 'Apremont', 'Beaufou']);
  });

  it('gives the archives and arrivals of each year, from the history', () => {
    for (const { year, departures, arrivals, reactivations } of DEMO_HISTORY) {
      const { territory } = reports.get(year)!;
      expect({ year, departures: territory.departures, arrivals: territory.arrivals }).toEqual({
        year,
        departures,
        arrivals,
      });
      expect(territory.reactivations).toBe(reactivations);
      const reasons = territory.departuresByReason;
      expect(reasons.retirement + reasons.careerChange + reasons.move + reasons.withdrawal).toBe(departures);
      expect(reasons.retirement).toBeGreaterThan(0);
    }
    // 2022: the 370 AMs of the seed (monenfant.fr §) and its 14 MAM.
    expect(reports.get(2022)!.territory).toMatchObject({ childminders: 370, childminderHouses: 14 });
    // Micro-crèche places: 97 in 2018, 175 today.
    expect(reports.get(2018)!.territory.pajePlaces).toBe(97);
  });

  it('balances year by year, and the communes add up to the territory', () => {
    for (let year = 2018; year <= 2024; year++) {
      const before = reports.get(year - 1)!.territory;
      const after = reports.get(year)!;
      expect(after.territory.childminders, `${year}`).toBe(
        before.childminders + after.territory.arrivals + after.territory.reactivations - after.territory.departures,
      );
      for (const key of ['childminders', 'places', 'arrivals', 'departures', 'over55', 'pajePlaces'] as const) {
        expect(
          after.communes.reduce((n, c) => n + c[key], 0),
          `${year} ${key}`,
        ).toBe(after.territory[key]);
      }
    }
    expect(reports.get(2019)!.territory.childminders).toBeGreaterThan(reports.get(2024)!.territory.childminders);
  });

  it('answers the same over HTTP to an elected official (viewer)', async () => {
    const r = await t.app.inject({
      url: `/api/relais/${demoId}/reports/supply?year=2024`,
      headers: viewer.headers,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual(reports.get(2024));
  });

  it('downloads the same figures as a CSV file for a spreadsheet', async () => {
    const r = await t.app.inject({
      url: `/api/relais/${demoId}/reports/supply.csv?year=2024`,
      headers: viewer.headers,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.headers['content-disposition']).toBe('attachment; filename="offre-d-accueil-2024.csv"');
    expect(r.body).toBe(supplyReportCsv(reports.get(2024)!));
    const total = r.body.split('\r\n').find((line) => line.includes('Ensemble du territoire'));
    expect(total?.split(';').slice(3, 5)).toEqual(['312', '1092']);
  });

  it('defaults to the last complete year', async () => {
    // The test clock says 2 March 2026.
    const r = await t.app.inject({ url: `/api/relais/${demoId}/reports/supply`, headers: viewer.headers });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ year: 2025, asOf: '2025-12-31' });
  });

  it('refuses a year out of range or malformed, in French, naming the field', async () => {
    for (const year of ['1999', '2027', '20x4', '2024.5']) {
      const r = await t.app.inject({
        url: `/api/relais/${demoId}/reports/supply?year=${year}`,
        headers: viewer.headers,
      });
      expect(r.statusCode, year).toBe(400);
      expect(r.json().error.fields[0].field).toBe('year');
      expect(r.json().error.message).toMatch(/[Aa]nnée/);
    }
  });
});

describe('the state on a date comes from the history, not from the current status', () => {
  it('counts a childminder archived then back, a MAM and a facility only while they were open', async () => {
    const relais = await makeRelais(t.db, {
      communes: [
        { inseeCode: '85003', name: 'Aizenay' },
        { inseeCode: '85006', name: 'Apremont' },
      ],
    });
    const now = '2026-01-15T09:00:00.000Z';
    const back = await makeChildminder(t.db, relais.id, '85003');
    const gone = await makeChildminder(t.db, relais.id, '85006', { status: 'archived' });
    await makeChildminder(t.db, relais.id, '85006'); // no history: active since 2020-01-01
    const event = (childminderId: string, kind: string, effectiveOn: string, reason: string | null = null) => ({
      id: crypto.randomUUID(),
      relais_id: relais.id,
      childminder_id: childminderId,
      kind,
      effective_on: effectiveOn,
      reason,
      summary: kind,
      source: 'staff',
      actor_user_id: null,
      at: now,
    });
    await t.db
      .insertInto('childminder_event')
      .values([
        event(back.id, 'registered', '2015-03-01'),
        event(back.id, 'archived', '2019-03-01', 'career_change'),
        event(back.id, 'updated', '2020-05-01'),
        event(back.id, 'reactivated', '2021-05-01'),
        event(gone.id, 'registered', '2018-06-01'),
        event(gone.id, 'archived', '2021-10-01', 'retirement'),
      ])
      .execute();
    await t.db
      .insertInto('childminder_house')
      .values({
        id: crypto.randomUUID(),
        relais_id: relais.id,
        name: 'MAM Les Lutins',
        insee_code: '85006',
        opened_on: '2019-01-07',
        closed_on: '2021-07-01',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await t.db
      .insertInto('facility')
      .values({
        id: crypto.randomUUID(),
        relais_id: relais.id,
        kind: 'micro_creche',
        name: 'Micro-crèche des Petits Pas',
        insee_code: '85003',
        places: 10,
        funding: 'paje',
        opened_on: '2020-09-01',
        created_at: now,
        updated_at: now,
      })
      .execute();

    const figures = async (year: number) => {
      const report = await getSupplyReport(t, 'system', relais.id, year);
      const [aizenay, apremont] = report.communes;
      return {
        total: report.territory.childminders,
        aizenay: aizenay!.childminders,
        apremont: apremont!.childminders,
        mam: report.territory.childminderHouses,
        paje: report.territory.pajePlaces,
        arrivals: report.territory.arrivals,
        departures: report.territory.departures,
        reactivations: report.territory.reactivations,
      };
    };
    expect(await figures(2018)).toEqual({
      total: 2,
      aizenay: 1,
      apremont: 1,
      mam: 0,
      paje: 0,
      arrivals: 1,
      departures: 0,
      reactivations: 0,
    });
    expect(await figures(2019)).toMatchObject({ total: 1, aizenay: 0, apremont: 1, mam: 1, departures: 1 });
    expect(await figures(2020)).toMatchObject({ total: 2, aizenay: 0, apremont: 2, mam: 1, paje: 10 });
    expect(await figures(2021)).toMatchObject({
      total: 2,
      aizenay: 1,
      apremont: 1,
      mam: 0,
      departures: 1,
      reactivations: 1,
    });
    // Another relais's data never leaks in: the demo relais is in the same database.
    expect((await getSupplyReport(t, 'system', relais.id, 2024)).communes).toHaveLength(2);
  });

  it('checks the policy before anything else, and says when the relais does not exist', async () => {
    await expect(getSupplyReport(t, undefined, demoId, 2024)).rejects.toMatchObject({ status: 401 });
    const operator = await login(t.app, (await makeUser(t.db, { role: 'operator', relaisId: null })).email);
    const r = await t.app.inject({
      url: `/api/relais/${crypto.randomUUID()}/reports/supply?year=2024`,
      headers: operator.headers,
    });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.message).toBe("Ce relais n'existe pas.");
  });
});
