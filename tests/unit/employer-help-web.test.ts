import { describe, expect, it } from 'vitest';
import { TOPIC_KEYS } from '../../src/modules/employer-help/employer-help.schemas.js';
import { TOPICS } from '../../src/modules/employer-help/employer-help.topics.js';
import {
  formatFigure,
  frenchDecimal,
  MAIN_FIGURES,
  plainMessage,
  TOPIC_LIST,
  topicBySlug,
} from '../../web/src/api/employer-help.js';
import { weekdaysOf } from '../../web/src/routes/public/employer-help/forms/AllowancesForm.js';
import { TOPIC_FORMS } from '../../web/src/routes/public/employer-help/forms/index.js';

describe('the web pages of the employer-help calculator', () => {
  it('list every topic of the server once, with its title and summary', () => {
    expect(TOPIC_LIST.map((t) => t.key)).toEqual([...TOPIC_KEYS]);
    for (const t of TOPIC_LIST) {
      expect(t.title, t.key).toBe(TOPICS[t.key].title);
      expect(t.summary, t.key).toBe(TOPICS[t.key].summary);
      expect(topicBySlug(t.slug)).toBe(t);
    }
    expect(new Set(TOPIC_LIST.map((t) => t.slug)).size).toBe(TOPIC_KEYS.length);
  });

  it('show large only figures the server computes', () => {
    const samples: Record<string, unknown> = {
      salary: {
        month: '2026-03',
        hourlyRate: 4.1,
        weeksPerYear: 46,
        schedule: { kind: 'regular', hoursPerWeek: 40, daysPerWeek: 5 },
      },
    };
    const result = TOPICS.salary.compute(TOPICS.salary.input.parse(samples.salary));
    const keys = result.figures.map((f) => f.key);
    for (const key of MAIN_FIGURES.salary) expect(keys).toContain(key);
  });

  it('write decimals the French way without going through floats', () => {
    expect(frenchDecimal('628.67', 2)).toBe('628,67');
    expect(frenchDecimal('1234567.5', 2)).toBe('1\u202f234\u202f567,50');
    expect(frenchDecimal('153')).toBe('153');
    expect(frenchDecimal('-0.1', 2)).toBe('−0,10');
    expect(formatFigure({ value: '628.67', unit: 'EUR' })).toBe('628,67\u00a0€');
    expect(formatFigure({ value: '1', unit: 'days' })).toBe('1\u00a0jour');
    expect(formatFigure({ value: '20', unit: 'days' })).toBe('20\u00a0jours');
    expect(formatFigure({ value: '10', unit: 'percent' })).toBe('10\u00a0%');
  });

  it('drop the JSON names from the server messages, not the French words in brackets', () => {
    expect(plainMessage('Heures par semaine (hoursPerWeek) : 60 au plus.')).toBe('Heures par semaine : 60 au plus.');
    expect(plainMessage('Taux (contributionRates.employeePercent) : 100 au plus.')).toBe('Taux : 100 au plus.');
    expect(plainMessage('Mois (month) invalide (format AAAA-MM).')).toBe('Mois invalide (format AAAA-MM).');
    expect(plainMessage('Salaire (un nombre).')).toBe('Salaire (un nombre).');
  });

  it('propose the Monday-to-Friday days of a month', () => {
    const days = weekdaysOf('2026-11');
    expect(days[0]).toBe('2026-11-02');
    expect(days.at(-1)).toBe('2026-11-30');
    expect(days).toHaveLength(21);
  });

  it('send, once the fields a person must type are filled, an input the schema of each topic accepts', () => {
    const today = '2026-11-30';
    // What a person types into the fields that start empty; everything else keeps its default.
    const typed: Record<string, Record<string, unknown>> = {
      salary: { hourlyRate: 4.1, hoursPerWeek: 40 },
      'extra-hours': { hourlyRate: 4.1, contractHoursPerWeek: 40, weeks: [42, 47, 40, 40] },
      absences: {
        monthlyGrossSalary: 800,
        unitsScheduledInMonth: 160,
        absences: [{ ...emptyAbsence(), units: 9, days: 1 }],
      },
      'paid-leave': { weeksWorked: 47, grossPayOfPeriod: 9000, hourlyRate: 4.1, hoursPerWeek: 40 },
      allowances: { maintenanceAmount: 4 },
      'end-of-contract': { contractStart: '2024-09-02', totalGrossSalaries: 18000, hourlyRate: 4.1, hoursPerWeek: 40 },
    };
    function emptyAbsence() {
      return (TOPIC_FORMS.absences.initial(today) as { absences: object[] }).absences[0];
    }
    for (const key of TOPIC_KEYS) {
      const form = TOPIC_FORMS[key];
      const values = { ...(form.initial(today) as object), ...typed[key] };
      const parsed = TOPICS[key].input.safeParse(form.toInput(values));
      expect(parsed.error?.issues ?? [], key).toEqual([]);
      expect(TOPICS[key].compute(parsed.data).figures.length, key).toBeGreaterThan(0);
      // And an empty form is refused, with French messages (nothing is computed from blanks).
      expect(TOPICS[key].input.safeParse(form.toInput(form.initial(today))).success, key).toBe(false);
    }
  });
});
