/**
 * Worked examples from public sources, asserted to the cent. Each example names its source.
 */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { LegalValuesUnavailableError, legalValuesOn } from './employer-help.legal-values.js';
import { calcResultSchema, type CalcResult } from './employer-help.schemas.js';
import { calculate } from './employer-help.topics.js';

const fig = (r: CalcResult, key: string) => {
  const f = r.figures.find((x) => x.key === key);
  if (!f) throw new Error(`figure ${key} absente`);
  return f.value;
};

describe('salary (mensualisation)', () => {
  // https://aide.employe-des-particuliers.info/hc/fr/articles/20681968540434-Salaire-et-indemnit%C3%A9s-de-l-assistante-maternelle
  // « 4.50€ brut/h X 40 heures par semaine X 52 semaines / 12 mois = 780.00€ brut par mois »
  it('année complète : 4,50 € × 40 h × 52 / 12 = 780,00 €', () => {
    const r = calculate('salary', {
      month: '2024-09',
      hourlyRate: 4.5,
      weeksPerYear: 52,
      schedule: { kind: 'regular', hoursPerWeek: 40, daysPerWeek: 4 },
    });
    expect(fig(r, 'monthlyGross')).toBe('780.00');
    expect(r.steps.find((s) => s.label === 'Salaire mensualisé brut')?.formula).toContain(
      '4,50\u00A0€ × 40\u00A0h × 52 semaines ÷ 12',
    );
    expect(calcResultSchema.parse(r)).toEqual(r);
  });

  // Same source: « 4,50€ brut/h X 40 heures par semaine X 36 semaines / 12 mois = 540.00€ brut par mois »
  it('année incomplète : 4,50 € × 40 h × 36 / 12 = 540,00 €', () => {
    const r = calculate('salary', {
      month: '2024-09',
      hourlyRate: 4.5,
      weeksPerYear: 36,
      schedule: { kind: 'regular', hoursPerWeek: 40, daysPerWeek: 4 },
    });
    expect(fig(r, 'monthlyGross')).toBe('540.00');
    expect(fig(r, 'monthlyHours')).toBe('120');
  });

  // The brief's example (issue 7): 4,10 € × 45 h × 52 semaines ÷ 12 = 799,50 €.
  it('4,10 € × 45 h × 52 / 12 = 799,50 € ; 195 h ; 5 jours × 52 / 12 = 21,67 → 22 jours', () => {
    const r = calculate('salary', {
      month: '2026-03',
      hourlyRate: 4.1,
      weeksPerYear: 52,
      schedule: { kind: 'regular', hoursPerWeek: 45, daysPerWeek: 5 },
      contributionRates: { employeePercent: 21.88 },
    });
    expect(fig(r, 'monthlyGross')).toBe('799.50');
    expect(fig(r, 'pajemploiHours')).toBe('195');
    expect(fig(r, 'pajemploiDays')).toBe('22');
    // 799,50 × 21,88 % = 174,93 (174,9306) ; net 624,57
    expect(fig(r, 'employeeContributions')).toBe('174.93');
    expect(fig(r, 'monthlyNet')).toBe('624.57');
    expect(r.warnings.filter((w) => w.includes('inférieur au minimum'))).toEqual([]);
  });

  // http://nounoutoulon.free.fr/pages/nombredejours.html : 45 semaines ÷ 12 × 5 jours = 18,75 jours → 19.
  it('jours Pajemploi : 5 jours × 45 semaines ÷ 12 = 18,75 → 19 ; 40 h × 52 ÷ 12 = 173,33 → 173 h', () => {
    const partial = calculate('salary', {
      month: '2025-10',
      hourlyRate: 4,
      weeksPerYear: 45,
      schedule: { kind: 'regular', hoursPerWeek: 30, daysPerWeek: 5 },
    });
    expect(fig(partial, 'pajemploiDays')).toBe('19');
    const full = calculate('salary', {
      month: '2025-10',
      hourlyRate: 4,
      weeksPerYear: 52,
      schedule: { kind: 'regular', hoursPerWeek: 40, daysPerWeek: 4 },
    });
    expect(fig(full, 'monthlyHours')).toBe('173.33');
    expect(fig(full, 'pajemploiHours')).toBe('173');
    expect(fig(full, 'monthlyGross')).toBe('693.33');
  });

  // https://sap-cgt.social/?p=7477 : minimum légal 0,281 × 12,02 € = 3,38 € ; conventionnel 3,64 € (avenant 9).
  it('salaire horaire sous le minimum de janvier 2026 (3,64 €) : avertissement', () => {
    const r = calculate('salary', {
      month: '2026-01',
      hourlyRate: 3.6,
      weeksPerYear: 52,
      schedule: { kind: 'regular', hoursPerWeek: 40, daysPerWeek: 5 },
    });
    const minStep = r.steps.find((s) => s.label === 'Salaire horaire minimum du mois');
    expect(minStep?.formula).toContain('3,38\u00A0€');
    expect(minStep?.result).toBe('3,64\u00A0€');
    expect(r.warnings.some((w) => w.includes('inférieur au minimum'))).toBe(true);
    // A past month uses that month's values: in March 2024 the minimum was 3,45 €.
    const past = calculate('salary', {
      month: '2024-03',
      hourlyRate: 3.6,
      weeksPerYear: 52,
      schedule: { kind: 'regular', hoursPerWeek: 40, daysPerWeek: 5 },
    });
    expect(past.warnings.some((w) => w.includes('inférieur au minimum'))).toBe(false);
  });

  it('rythmes multiples en année incomplète : heures de l’année ÷ 12', () => {
    const r = calculate('salary', {
      month: '2025-10',
      hourlyRate: 4,
      weeksPerYear: 40,
      schedule: {
        kind: 'rhythms',
        rhythms: [
          { label: 'semaines d’école', hoursPerWeek: 20, daysPerWeek: 4, weeks: 34 },
          { label: 'vacances', hoursPerWeek: 45, daysPerWeek: 5, weeks: 6 },
        ],
      },
    });
    // (20 × 34 + 45 × 6) = 950 h ÷ 12 = 79,17 h ; 950 × 4 ÷ 12 = 316,67 €
    expect(fig(r, 'monthlyHours')).toBe('79.17');
    expect(fig(r, 'monthlyGross')).toBe('316.67');
  });

  it('contrat de 50 h : 5 h majorées de 25 %', () => {
    const r = calculate('salary', {
      month: '2025-10',
      hourlyRate: 4,
      weeksPerYear: 52,
      majorationPercent: 25,
      schedule: { kind: 'regular', hoursPerWeek: 50, daysPerWeek: 5 },
    });
    // 45 × 52 ÷ 12 × 4 = 780 ; 5 × 52 ÷ 12 × 5 = 108,333… ; 888,33 €
    expect(fig(r, 'monthlyGross')).toBe('888.33');
    expect(r.warnings.some((w) => w.includes('45 h'))).toBe(true);
  });

  it('refuse 47 à 51 semaines, un taux négatif, et un contrat de plus de 45 h sans majoration (messages en français)', () => {
    const base = { month: '2025-10', hourlyRate: 4, schedule: { kind: 'regular', hoursPerWeek: 40, daysPerWeek: 5 } };
    expect(() => calculate('salary', { ...base, weeksPerYear: 48 })).toThrow(ZodError);
    try {
      calculate('salary', { ...base, weeksPerYear: 48 });
    } catch (e) {
      expect((e as ZodError).issues[0]?.message).toContain('weeksPerYear');
    }
    expect(() => calculate('salary', { ...base, weeksPerYear: 52, hourlyRate: -1 })).toThrow(/hourlyRate/);
    expect(() =>
      calculate('salary', {
        ...base,
        weeksPerYear: 52,
        schedule: { kind: 'regular', hoursPerWeek: 50, daysPerWeek: 5 },
      }),
    ).toThrow(/majorationPercent/);
  });
});

describe('extra-hours', () => {
  it('contrat 40 h, semaine de 50 h à 4 € et 10 % : 5 h complémentaires à 20,00 €, 5 h majorées à 22,00 €', () => {
    const r = calculate('extra-hours', {
      month: '2025-10',
      hourlyRate: 4,
      contractHoursPerWeek: 40,
      majorationPercent: 10,
      weeks: [{ hoursWorked: 50 }, { hoursWorked: 42 }, { hoursWorked: 38 }],
    });
    expect(fig(r, 'complementaryHours')).toBe('7');
    expect(fig(r, 'complementaryAmount')).toBe('28.00');
    expect(fig(r, 'majoratedHours')).toBe('5');
    expect(fig(r, 'majoratedAmount')).toBe('22.00');
    expect(fig(r, 'totalGross')).toBe('50.00');
    expect(r.warnings.some((w) => w.includes('48 h'))).toBe(true);
  });

  it('refuse une majoration de moins de 10 %', () => {
    expect(() =>
      calculate('extra-hours', {
        month: '2025-10',
        hourlyRate: 4,
        contractHoursPerWeek: 40,
        majorationPercent: 5,
        weeks: [{ hoursWorked: 50 }],
      }),
    ).toThrow(/majorationPercent/);
  });
});

describe('absences', () => {
  it('année complète : déduction en heures, maladie de l’enfant limitée à 5 jours sur 12 mois', () => {
    const r = calculate('absences', {
      month: '2025-11',
      weeksPerYear: 52,
      monthlyGrossSalary: 780,
      unitsScheduledInMonth: 160,
      childIllnessDaysInPrevious12Months: 3,
      absences: [
        { reason: 'child-illness', units: 24, days: 3, medicalCertificate: true },
        { reason: 'child-other', units: 8 },
        { reason: 'public-holiday-other', units: 8 },
      ],
    });
    // 2 jours restants sur 3 : 24 × 2 ÷ 3 = 16 h ; 780 × 16 ÷ 160 = 78,00 €
    expect(fig(r, 'deductedUnits')).toBe('16');
    expect(fig(r, 'deduction')).toBe('78.00');
    expect(fig(r, 'grossAfterDeduction')).toBe('702.00');
    expect(fig(r, 'childIllnessDaysLeft')).toBe('0');
    expect(r.warnings.some((w) => w.includes('5 jours'))).toBe(true);
  });

  it('année incomplète : déduction en jours (salaire × jours ÷ jours prévus)', () => {
    const r = calculate('absences', {
      month: '2025-11',
      weeksPerYear: 36,
      monthlyGrossSalary: 540,
      unitsScheduledInMonth: 17,
      absences: [
        { reason: 'childminder-illness', units: 2 },
        { reason: 'public-holiday-may-1', units: 1 },
      ],
    });
    // 540 × 2 ÷ 17 = 63,529… → 63,53 €
    expect(fig(r, 'deduction')).toBe('63.53');
  });

  it('maladie de l’enfant sans certificat : rémunérée', () => {
    const r = calculate('absences', {
      month: '2025-11',
      weeksPerYear: 52,
      monthlyGrossSalary: 780,
      unitsScheduledInMonth: 160,
      absences: [{ reason: 'child-illness', units: 8, days: 1 }],
    });
    expect(fig(r, 'deduction')).toBe('0.00');
  });
});

describe('paid-leave', () => {
  // https://www.nounou-top.fr/guide/?p=335 : 9 mois complets (36 semaines) → 22,5 jours, arrondis à 23.
  it('36 semaines → 23 jours ouvrables ; dixième contre maintien (année incomplète)', () => {
    const r = calculate('paid-leave', {
      periodEndYear: 2025,
      weeksPerYear: 36,
      weeksWorked: 36,
      grossPayOfPeriod: 5400,
      hourlyRate: 4.5,
      hoursPerWeek: 40,
      mainLeaveMonth: '2025-08',
    });
    expect(fig(r, 'daysAcquired')).toBe('23');
    expect(fig(r, 'tenth')).toBe('540.00');
    // 23 ÷ 6 × 40 × 4,50 = 690,00 €
    expect(fig(r, 'maintenance')).toBe('690.00');
    expect(fig(r, 'leavePay')).toBe('690.00');
    expect(fig(r, 'perDay')).toBe('30.00');
    expect(r.steps.some((s) => s.label.includes('douzièmes') && s.result.includes('non prévu'))).toBe(true);
  });

  it('52 semaines travaillées : 30 jours au plus ; complément du dixième en année complète', () => {
    const r = calculate('paid-leave', {
      periodEndYear: 2026,
      weeksPerYear: 52,
      weeksWorked: 52,
      grossPayOfPeriod: 10000,
      hourlyRate: 4,
      hoursPerWeek: 40,
    });
    expect(fig(r, 'daysAcquired')).toBe('30');
    // dixième 1 000 € ; maintien 30 ÷ 6 × 40 × 4 = 800 € ; complément 200 €
    expect(fig(r, 'fullYearComplement')).toBe('200.00');
  });
});

describe('allowances', () => {
  // https://zen-avec-mon-assmat.com/hausse-du-minimum-garanti-novembre-2024/ (MG 4,22 € au 1er novembre 2024) :
  // 3,80 € pour 9 h, 4,22 € pour 10 h, 2,65 € au moins pour les journées courtes.
  it('minimum d’entretien : 3,80 € (9 h), 4,22 € (10 h), 2,65 € (5 h) en décembre 2024', () => {
    const r = calculate('allowances', {
      month: '2024-12',
      days: [
        { date: '2024-12-02', hours: 9 },
        { date: '2024-12-03', hours: 10 },
        { date: '2024-12-04', hours: 5, meals: 1, km: 12 },
      ],
      maintenance: { amount: 2, per: 'day' },
      mealPrice: 3.5,
      kmRate: 0.42,
    });
    expect(r.steps[0]?.result).toBe('3,80\u00A0€');
    expect(r.steps[1]?.result).toBe('4,22\u00A0€');
    expect(r.steps[2]?.result).toBe('2,65\u00A0€');
    expect(fig(r, 'maintenanceTotal')).toBe('10.67');
    expect(fig(r, 'mealsTotal')).toBe('3.50');
    expect(fig(r, 'kmTotal')).toBe('5.04');
    expect(fig(r, 'total')).toBe('19.21');
    expect(r.warnings.some((w) => w.includes('sous le minimum'))).toBe(true);
  });
});

describe('end-of-contract', () => {
  // Durations: https://juritravail.com/Dossier/assistante-maternelle-tout-savoir-sur-ses-droits-obligations/20
  // 1/80 and 9 months: https://www.assistantes-maternelles-agreees.fr/faq/q-r-le-metier/632-les-indemnites-liees-a-la-rupture-du-cdi
  it('retrait après 2 ans : préavis 1 mois, 1/80 des salaires bruts, régularisation, congés non pris', () => {
    const r = calculate('end-of-contract', {
      contractStart: '2023-09-01',
      notificationDate: '2025-09-15',
      reason: 'employer-withdrawal',
      weeksPerYear: 36,
      totalGrossSalaries: 13000,
      hourlyRate: 4.5,
      hoursPerWeek: 40,
      regularisation: { hoursPaid: 2880, hoursWorked: 2920 },
      leavePeriods: [{ daysAcquired: 8, daysTakenOrPaid: 0, grossPayOfPeriod: 1620 }],
    });
    expect(fig(r, 'seniorityMonths')).toBe('24');
    expect(r.steps.find((s) => s.label === 'Préavis')?.result).toBe('1 mois, jusqu’au 14/10/2025 inclus');
    expect(fig(r, 'severance')).toBe('162.50');
    expect(fig(r, 'regularisation')).toBe('180.00');
    // dixième 162,00 ; maintien 8 ÷ 6 × 40 × 4,50 = 240,00
    expect(fig(r, 'leaveCompensation')).toBe('240.00');
    expect(fig(r, 'total')).toBe('582.50');
  });

  it('pas d’indemnité avant 9 mois, ni pour faute grave ; préavis de 15 jours entre 3 mois et un an', () => {
    const base = {
      contractStart: '2025-01-10',
      weeksPerYear: 52,
      totalGrossSalaries: 6000,
      hourlyRate: 4,
      hoursPerWeek: 40,
    };
    const early = calculate('end-of-contract', {
      ...base,
      notificationDate: '2025-09-09',
      reason: 'employer-withdrawal',
    });
    expect(fig(early, 'seniorityMonths')).toBe('7');
    expect(fig(early, 'severance')).toBe('0.00');
    expect(early.steps.find((s) => s.label === 'Préavis')?.result).toBe(
      '15 jours calendaires, jusqu’au 23/09/2025 inclus',
    );
    const fault = calculate('end-of-contract', {
      ...base,
      notificationDate: '2026-09-09',
      reason: 'employer-gross-misconduct',
    });
    expect(fig(fault, 'severance')).toBe('0.00');
    expect(fault.steps.find((s) => s.label === 'Préavis')?.result).toBe('aucun (faute grave)');
    const young = calculate('end-of-contract', { ...base, notificationDate: '2025-02-20', reason: 'resignation' });
    expect(young.steps.find((s) => s.label === 'Préavis')?.result).toBe(
      '8 jours calendaires, jusqu’au 27/02/2025 inclus',
    );
  });
});

describe('legal values', () => {
  it('refuse une date antérieure à 2022 avec un message en français', () => {
    expect(() => legalValuesOn('2021-12-31')).toThrow(LegalValuesUnavailableError);
    expect(() => legalValuesOn('2021-12-31')).toThrow(/1er janvier 2022/);
    expect(() =>
      calculate('salary', {
        month: '2021-06',
        hourlyRate: 4,
        weeksPerYear: 52,
        schedule: { kind: 'regular', hoursPerWeek: 40, daysPerWeek: 5 },
      }),
    ).toThrow(LegalValuesUnavailableError);
  });

  it('donne les valeurs en vigueur à une date (SMIC et MG de 2026)', () => {
    const v = legalValuesOn('2026-03-15');
    expect(v.smicHourly?.value).toBe('12.02');
    expect(v.minimumGaranti?.value).toBe('4.25');
    expect(v.conventionalMinimumHourly?.value).toBe('3.64');
    expect(legalValuesOn('2022-03-01').conventionalMinimumHourly).toBeNull();
  });
});
