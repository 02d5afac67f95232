import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, isPublicHoliday, parisInstant, parisWallClock } from '../../app/calendar.js';
import {
  reachProblems,
  cellsOf,
  firstNameOf,
  freeSlots,
  isSlotOf,
  minutesOf,
  permanenceOpenOn,
  permanenceProblems,
  placeLabel,
  reasonProblems,
  reminderInstant,
  shortName,
  timeOf,
  type PermanencePattern,
} from './appointments.rules.js';
import { schoolDayZoneB, ZONE_B_HOLIDAYS } from './school-holidays.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Tuesday mornings 09:00–12:00 from 2026-01-01, no end. */
const tuesday: PermanencePattern = {
  weekday: 2,
  startTime: '09:00',
  endTime: '12:00',
  validFrom: '2026-01-01',
  validTo: null,
  skipSchoolHolidays: false,
  closures: [],
};
const anyTime = { minHours: 0, maxDays: null };

describe('the school holidays of zone B', () => {
  it('knows the periods of the official calendar, and nothing outside the table', () => {
    expect(schoolDayZoneB('2026-02-16')).toEqual({ kind: 'holiday', name: 'Vacances d’hiver' });
    expect(schoolDayZoneB('2026-03-02')).toEqual({ kind: 'school' });
    expect(schoolDayZoneB('2025-04-21').kind).toBe('holiday');
    expect(schoolDayZoneB('2025-04-22').kind).toBe('school');
    expect(schoolDayZoneB('2026-09-01').kind).toBe('school');
    expect(schoolDayZoneB('2026-08-31').kind).toBe('holiday');
    expect(schoolDayZoneB('2024-06-01').kind).toBe('unknown');
    expect(schoolDayZoneB('2027-07-10').kind).toBe('unknown');
  });

  it('lists periods that start on a Saturday, end on a Sunday or a Monday, in order, without overlap', () => {
    for (const [i, p] of ZONE_B_HOLIDAYS.entries()) {
      expect(isoWeekday(p.from), p.from).toBe(6);
      // Classes resume on a Monday, or on a Tuesday after Easter Monday or for the school year.
      expect([1, 2], p.to).toContain(isoWeekday(addDays(p.to, 1)));
      expect(p.to > p.from).toBe(true);
      if (i > 0) expect(p.from > ZONE_B_HOLIDAYS[i - 1]!.to).toBe(true);
    }
  });
});

describe('when a permanence is open', () => {
  it('is closed on other weekdays, outside its dates, on public holidays and closures', () => {
    expect(permanenceOpenOn(tuesday, '2026-03-03')).toEqual({ open: true });
    expect(permanenceOpenOn(tuesday, '2026-03-04')).toEqual({ open: false, why: 'weekday' });
    expect(permanenceOpenOn({ ...tuesday, validTo: '2026-03-01' }, '2026-03-03')).toEqual({
      open: false,
      why: 'validity',
    });
    // Tuesday 14 July 2026.
    expect(permanenceOpenOn(tuesday, '2026-07-14')).toEqual({ open: false, why: 'public_holiday' });
    expect(permanenceOpenOn({ ...tuesday, closures: ['2026-03-10'] }, '2026-03-10')).toEqual({
      open: false,
      why: 'closure',
    });
  });

  it('skips the school holidays if asked, and dates the table does not know', () => {
    const skipping = { ...tuesday, skipSchoolHolidays: true };
    expect(permanenceOpenOn(tuesday, '2026-02-17').open).toBe(true);
    expect(permanenceOpenOn(skipping, '2026-02-17')).toEqual({ open: false, why: 'school_holiday' });
    expect(permanenceOpenOn(skipping, '2026-03-03').open).toBe(true);
    expect(permanenceOpenOn(skipping, '2027-09-07')).toEqual({ open: false, why: 'school_unknown' });
  });
});

describe('the free slots of a permanence', () => {
  it('starts at the permanence start and steps by the duration, in Paris time, summer and winter', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const winter = freeSlots(tuesday, 45, '2026-03-03', '2026-03-03', now, anyTime, new Set());
    expect(winter.map((s) => parisWallClock(s.start).time)).toEqual(['09:00', '09:45', '10:30', '11:15']);
    expect(winter[0]!.start.toISOString()).toBe('2026-03-03T08:00:00.000Z');
    const summer = freeSlots(tuesday, 60, '2026-04-07', '2026-04-07', now, anyTime, new Set());
    expect(summer.map((s) => s.start.toISOString())).toEqual([
      '2026-04-07T07:00:00.000Z',
      '2026-04-07T08:00:00.000Z',
      '2026-04-07T09:00:00.000Z',
    ]);
  });

  it('leaves out slots within the minimum notice or beyond the maximum', () => {
    const now = new Date('2026-03-02T09:30:00Z'); // Monday 10:30 in Paris
    const slots = freeSlots(tuesday, 60, '2026-03-03', '2026-05-31', now, { minHours: 24, maxDays: 14 }, new Set());
    expect(slots[0]!.start.toISOString()).toBe('2026-03-03T10:00:00.000Z'); // Tuesday 11:00, 24 h 30 later
    // The latest start is Monday 16 March 10:30: the last Tuesday is the 10th.
    expect(slots.at(-1)!.start.toISOString()).toBe('2026-03-10T10:00:00.000Z');
  });

  it('leaves out slots that overlap a held cell', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const held = new Set(cellsOf(new Date('2026-03-03T08:40:00Z'), 10)); // 09:40–09:50 Paris
    const slots = freeSlots(tuesday, 30, '2026-03-03', '2026-03-03', now, anyTime, held);
    expect(slots.map((s) => parisWallClock(s.start).time)).toEqual(['09:00', '10:00', '10:30', '11:00', '11:30']);
  });

  const arbTime = fc.integer({ min: 6 * 12, max: 20 * 12 }).map((cells) => timeOf(cells * 5));
  const arbPattern: fc.Arbitrary<PermanencePattern> = fc
    .record({
      weekday: fc.integer({ min: 1, max: 7 }),
      start: arbTime,
      length: fc.integer({ min: 2, max: 60 }).map((n) => n * 5),
      validFrom: fc.integer({ min: 0, max: 400 }).map((n) => addDays('2025-09-01', n)),
      days: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
      skipSchoolHolidays: fc.boolean(),
      closures: fc.array(
        fc.integer({ min: 0, max: 500 }).map((n) => addDays('2025-09-01', n)),
        { maxLength: 10 },
      ),
    })
    .map((r) => ({
      weekday: r.weekday,
      startTime: r.start,
      endTime: timeOf(Math.min(minutesOf(r.start) + r.length, 23 * 60 + 55)),
      validFrom: r.validFrom,
      validTo: r.days === null ? null : addDays(r.validFrom, r.days),
      skipSchoolHolidays: r.skipSchoolHolidays,
      closures: r.closures,
    }));
  const arbCase = fc.record({
    pattern: arbPattern,
    duration: fc.integer({ min: 2, max: 48 }).map((n) => n * 5),
    from: fc.integer({ min: 0, max: 500 }).map((n) => addDays('2025-09-01', n)),
    span: fc.integer({ min: 0, max: 35 }),
    now: fc.date({ min: new Date('2025-08-01T00:00:00Z'), max: new Date('2027-03-01T00:00:00Z'), noInvalidDate: true }),
    minHours: fc.integer({ min: 0, max: 72 }),
    maxDays: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
    holds: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 540 }), minute: fc.integer({ min: 0, max: 287 }), cells: fc.nat(12) }),
      { maxLength: 30 },
    ),
  });

  it('only offers slots of open days, within the hours and the notice, free, apart, and in order', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const to = addDays(c.from, c.span);
        const held = new Set(
          c.holds.flatMap((h) =>
            cellsOf(parisInstant(addDays('2025-09-01', h.day), timeOf(h.minute * 5)), (h.cells + 1) * 5),
          ),
        );
        const notice = { minHours: c.minHours, maxDays: c.maxDays };
        const slots = freeSlots(c.pattern, c.duration, c.from, to, c.now, notice, held);
        let previousEnd = 0;
        for (const slot of slots) {
          const wall = parisWallClock(slot.start);
          expect(wall.date).toBe(slot.date);
          expect(slot.date >= c.from && slot.date <= to).toBe(true);
          expect(isoWeekday(slot.date)).toBe(c.pattern.weekday);
          expect(isPublicHoliday(slot.date)).toBe(false);
          expect(permanenceOpenOn(c.pattern, slot.date).open).toBe(true);
          expect(wall.time >= c.pattern.startTime).toBe(true);
          expect(minutesOf(wall.time) + c.duration <= minutesOf(c.pattern.endTime)).toBe(true);
          expect((minutesOf(wall.time) - minutesOf(c.pattern.startTime)) % c.duration).toBe(0);
          expect(slot.end.getTime() - slot.start.getTime()).toBe(c.duration * MINUTE);
          expect(slot.start.getTime()).toBeGreaterThanOrEqual(c.now.getTime() + c.minHours * HOUR);
          if (c.maxDays !== null)
            expect(slot.start.getTime()).toBeLessThanOrEqual(c.now.getTime() + c.maxDays * 24 * HOUR);
          expect(cellsOf(slot.start, c.duration).some((cell) => held.has(cell))).toBe(false);
          expect(slot.start.getTime()).toBeGreaterThanOrEqual(previousEnd);
          expect(isSlotOf(c.pattern, c.duration, slot.start)).toBe(true);
          previousEnd = slot.end.getTime();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with holds, offers exactly the slots without holds that overlap none of them', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const to = addDays(c.from, c.span);
        const held = new Set(
          c.holds.flatMap((h) =>
            cellsOf(parisInstant(addDays('2025-09-01', h.day), timeOf(h.minute * 5)), (h.cells + 1) * 5),
          ),
        );
        const notice = { minHours: c.minHours, maxDays: c.maxDays };
        const all = freeSlots(c.pattern, c.duration, c.from, to, c.now, notice, new Set());
        const free = freeSlots(c.pattern, c.duration, c.from, to, c.now, notice, held);
        const expected = all.filter((s) => !cellsOf(s.start, c.duration).some((cell) => held.has(cell)));
        expect(free).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('holds exactly the 5-minute cells an appointment covers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 2, max: 48 }), (n, k) => {
        const start = new Date(Date.UTC(2026, 0, 1) + n * 5 * MINUTE);
        const cells = cellsOf(start, k * 5);
        expect(cells).toHaveLength(k);
        expect(cells[0]).toBe(start.getTime());
        for (let i = 1; i < cells.length; i++) expect(cells[i]! - cells[i - 1]!).toBe(5 * MINUTE);
      }),
    );
  });

  it('recognises a slot start, and refuses a time off the step, off hours or on a closed day', () => {
    expect(isSlotOf(tuesday, 30, new Date('2026-03-03T08:30:00Z'))).toBe(true);
    expect(isSlotOf(tuesday, 30, new Date('2026-03-03T08:15:00Z'))).toBe(false);
    expect(isSlotOf(tuesday, 30, new Date('2026-03-03T11:00:00Z'))).toBe(false); // 12:00 Paris
    expect(isSlotOf(tuesday, 30, new Date('2026-03-03T08:30:01Z'))).toBe(false);
    expect(isSlotOf(tuesday, 30, new Date('2026-07-14T07:00:00Z'))).toBe(false);
  });
});

describe('the reminder', () => {
  it('goes at 09:00 Paris two days before, moved back over Sundays and public holidays', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const at = (iso: string) => reminderInstant(new Date(iso), now)?.toISOString();
    // Thursday 5 March 2026, 10:00 → Tuesday 3 March 09:00 (winter).
    expect(at('2026-03-05T09:00:00Z')).toBe('2026-03-03T08:00:00.000Z');
    // Tuesday 10 March → Sunday 8 → Saturday 7 March.
    expect(at('2026-03-10T09:00:00Z')).toBe('2026-03-07T08:00:00.000Z');
    // Wednesday 3 June 2026 → Monday 1 June (summer time).
    expect(at('2026-06-03T08:00:00Z')).toBe('2026-06-01T07:00:00.000Z');
    // Wednesday 27 May 2026 → Monday 25 May (Whit Monday) → Sunday 24 → Saturday 23 May.
    expect(at('2026-05-27T08:00:00Z')).toBe('2026-05-23T07:00:00.000Z');
  });

  it('is skipped when its time has passed at booking', () => {
    const start = new Date('2026-03-05T09:00:00Z');
    expect(reminderInstant(start, new Date('2026-03-03T07:59:00Z'))).not.toBeNull();
    expect(reminderInstant(start, new Date('2026-03-03T08:00:00Z'))).toBeNull();
    expect(reminderInstant(start, new Date('2026-03-04T12:00:00Z'))).toBeNull();
  });

  it('is always at 09:00 Paris, at least two days before, on a day that is neither Sunday nor holiday', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        (start) => {
          const reminder = reminderInstant(start, new Date('2000-01-01T00:00:00Z'))!;
          const wall = parisWallClock(reminder);
          const day = parisWallClock(start).date;
          expect(wall.time).toBe('09:00');
          expect(wall.date <= addDays(day, -2)).toBe(true);
          expect(wall.weekday).not.toBe(7);
          expect(isPublicHoliday(wall.date)).toBe(false);
          // Every day skipped between the reminder and two days before is a Sunday or a public holiday.
          for (let d = addDays(wall.date, 1); d <= addDays(day, -2); d = addDays(d, 1)) {
            expect(isoWeekday(d) === 7 || isPublicHoliday(d), d).toBe(true);
          }
        },
      ),
    );
  });
});

describe('checks of reasons and permanences', () => {
  it('refuses impossible hours and places', () => {
    const base = {
      startTime: '09:00',
      endTime: '12:00',
      validFrom: '2026-01-01',
      validTo: null,
      mode: 'in_person' as const,
      siteId: 's',
    };
    expect(permanenceProblems(base)).toEqual([]);
    expect(permanenceProblems({ ...base, startTime: '09:03' }).map((p) => p.field)).toEqual(['startTime']);
    expect(permanenceProblems({ ...base, endTime: '09:05' }).map((p) => p.field)).toEqual(['endTime']);
    expect(permanenceProblems({ ...base, validTo: '2025-12-31' }).map((p) => p.field)).toEqual(['validTo']);
    expect(permanenceProblems({ ...base, siteId: null }).map((p) => p.field)).toEqual(['siteId']);
    expect(permanenceProblems({ ...base, mode: 'phone' }).map((p) => p.field)).toEqual(['siteId']);
  });

  it('refuses a duration off the grid, duplicate modes and a notice that leaves no slot', () => {
    const base = { durationMinutes: 30, modes: ['phone' as const], minNoticeHours: 24, maxNoticeDays: 60 };
    expect(reasonProblems(base)).toEqual([]);
    expect(reasonProblems({ ...base, durationMinutes: 32 }).map((p) => p.field)).toEqual(['durationMinutes']);
    expect(reasonProblems({ ...base, modes: ['phone', 'phone'] }).map((p) => p.field)).toEqual(['modes']);
    expect(reasonProblems({ ...base, minNoticeHours: 72, maxNoticeDays: 2 }).map((p) => p.field)).toEqual([
      'minNoticeHours',
    ]);
  });
});

describe('what people read', () => {
  it('names places and people briefly', () => {
    expect(placeLabel('phone', null)).toBe('Par téléphone');
    expect(placeLabel('video', null)).toBe('En visio');
    expect(placeLabel('in_person', { name: 'Siège', address: '24 rue des Landes' })).toBe('Siège, 24 rue des Landes');
    expect(firstNameOf('  Julie Bernardeau ')).toBe('Julie');
    expect(shortName('Camille Dupont-Martin')).toBe('Camille D.');
    expect(shortName('Camille')).toBe('Camille');
    expect(shortName('  élise  arnaud ')).toBe('élise A.');
  });
});

describe('reaching the person of an appointment at a distance', () => {
  const person = { email: 'camille@exemple.test', phone: '06 12 34 56 78' };
  it('needs a phone number for a call and an e-mail for a video link, nothing in person', () => {
    expect(reachProblems('in_person', { email: '', phone: '' })).toEqual([]);
    expect(reachProblems('phone', person)).toEqual([]);
    expect(reachProblems('phone', { ...person, phone: '06 12' })[0]?.field).toBe('phone');
    expect(reachProblems('video', { ...person, phone: '' })).toEqual([]);
    expect(reachProblems('video', { ...person, email: '' })[0]?.field).toBe('email');
  });
});
