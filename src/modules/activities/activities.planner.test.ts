import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isPublicHoliday, isoWeekday } from '../../app/calendar.js';
import { schoolDayZoneB } from '../appointments/school-holidays.js';
import {
  datesBetween,
  planRotation,
  proportionalShares,
  type PlannerAnimator,
  type PlannerCommune,
  type PlannerExisting,
  type PlannerInput,
  type PlannerVenue,
} from './activities.planner.js';

const overlaps = (a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }) =>
  a.startTime < b.endTime && b.startTime < a.endTime;

/** How many sessions can be placed at most, counted independently of the planner: per usable day, min(free animators, free venues). */
function capacity(input: PlannerInput): number {
  const withChildminders = new Set(input.communes.filter((c) => c.childminders > 0).map((c) => c.inseeCode));
  let total = 0;
  for (const date of datesBetween(input.from, input.to)) {
    if (isPublicHoliday(date)) continue;
    if (input.avoidSchoolHolidays && schoolDayZoneB(date).kind === 'holiday') continue;
    const weekday = isoWeekday(date);
    const existing = input.existing.filter((e) => e.date === date);
    const animators = input.animators.filter(
      (a) => a.weekdays.includes(weekday) && !existing.some((e) => e.animatorIds.includes(a.id)),
    ).length;
    const venues = input.venues.filter(
      (v) =>
        withChildminders.has(v.inseeCode) &&
        (v.weekdays ?? [1, 2, 3, 4, 5]).includes(weekday) &&
        !existing.some((e) => e.siteId === v.id && overlaps(e, input)),
    ).length;
    total += Math.min(animators, venues);
  }
  return total;
}

/** Runs of the property tests (PLANNER_RUNS=3000 explores further); a timeout generous for a busy machine. */
const RUNS = Number(process.env.PLANNER_RUNS ?? 200);
const SLOW = 60_000;

const CODES = ['85001', '85002', '85003', '85004', '85005', '85006', '85007', '85008'];
const weekdaySet = (max: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max }), { minLength: 0, maxLength: max }).map((w) => w.sort());

const arbInput: fc.Arbitrary<PlannerInput> = fc
  .record({
    start: fc.integer({ min: 0, max: 900 }),
    length: fc.integer({ min: 0, max: 240 }),
    communes: fc
      .integer({ min: 1, max: 8 })
      .chain((n) => fc.tuple(...CODES.slice(0, n).map(() => fc.integer({ min: 0, max: 40 })))),
    venues: fc.array(
      fc.record({ commune: fc.integer({ min: 0, max: 7 }), weekdays: fc.option(weekdaySet(6), { nil: undefined }) }),
      { maxLength: 10 },
    ),
    animators: fc.array(weekdaySet(5), { minLength: 1, maxLength: 5 }),
    existing: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 240 }),
        venue: fc.nat(),
        animator: fc.nat(),
        afternoon: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    count: fc.integer({ min: 0, max: 80 }),
    avoidSchoolHolidays: fc.boolean(),
    themes: fc.uniqueArray(fc.constantFrom('free_play', 'motor', 'sensory', 'music', 'books'), {
      minLength: 1,
      maxLength: 5,
    }),
  })
  .map((r) => {
    const from = addDays('2024-09-01', r.start);
    const to = addDays(from, r.length);
    const communes: PlannerCommune[] = r.communes.map((childminders, i) => ({
      inseeCode: CODES[i]!,
      name: `Commune ${i}`,
      childminders,
    }));
    const venues: PlannerVenue[] = r.venues.map((v, i) => ({
      id: `v${i}`,
      name: `Salle ${i}`,
      inseeCode: CODES[v.commune % communes.length]!,
      ...(v.weekdays ? { weekdays: v.weekdays } : {}),
    }));
    const animators: PlannerAnimator[] = r.animators.map((weekdays, i) => ({
      id: `a${i}`,
      name: `Anim ${i}`,
      weekdays,
    }));
    const existing: PlannerExisting[] =
      venues.length === 0
        ? []
        : r.existing.map((e) => ({
            date: addDays(from, e.offset % (r.length + 1)),
            startTime: e.afternoon ? '14:00' : '09:00',
            endTime: e.afternoon ? '16:00' : '11:30',
            siteId: venues[e.venue % venues.length]!.id,
            animatorIds: [animators[e.animator % animators.length]!.id],
          }));
    return {
      from,
      to,
      count: r.count,
      startTime: '09:30',
      endTime: '11:30',
      communes,
      venues,
      animators,
      existing,
      avoidSchoolHolidays: r.avoidSchoolHolidays,
      themes: r.themes,
    };
  });

describe('proportionalShares (largest remainder)', () => {
  it('gives the floors, then the seats left to the largest remainders', () => {
    expect(proportionalShares([10, 20, 30], 6)).toEqual([1, 2, 3]);
    // Quotas 4.29, 2.86, 2.86 → floors 4, 2, 2, then the two largest remainders.
    expect(proportionalShares([30, 20, 20], 10)).toEqual([4, 3, 3]);
    expect(proportionalShares([0, 5, 0], 4)).toEqual([0, 4, 0]);
  });

  it('gives one seat to small communes when asked and when there are enough seats', () => {
    expect(proportionalShares([100, 1, 1], 10)).toEqual([10, 0, 0]);
    expect(proportionalShares([100, 1, 1], 10, true)).toEqual([8, 1, 1]);
    // Fewer seats than communes: no minimum.
    expect(proportionalShares([100, 1, 1], 2, true)).toEqual([2, 0, 0]);
  });

  it('always hands out exactly the seats, each share within one of its quota without the minimum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 20 }), fc.nat(400), (w, n) => {
        const total = w.reduce((s, x) => s + x, 0);
        const shares = proportionalShares(w, n);
        expect(shares.reduce((s, x) => s + x, 0)).toBe(total === 0 ? 0 : n);
        shares.forEach((s, i) => {
          if (total > 0) expect(Math.abs(s - (n * w[i]!) / total)).toBeLessThan(1);
        });
      }),
    );
  });
});

describe('planRotation — invariants', () => {
  it(
    'never plans on a public holiday, nor an animator on a day she does not work or twice a day, nor a venue twice at once',
    () => {
      fc.assert(
        fc.property(arbInput, (input) => {
          const { proposals } = planRotation(input);
          const animatorDays = new Set(input.existing.flatMap((e) => e.animatorIds.map((a) => `${a} ${e.date}`)));
          const venueTimes = [...input.existing];
          for (const p of proposals) {
            expect(isPublicHoliday(p.date)).toBe(false);
            expect(p.date >= input.from && p.date <= input.to).toBe(true);
            if (input.avoidSchoolHolidays) expect(schoolDayZoneB(p.date).kind).not.toBe('holiday');
            const venue = input.venues.find((v) => v.id === p.siteId)!;
            expect(venue.inseeCode).toBe(p.inseeCode);
            expect(venue.weekdays ?? [1, 2, 3, 4, 5]).toContain(isoWeekday(p.date));
            expect(input.themes).toContain(p.theme);
            expect(p.animatorIds).toHaveLength(1);
            for (const id of p.animatorIds) {
              const animator = input.animators.find((a) => a.id === id)!;
              expect(animator.weekdays).toContain(isoWeekday(p.date));
              expect(animatorDays.has(`${id} ${p.date}`), `${id} twice on ${p.date}`).toBe(false);
              animatorDays.add(`${id} ${p.date}`);
            }
            expect(venueTimes.some((e) => e.siteId === p.siteId && e.date === p.date && overlaps(e, p))).toBe(false);
            venueTimes.push(p);
          }
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'plans exactly the sessions asked when enough slots exist, never more, and warns when it cannot',
    () => {
      fc.assert(
        fc.property(arbInput, (input) => {
          const { proposals, warnings } = planRotation(input);
          const slots = capacity(input);
          expect(proposals.length).toBe(Math.min(input.count, slots));
          if (proposals.length < input.count) expect(warnings.length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'is deterministic',
    () => {
      fc.assert(
        fc.property(arbInput, (input) => {
          expect(planRotation(input)).toEqual(planRotation(input));
        }),
        { numRuns: Math.ceil(RUNS / 4) },
      );
    },
    SLOW,
  );

  it(
    'gives each commune its proportional share within ±1, and at least one session, when the calendar has room',
    () => {
      const roomy = fc.record({
        childminders: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 15 }),
        count: fc.integer({ min: 0, max: 120 }),
      });
      fc.assert(
        fc.property(roomy, ({ childminders, count }) => {
          const communes = childminders.map((n, i) => ({ inseeCode: `85${100 + i}`, name: `C${i}`, childminders: n }));
          const n = Math.max(count, communes.length);
          const { proposals, byCommune } = planRotation({
            from: '2025-09-01',
            to: '2026-08-31',
            count: n,
            startTime: '09:30',
            endTime: '11:30',
            communes,
            venues: communes.map((c, i) => ({ id: `v${i}`, name: `Salle ${i}`, inseeCode: c.inseeCode })),
            animators: [1, 2, 3].map((i) => ({ id: `a${i}`, name: `A${i}`, weekdays: [1, 2, 3, 4, 5] })),
            avoidSchoolHolidays: false,
            existing: [],
            themes: ['free_play'],
          });
          expect(proposals).toHaveLength(n);
          const total = childminders.reduce((s, x) => s + x, 0);
          const quotas = childminders.map((c) => (n * c) / total);
          for (const [i, c] of byCommune.entries()) {
            expect(c.sessions).toBeGreaterThanOrEqual(1);
            expect(c.sessions).toBe(proposals.filter((p) => p.inseeCode === c.inseeCode).length);
            // Without the one-each minimum binding, the share is within one of the quota.
            if (quotas.every((q) => q >= 1)) expect(Math.abs(c.sessions - quotas[i]!)).toBeLessThan(1);
          }
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    },
    SLOW,
  );
});

/** A relais like the seed's: 15 communes, 20 venues, 6 animators working 3 to 5 days. */
export function seedLikeYear(count = 250): PlannerInput {
  const childminders = [62, 41, 35, 30, 24, 21, 18, 15, 13, 11, 9, 8, 6, 5, 4];
  const communes = childminders.map((n, i) => ({
    inseeCode: `85${200 + i}`,
    name: `Commune ${i + 1}`,
    childminders: n,
  }));
  const venues = Array.from({ length: 20 }, (_, i) => ({
    id: `site-${i}`,
    name: `Salle ${i}`,
    inseeCode: communes[i % 15]!.inseeCode,
    ...(i % 4 === 3 ? { weekdays: [2, 4] } : {}),
  }));
  const animators = [
    [1, 2, 3, 4, 5],
    [1, 2, 4, 5],
    [1, 2, 3, 4],
    [2, 3, 4, 5],
    [1, 3, 5],
    [2, 4],
  ].map((weekdays, i) => ({ id: `anim-${i}`, name: `Animatrice ${i + 1}`, weekdays }));
  return {
    from: '2026-09-01',
    to: '2027-06-30',
    count,
    startTime: '09:30',
    endTime: '11:30',
    communes,
    venues,
    animators,
    avoidSchoolHolidays: true,
    existing: [],
    themes: ['free_play', 'motor', 'sensory', 'music', 'books', 'art'],
  };
}

describe('planRotation — a year like the seed’s', () => {
  const input = seedLikeYear();
  const result = planRotation(input);
  const { proposals } = result;

  it('places the 250 sessions, every commune at least once, in proportion to its childminders', () => {
    expect(proposals).toHaveLength(250);
    expect(result.warnings).toEqual([]);
    const total = input.communes.reduce((s, c) => s + c.childminders, 0);
    for (const c of result.byCommune) {
      expect(c.sessions).toBeGreaterThanOrEqual(1);
      expect(Math.abs(c.sessions - (250 * c.childminders) / total)).toBeLessThan(1);
    }
  });

  it('spreads the sessions: no commune twice in a row, regular intervals per commune', () => {
    const sorted = [...proposals].sort((a, b) => a.date.localeCompare(b.date));
    let repeats = 0;
    for (let i = 1; i < sorted.length; i++) if (sorted[i]!.inseeCode === sorted[i - 1]!.inseeCode) repeats += 1;
    expect(repeats).toBe(0);
    const span = daysBetween(input.from, input.to);
    for (const c of result.byCommune.filter((x) => x.sessions >= 4)) {
      const dates = sorted.filter((p) => p.inseeCode === c.inseeCode).map((p) => p.date);
      const gaps = dates.slice(1).map((d, i) => daysBetween(dates[i]!, d));
      // Never a gap of more than twice the even interval (school holidays included).
      expect(Math.max(...gaps), c.communeName).toBeLessThanOrEqual((2 * span) / c.sessions + 16);
      expect(Math.min(...gaps), c.communeName).toBeGreaterThanOrEqual(1);
    }
  });

  it('balances the animators by their working days and rotates the themes within each commune', () => {
    const perAnimator = input.animators.map(
      (a) => proposals.filter((p) => p.animatorIds[0] === a.id).length / a.weekdays.length,
    );
    expect(Math.max(...perAnimator) / Math.min(...perAnimator)).toBeLessThan(1.25);
    for (const c of result.byCommune) {
      const themes = proposals.filter((p) => p.inseeCode === c.inseeCode).map((p) => p.theme);
      for (let i = 1; i < themes.length; i++) expect(themes[i]).not.toBe(themes[i - 1]);
    }
  });

  it('keeps out of the school holidays of zone B when asked', () => {
    expect(proposals.filter((p) => schoolDayZoneB(p.date).kind === 'holiday')).toEqual([]);
    expect(proposals.some((p) => p.date >= '2026-10-17' && p.date <= '2026-11-01')).toBe(false);
  });
});

describe('planRotation — warnings in French', () => {
  const base = seedLikeYear(30);

  it('warns when a commune with childminders has no venue', () => {
    const input = { ...base, venues: base.venues.filter((v) => v.inseeCode !== '85200') };
    const result = planRotation(input);
    expect(result.warnings).toContain(
      'Aucun lieu d’activité à Commune 1 : 62 assistantes maternelles actives n’auront pas de séance dans sa commune.',
    );
    expect(result.byCommune.find((c) => c.inseeCode === '85200')!.sessions).toBe(0);
    expect(result.proposals).toHaveLength(30);
  });

  it('warns, never guesses, when the school calendar is unknown for part of the period', () => {
    const result = planRotation({ ...base, from: '2027-06-01', to: '2027-07-20' });
    expect(result.warnings).toContain(
      'Calendrier des vacances scolaires (zone B) inconnu du 3 juillet 2027 au 20 juillet 2027 : les vacances scolaires n’ont pas pu être évitées sur ces jours, vérifiez-les.',
    );
    expect(
      planRotation({ ...base, from: '2027-06-01', to: '2027-07-20', avoidSchoolHolidays: false }).warnings,
    ).toEqual([]);
  });

  it('warns when there are not enough days, and when there are fewer sessions than communes', () => {
    const short = planRotation({ ...base, from: '2026-09-07', to: '2026-09-08', count: 30 });
    // Two days, at most 5 animators a day (the sixth works neither Monday nor… she works Tuesday): 4 + 6 = 10 slots.
    expect(short.proposals.length).toBeLessThan(30);
    expect(short.warnings.some((w) => w.startsWith(`Seulement ${short.proposals.length} séances sur 30`))).toBe(true);
    expect(planRotation({ ...base, count: 5 }).warnings).toContain(
      '5 séances pour 15 communes : toutes les communes ne peuvent pas en avoir une.',
    );
  });

  it('keeps clear of the sessions already planned: their animators that day, their venue at that time', () => {
    const existing = base.animators.map((a, i) => ({
      date: '2026-09-08',
      startTime: '09:00',
      endTime: '12:00',
      siteId: base.venues[i]!.id,
      animatorIds: [a.id],
    }));
    const result = planRotation({ ...base, from: '2026-09-07', to: '2026-09-11', count: 10, existing });
    expect(result.proposals.filter((p) => p.date === '2026-09-08')).toEqual([]);
    expect(result.proposals).toHaveLength(10);
  });
});
