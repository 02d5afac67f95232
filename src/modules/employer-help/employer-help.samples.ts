/**
 * One realistic input per topic of the calculator: the examples of the integrators' documentation
 * (docs/employer-help.md, `relais calc`), and of the tests of the CLI and the routes. Each is
 * valid for its topic's schema (a test computes them all).
 */
import type { TopicKey } from './employer-help.schemas.js';

export const SAMPLE_INPUTS: Record<TopicKey, Record<string, unknown>> = {
  salary: {
    month: '2026-03',
    hourlyRate: 4.1,
    weeksPerYear: 52,
    schedule: { kind: 'regular', hoursPerWeek: 45, daysPerWeek: 5 },
    contributionRates: { employeePercent: 21.88 },
  },
  'extra-hours': {
    month: '2026-03',
    hourlyRate: 4.1,
    contractHoursPerWeek: 40,
    majorationPercent: 25,
    weeks: [
      { label: 'Semaine du 2 mars', hoursWorked: 43 },
      { label: 'Semaine du 9 mars', hoursWorked: 48 },
      { label: 'Semaine du 16 mars', hoursWorked: 40 },
      { label: 'Semaine du 23 mars', hoursWorked: 40 },
    ],
  },
  absences: {
    month: '2026-03',
    weeksPerYear: 52,
    monthlyGrossSalary: 710.67,
    unitsScheduledInMonth: 176,
    absences: [{ reason: 'childminder-unpaid-leave', units: 8 }],
  },
  'paid-leave': {
    periodEndYear: 2026,
    weeksPerYear: 36,
    weeksWorked: 36,
    grossPayOfPeriod: 6480,
    hourlyRate: 4.5,
    hoursPerWeek: 40,
    mainLeaveMonth: '2026-08',
  },
  allowances: {
    month: '2026-03',
    days: [
      { date: '2026-03-02', hours: 9, meals: 1 },
      { date: '2026-03-03', hours: 9, meals: 1, km: 12 },
      { date: '2026-03-05', hours: 4 },
    ],
    maintenance: { amount: 4, per: 'day' },
    mealPrice: 3.5,
    kmRate: 0.4,
  },
  'end-of-contract': {
    contractStart: '2023-09-04',
    notificationDate: '2026-03-02',
    reason: 'employer-withdrawal',
    weeksPerYear: 52,
    totalGrossSalaries: 21500,
    hourlyRate: 4.1,
    hoursPerWeek: 40,
    leavePeriods: [{ label: 'Période en cours', daysAcquired: 22, daysTakenOrPaid: 0, grossPayOfPeriod: 6396 }],
  },
};
