import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendanceProblems } from './activities.attendance.js';
import type { AttendanceRowInput } from './activities.reports.schemas.js';
import {
  activeDuring,
  activityStatistics,
  isWithoutChildren,
  percent,
  yearlySeries,
  type AttendanceFact,
} from './activities.statistics.rules.js';

const noChildren = { children_under_1: 0, children_1_to_2: 0, children_2_to_3: 0, children_3_and_over: 0 };

describe('the figures of a year', () => {
  it('rounds rates to one decimal and has none without anyone to divide by', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(38, 100)).toBe(38);
    expect(percent(0, 0)).toBeNull();
  });

  it('counts the sessions without children: evenings, practice analysis, information', () => {
    expect(['play', 'festive', 'evening', 'practice', 'information'].map(isWithoutChildren)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('counts each childminder once a year, whatever the number of her sessions', () => {
    const series = yearlySeries(
      [
        { year: 2022, childminderId: 'a', category: 'evening' },
        { year: 2022, childminderId: 'a', category: 'practice' },
        { year: 2022, childminderId: 'b', category: 'play' },
        { year: 2023, childminderId: 'a', category: 'information' },
      ],
      2021,
      2023,
    );
    expect(series).toEqual([
      { year: 2021, distinctChildminders: 0, distinctChildmindersWithoutChildren: 0 },
      { year: 2022, distinctChildminders: 2, distinctChildmindersWithoutChildren: 1 },
      { year: 2023, distinctChildminders: 1, distinctChildmindersWithoutChildren: 1 },
    ]);
  });

  it('never counts more distinct childminders than participations, nor a rate above 100 %', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            session: fc.integer({ min: 0, max: 3 }),
            childminder: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
            children: fc.integer({ min: 0, max: 5 }),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const sessions = [0, 1, 2, 3].map((i) => ({
            id: `s${i}`,
            kindId: i < 2 ? 'play' : 'evening',
            category: i < 2 ? 'play' : 'evening',
            inseeCode: i % 2 === 0 ? '85003' : '85178',
          }));
          const attendance: AttendanceFact[] = rows.map((r) => ({
            activityId: `s${r.session}`,
            attendee: r.childminder ? 'childminder' : 'parent',
            childminderId: r.childminder,
            children: { ...noChildren, children_1_to_2: r.children },
          }));
          const stats = activityStatistics({
            year: 2025,
            until: '2025-12-31',
            kinds: [
              { id: 'play', label: 'Matinée', category: 'play' },
              { id: 'evening', label: 'Soirée', category: 'evening' },
            ],
            communes: [
              { inseeCode: '85003', name: 'Aizenay' },
              { inseeCode: '85178', name: 'Le Poiré-sur-Vie' },
            ],
            sessions,
            attendance,
            active: ['a', 'b', 'c', 'd'].map((id) => ({ id, inseeCode: id < 'c' ? '85003' : '85178' })),
            communeOfChildminder: new Map(['a', 'b', 'c', 'd'].map((id) => [id, id < 'c' ? '85003' : '85178'])),
            yearly: [],
            seriesFrom: 2025,
          });
          expect(stats.participations).toBe(rows.length);
          expect(stats.distinctChildminders).toBeLessThanOrEqual(stats.childminderParticipations);
          expect(stats.distinctChildmindersWithoutChildren).toBeLessThanOrEqual(stats.distinctChildminders);
          expect(stats.byKind.reduce((sum, k) => sum + k.participations, 0)).toBe(rows.length);
          expect(stats.byCommune.reduce((sum, c) => sum + c.participations, 0)).toBe(rows.length);
          expect(stats.childrenTotal).toBe(rows.reduce((sum, r) => sum + r.children, 0));
          for (const c of stats.byCommune) expect(c.participationRate ?? 0).toBeLessThanOrEqual(100);
          expect(stats.participationRate ?? 0).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('takes as active during a year those active on its first day and those who arrive or come back', () => {
    const files = [
      { id: 'old', status: 'active', statusSince: '2015-01-01' },
      { id: 'left', status: 'archived', statusSince: '2025-03-01' },
      { id: 'new', status: 'active', statusSince: '2025-06-01' },
      { id: 'later', status: 'active', statusSince: '2026-02-01' },
      { id: 'legacy', status: 'active', statusSince: '2024-01-01' },
    ];
    const events = [
      { childminderId: 'old', kind: 'registered', effectiveOn: '2015-01-01' },
      { childminderId: 'left', kind: 'registered', effectiveOn: '2010-01-01' },
      { childminderId: 'left', kind: 'archived', effectiveOn: '2025-03-01' },
      { childminderId: 'new', kind: 'registered', effectiveOn: '2025-06-01' },
      { childminderId: 'later', kind: 'registered', effectiveOn: '2026-02-01' },
    ];
    const active = activeDuring(files, events, new Set(['old', 'left']), '2025-01-01', '2025-12-31');
    expect([...active].sort()).toEqual(['left', 'legacy', 'new', 'old']);
  });
});

describe('the rows of an attendance', () => {
  const row = (overrides: Partial<AttendanceRowInput>): AttendanceRowInput => ({
    registrationId: null,
    childminderId: null,
    personName: '',
    attendee: 'childminder',
    walkIn: false,
    childrenUnder1: 0,
    children1To2: 0,
    children2To3: 0,
    children3AndOver: 0,
    ...overrides,
  });
  const known = {
    registrations: new Map([
      ['r1', { childminderId: 'c1', registrant: 'childminder', name: 'Anne UN' }],
      ['r2', { childminderId: null, registrant: 'parent', name: 'Paul Parent' }],
    ]),
    childminders: new Map([
      ['c1', { name: 'Anne UN' }],
      ['c2', { name: 'Anne DEUX' }],
    ]),
    members: new Set<string>(),
    practiceGroup: false,
  };

  it('accepts those registered, walk-ins with a file or a name', () => {
    expect(
      attendanceProblems(
        [
          row({ registrationId: 'r1' }),
          row({ registrationId: 'r2', attendee: 'parent' }),
          row({ childminderId: 'c2', walkIn: true }),
          row({ personName: 'Une voisine', attendee: 'other', walkIn: true }),
        ],
        known,
      ),
    ).toEqual([]);
  });

  it('refuses the same childminder twice, even once by her registration and once by her file', () => {
    expect(
      attendanceProblems([row({ registrationId: 'r1' }), row({ childminderId: 'c1', walkIn: true })], known),
    ).toEqual([
      { field: 'rows.1.childminderId', message: 'Cette assistant·e maternel·le figure deux fois dans la liste.' },
    ]);
  });

  it('refuses a registered person marked as a walk-in, and a file given as a parent', () => {
    expect(attendanceProblems([row({ registrationId: 'r1', walkIn: true })], known).map((p) => p.field)).toEqual([
      'rows.0.walkIn',
    ]);
    expect(
      attendanceProblems([row({ childminderId: 'c2', walkIn: true, attendee: 'parent' })], known).map((p) => p.field),
    ).toEqual(['rows.0.attendee']);
  });

  it('takes the members of a practice group without registration, and nobody else', () => {
    const group = { ...known, members: new Set(['c2']), practiceGroup: true };
    expect(attendanceProblems([row({ childminderId: 'c2' })], group)).toEqual([]);
    expect(attendanceProblems([row({ childminderId: 'c1' })], group).map((p) => p.field)).toEqual(['rows.0.walkIn']);
  });
});
