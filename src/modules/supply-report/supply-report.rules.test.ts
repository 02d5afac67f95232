import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parisDate } from '../../app/clock.js';
import { supplyReportCsv, csvCell, SUPPLY_CSV_HEADERS } from './supply-report.csv.js';
import {
  activeOn,
  computeSupply,
  lastCompleteYear,
  openOn,
  yearProblem,
  type ChildminderFacts,
  type StatusEvent,
  type SupplyInput,
} from './supply-report.rules.js';

const AT = '2026-01-15T09:00:00.000Z';

function am(id: string, overrides: Partial<ChildminderFacts> = {}): ChildminderFacts {
  return {
    id,
    inseeCode: '85003',
    birthDate: '1980-06-01',
    approvalPlaces: 3,
    status: 'active',
    statusSince: '2010-01-01',
    ...overrides,
  };
}

function ev(childminderId: string, kind: StatusEvent['kind'], effectiveOn: string, reason: string | null = null) {
  return { childminderId, kind, effectiveOn, at: AT, reason } satisfies StatusEvent;
}

describe('state on a date, from the history', () => {
  const files = [am('a')];
  const history = [
    ev('a', 'registered', '2015-03-01'),
    ev('a', 'archived', '2020-03-01', 'career_change'),
    ev('a', 'reactivated', '2022-05-01'),
  ];

  it('follows arrivals, archives and reactivations, whatever the current status', () => {
    expect(activeOn(files, history, '2015-02-28').has('a')).toBe(false);
    expect(activeOn(files, history, '2015-03-01').has('a')).toBe(true);
    expect(activeOn(files, history, '2019-12-31').has('a')).toBe(true);
    // Archived on the day: no longer active that day.
    expect(activeOn(files, history, '2020-03-01').has('a')).toBe(false);
    expect(activeOn(files, history, '2021-12-31').has('a')).toBe(false);
    expect(activeOn(files, history, '2022-12-31').has('a')).toBe(true);
    // The order of the events in the input does not matter.
    expect(activeOn(files, [...history].reverse(), '2021-12-31').has('a')).toBe(false);
  });

  it('orders two events of the same day by when they were recorded', () => {
    const sameDay = [
      ev('a', 'registered', '2015-03-01'),
      { ...ev('a', 'archived', '2020-03-01', 'move'), at: '2020-03-01T08:00:00.000Z' },
      { ...ev('a', 'reactivated', '2020-03-01'), at: '2020-03-01T10:00:00.000Z' },
    ];
    expect(activeOn(files, sameDay, '2020-03-01').has('a')).toBe(true);
    const undone = [sameDay[0]!, { ...sameDay[1]!, at: '2020-03-01T11:00:00.000Z' }, sameDay[2]!];
    expect(activeOn(files, undone, '2020-03-01').has('a')).toBe(false);
  });

  it('ignores edits, and falls back to the current status for a file without history', () => {
    const legacy = [am('b', { status: 'active', statusSince: '2018-06-01' }), am('c', { status: 'archived' })];
    expect([...activeOn(legacy, [], '2018-05-31')]).toEqual([]);
    expect([...activeOn(legacy, [], '2018-12-31')]).toEqual(['b']);
  });

  it('counts a facility or a MAM open from its opening day to the day before its closing', () => {
    expect(openOn({ openedOn: '2019-09-02', closedOn: '2023-07-31' }, '2019-09-01')).toBe(false);
    expect(openOn({ openedOn: '2019-09-02', closedOn: '2023-07-31' }, '2019-09-02')).toBe(true);
    expect(openOn({ openedOn: '2019-09-02', closedOn: '2023-07-31' }, '2023-07-30')).toBe(true);
    expect(openOn({ openedOn: '2019-09-02', closedOn: '2023-07-31' }, '2023-07-31')).toBe(false);
    expect(openOn({ openedOn: null, closedOn: null }, '1990-01-01')).toBe(true);
  });

  // Any history in which status changes alternate: the count at the end of a year is the count of
  // the year before plus arrivals and reactivations, minus departures.
  it('balances year by year: end = start + arrivals + reactivations − departures', () => {
    const arbHistory = fc.array(fc.integer({ min: 1, max: 2_500 }), { minLength: 1, maxLength: 5 }).map((gaps) => {
      let day = 0;
      return gaps.map((gap, i) => {
        day += gap;
        const date = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const kind: StatusEvent['kind'] = i === 0 ? 'registered' : i % 2 === 1 ? 'archived' : 'reactivated';
        return { kind, date };
      });
    });
    fc.assert(
      fc.property(fc.array(arbHistory, { minLength: 1, maxLength: 30 }), (histories) => {
        const childminders = histories.map((_, i) => am(`am${i}`));
        const events = histories.flatMap((h, i) => h.map((e) => ev(`am${i}`, e.kind, e.date, 'move')));
        const input = (year: number): SupplyInput => ({
          year,
          communes: [{ inseeCode: '85003', name: 'Aizenay' }],
          childminders,
          events,
          houses: [],
          facilities: [],
        });
        for (let year = 2015; year <= 2030; year++) {
          const before = computeSupply(input(year - 1), String).territory;
          const after = computeSupply(input(year), String).territory;
          expect(after.childminders).toBe(
            before.childminders + after.arrivals + after.reactivations - after.departures,
          );
        }
      }),
    );
  });
});

describe('the figures of a year', () => {
  const input: SupplyInput = {
    year: 2023,
    communes: [
      { inseeCode: '85003', name: 'Aizenay' },
      { inseeCode: '85006', name: 'Apremont' },
    ],
    childminders: [
      am('a', { approvalPlaces: 4, birthDate: '1968-12-31' }), // 55 on 31 December 2023
      am('b', { approvalPlaces: 2, birthDate: '1969-01-01', inseeCode: '85006' }), // 54
      am('c', { inseeCode: '85006', status: 'archived' }),
      am('d', { inseeCode: '85191' }), // a commune no longer in the territory
      am('e', { approvalPlaces: 1 }),
    ],
    events: [
      ev('a', 'registered', '2010-01-01'),
      ev('b', 'registered', '2023-04-01'),
      ev('c', 'registered', '2012-01-01'),
      ev('c', 'archived', '2023-06-30', 'retirement'),
      ev('d', 'registered', '2016-01-01'),
      ev('e', 'registered', '2011-01-01'),
      ev('e', 'archived', '2022-02-01', 'weird'),
      ev('e', 'reactivated', '2023-09-01'),
      ev('a', 'archived', '2024-01-15', 'move'), // after the year: ignored
    ],
    houses: [
      { inseeCode: '85003', openedOn: '2015-01-01', closedOn: null },
      { inseeCode: '85003', openedOn: '2024-01-01', closedOn: null },
      { inseeCode: '85006', openedOn: '2016-01-01', closedOn: '2023-12-31' },
    ],
    facilities: [
      { kind: 'eaje', inseeCode: '85003', places: 30, funding: 'psu', openedOn: '2000-01-01', closedOn: null },
      { kind: 'micro_creche', inseeCode: '85006', places: 12, funding: 'paje', openedOn: null, closedOn: null },
      { kind: 'micro_creche', inseeCode: '85006', places: 10, funding: 'paje', openedOn: '2024-09-01', closedOn: null },
      { kind: 'library', inseeCode: '85003', places: 5, funding: null, openedOn: null, closedOn: null },
    ],
  };
  const report = computeSupply(input, (code) => (code === '85191' ? 'La Roche-sur-Yon' : code));

  it('counts per commune on 31 December, and events of that year only', () => {
    expect(report.asOf).toBe('2023-12-31');
    const [aizenay, apremont, outside] = report.communes;
    expect(aizenay).toMatchObject({
      name: 'Aizenay',
      inTerritory: true,
      childminders: 2,
      places: 5,
      over55: 1,
      childminderHouses: 1,
      psuPlaces: 30,
      pajePlaces: 0,
      arrivals: 0,
      reactivations: 1,
      departures: 0,
    });
    expect(apremont).toMatchObject({
      childminders: 1,
      places: 2,
      over55: 0,
      childminderHouses: 0,
      pajePlaces: 12,
      arrivals: 1,
      departures: 1,
      departuresByReason: { retirement: 1, careerChange: 0, move: 0, withdrawal: 0, other: 0 },
    });
    expect(outside).toMatchObject({
      inseeCode: '85191',
      name: 'La Roche-sur-Yon',
      inTerritory: false,
      childminders: 1,
    });
  });

  it('sums the communes into the territory', () => {
    expect(report.territory).toMatchObject({
      childminders: 4,
      places: 10,
      childminderHouses: 1,
      psuPlaces: 30,
      pajePlaces: 12,
      arrivals: 1,
      reactivations: 1,
      departures: 1,
      over55: 1,
    });
  });

  it('files an unknown archive reason under « other »', () => {
    const previous = computeSupply({ ...input, year: 2022 }, String);
    expect(previous.territory.departuresByReason.other).toBe(1);
  });

  it('writes a CSV for French spreadsheets', () => {
    const csv = supplyReportCsv({
      relais: { id: 'r', slug: 'vie-et-boulogne', name: 'RPE "Vie et Boulogne"' },
      year: 2023,
      ...report,
    });
    expect(csv.startsWith('\uFEFFAnnée;Code INSEE;Commune;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 3 + 1 + 1);
    for (const line of lines.slice(0, -1)) expect(line.split(';')).toHaveLength(SUPPLY_CSV_HEADERS.length);
    expect(lines[1]).toBe('2023;85003;Aizenay;2;5;1;30;0;0;1;0;0;0;0;0;0;1');
    expect(lines[3]).toContain(';La Roche-sur-Yon (hors territoire);');
    expect(lines[4]).toBe('2023;;"Ensemble du territoire — RPE ""Vie et Boulogne""";4;10;1;30;12;1;1;1;1;0;0;0;0;1');
  });

  it('quotes what must be quoted and defuses formulas', () => {
    expect(csvCell('Aizenay')).toBe('Aizenay');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('the year of a report', () => {
  it('is a year between 2000 and the current one, by default the last complete one', () => {
    expect(yearProblem(2024, '2026-03-02')).toBeNull();
    expect(yearProblem(2026, '2026-03-02')).toBeNull();
    expect(yearProblem(2027, '2026-03-02')).toBe('Indiquez une année entre 2000 et 2026.');
    expect(yearProblem(1999, '2026-03-02')).not.toBeNull();
    expect(yearProblem(2024.5, '2026-03-02')).not.toBeNull();
    expect(lastCompleteYear('2026-01-01')).toBe(2025);
  });

  it('reads today in Paris', () => {
    expect(parisDate(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(parisDate(new Date('2024-06-30T21:59:00Z'))).toBe('2024-06-30');
  });
});
