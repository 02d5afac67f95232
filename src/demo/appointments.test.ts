import { describe, expect, it } from 'vitest';
import { addDays, parisWallClock } from '../app/calendar.js';
import { AUDIENCE_PUBLICS, isSlotOf, minutesOf } from '../modules/appointments/appointments.rules.js';
import {
  DEMO_FUTURE_DAYS,
  DEMO_PAST_DAYS,
  DEMO_PERMANENCES,
  DEMO_PERMANENCES_FROM,
  DEMO_REASONS,
  planDemoAppointments,
} from './appointments.js';

const TODAY = '2026-03-11';
const NOW = new Date('2026-03-11T10:00:00.000Z');
const COMMUNES = ['85003', '85178', '85019'];

describe('the demo appointments', () => {
  const plan = planDemoAppointments(TODAY, NOW, COMMUNES);

  it('are the same on every run', () => {
    expect(JSON.stringify(planDemoAppointments(TODAY, NOW, COMMUNES))).toBe(JSON.stringify(plan));
    expect(plan.length).toBeGreaterThan(100);
  });

  it('offer about 20 hours of permanences a week, as the operating project says', () => {
    const minutes = DEMO_PERMANENCES.reduce((sum, p) => sum + minutesOf(p.endTime) - minutesOf(p.startTime), 0);
    expect(minutes).toBe(20 * 60);
    for (const p of DEMO_PERMANENCES) {
      for (const r of p.reasons) expect(DEMO_REASONS[r]!.modes, p.label).toContain(p.mode);
    }
  });

  it('book real slots of their permanence, never two at once for one person of the team', () => {
    const busy = new Map<string, { start: number; end: number }[]>();
    for (const a of plan) {
      const permanence = DEMO_PERMANENCES[a.permanence]!;
      const reason = DEMO_REASONS[a.reason]!;
      const pattern = {
        weekday: permanence.weekday,
        startTime: permanence.startTime,
        endTime: permanence.endTime,
        validFrom: DEMO_PERMANENCES_FROM,
        validTo: null,
        skipSchoolHolidays: permanence.skipSchoolHolidays,
        closures: [],
      };
      expect(isSlotOf(pattern, reason.durationMinutes, a.start)).toBe(true);
      expect(permanence.reasons).toContain(a.reason);
      expect(AUDIENCE_PUBLICS[reason.audience]).toContain(a.public);
      const date = parisWallClock(a.start).date;
      expect(date >= addDays(TODAY, -DEMO_PAST_DAYS) && date <= addDays(TODAY, DEMO_FUTURE_DAYS)).toBe(true);
      if (a.status !== 'cancelled') {
        const list = busy.get(permanence.holder) ?? [];
        for (const other of list) {
          expect(a.start.getTime() >= other.end || a.end.getTime() <= other.start).toBe(true);
        }
        list.push({ start: a.start.getTime(), end: a.end.getTime() });
        busy.set(permanence.holder, list);
      }
    }
  });

  it('have an outcome in the past and are booked ahead, some cancelled on both sides', () => {
    const past = plan.filter((a) => a.start < NOW);
    const future = plan.filter((a) => a.start >= NOW);
    expect(new Set(past.map((a) => a.status))).toEqual(new Set(['honoured', 'missed', 'cancelled']));
    expect(new Set(future.map((a) => a.status))).toEqual(new Set(['booked', 'cancelled']));
    expect(plan.every((a) => a.email === '' || a.email.endsWith('@exemple.test'))).toBe(true);
  });
});
