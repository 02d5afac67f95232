/** Invariants of the calculator, checked with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acquiredDays } from './employer-help.paid-leave.rules.js';
import { dec, frMoney } from './employer-help.money.js';
import { calcResultSchema, TOPIC_KEYS } from './employer-help.schemas.js';
import { mensualise } from './employer-help.salary.rules.js';
import { calculate } from './employer-help.topics.js';

const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const months = fc.constantFrom('2022-03', '2023-06', '2024-11', '2025-07', '2026-03', '2026-11');

describe('invariants', () => {
  it('le salaire mensualisé (52 semaines) × 12 égale le salaire annuel, à l’arrondi près', () => {
    fc.assert(
      fc.property(
        cents(3, 15),
        fc.integer({ min: 1, max: 240 }).map((q) => q / 4),
        (rate, hours) => {
          const m = mensualise({
            month: '2025-01',
            hourlyRate: rate,
            weeksPerYear: 52,
            qualified: false,
            majorationPercent: 10,
            schedule: { kind: 'regular', hoursPerWeek: hours, daysPerWeek: 5 },
          });
          const diff = m.monthlyGross.times(12).minus(m.yearlyGross).abs();
          expect(diff.lte('0.06')).toBe(true);
        },
      ),
    );
  });

  it('une déduction ne dépasse jamais le salaire', () => {
    fc.assert(
      fc.property(
        cents(1, 3000),
        fc.integer({ min: 1, max: 200 }),
        fc.array(
          fc.record({
            reason: fc.constantFrom('childminder-illness', 'child-illness', 'child-other', 'public-holiday-other'),
            share: fc.integer({ min: 0, max: 100 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (salary, scheduled, items) => {
          const total = items.reduce((s, i) => s + i.share, 0) || 1;
          const absences = items.map((i) => ({
            reason: i.reason,
            units: Math.floor((i.share * scheduled) / total),
            days: 1,
            medicalCertificate: true,
            workedDayBeforeAndAfter: false,
          }));
          const r = calculate('absences', {
            month: '2025-05',
            weeksPerYear: 52,
            monthlyGrossSalary: salary,
            unitsScheduledInMonth: scheduled,
            absences,
          });
          const deduction = dec(r.figures.find((f) => f.key === 'deduction')!.value);
          expect(deduction.lte(salary)).toBe(true);
          expect(deduction.gte(0)).toBe(true);
        },
      ),
    );
  });

  it('le dixième croît avec la rémunération de la période', () => {
    fc.assert(
      fc.property(cents(0, 40000), cents(0, 40000), (a, b) => {
        const run = (pay: number) =>
          dec(
            calculate('paid-leave', {
              periodEndYear: 2025,
              weeksPerYear: 40,
              weeksWorked: 40,
              grossPayOfPeriod: pay,
              hourlyRate: 4,
              hoursPerWeek: 30,
            }).figures.find((f) => f.key === 'tenth')!.value,
          );
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(run(lo).lte(run(hi))).toBe(true);
      }),
    );
  });

  it('les congés acquis ne dépassent jamais 30 jours et croissent avec les semaines', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5200 }).map((n) => n / 100),
        (weeks) => {
          const d = acquiredDays(weeks);
          expect(d.lte(30)).toBe(true);
          expect(d.gte(acquiredDays(Math.max(0, weeks - 1)))).toBe(true);
        },
      ),
    );
  });

  it('l’heure majorée n’est jamais sous le taux de base × 1,10', () => {
    fc.assert(
      fc.property(cents(3, 15), fc.integer({ min: 10, max: 100 }), (rate, pct) => {
        const r = calculate('extra-hours', {
          month: '2025-05',
          hourlyRate: rate,
          contractHoursPerWeek: 40,
          majorationPercent: pct,
          weeks: [{ hoursWorked: 50 }],
        });
        const majorated = dec(r.figures.find((f) => f.key === 'majoratedHourlyRate')!.value);
        expect(majorated.gte(dec(rate).times('1.1').toDecimalPlaces(4))).toBe(true);
      }),
    );
  });

  it('tout résultat est conforme au schéma : ses valeurs sont des décimaux', () => {
    const inputs = (month: string, rate: number, hours: number) => ({
      salary: {
        month,
        hourlyRate: rate,
        weeksPerYear: 46,
        schedule: { kind: 'regular', hoursPerWeek: hours, daysPerWeek: 5 },
      },
      'extra-hours': {
        month,
        hourlyRate: rate,
        contractHoursPerWeek: hours,
        majorationPercent: 10,
        weeks: [{ hoursWorked: 45 }],
      },
      absences: {
        month,
        weeksPerYear: 46,
        monthlyGrossSalary: 500,
        unitsScheduledInMonth: 20,
        absences: [{ reason: 'childminder-illness', units: 1 }],
      },
      'paid-leave': {
        periodEndYear: Number(month.slice(0, 4)) + 1,
        weeksPerYear: 46,
        weeksWorked: 46,
        grossPayOfPeriod: 6000,
        hourlyRate: rate,
        hoursPerWeek: hours,
      },
      allowances: { month, days: [{ date: `${month}-02`, hours: 8 }], maintenance: { amount: 3.5, per: 'day' } },
      'end-of-contract': {
        contractStart: '2022-02-01',
        notificationDate: `${month}-10`,
        reason: 'employer-withdrawal',
        weeksPerYear: 52,
        totalGrossSalaries: 12000,
        hourlyRate: rate,
        hoursPerWeek: hours,
      },
    });
    fc.assert(
      fc.property(months, cents(3, 12), fc.integer({ min: 1, max: 45 }), (month, rate, hours) => {
        const all = inputs(month, rate, hours);
        for (const topic of TOPIC_KEYS) {
          const r = calculate(topic, all[topic]);
          expect(calcResultSchema.safeParse(r).success).toBe(true);
          expect(r.topic).toBe(topic);
          expect(r.steps.length).toBeGreaterThan(0);
          expect(r.articles.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('le format français utilise l’espace insécable U+00A0, jamais U+202F', () => {
    expect(frMoney('1234567.5')).toBe('1\u00A0234\u00A0567,50\u00A0€');
    fc.assert(
      fc.property(cents(0, 10_000_000), (n) => {
        expect(frMoney(n)).not.toContain('\u202F');
      }),
    );
  });
});
