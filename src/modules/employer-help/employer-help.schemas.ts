/**
 * The shapes of the employer-help calculator (issue 7): one input per topic, and the result every
 * topic returns. Inputs are plain JSON (numbers are fine: `hourlyRate: 4.1` means 4,10 €); results
 * carry money and quantities as decimal strings ("333.67"), never floats. French messages naming
 * the field. The names exported here are read by the CLI, the routes and the web pages: keep them.
 */
import { z } from 'zod';

export const TOPIC_KEYS = ['salary', 'extra-hours', 'absences', 'paid-leave', 'allowances', 'end-of-contract'] as const;
export type TopicKey = (typeof TOPIC_KEYS)[number];

/** Weekly hours above which the hours are "majorées" (art. 97 of the socle spécifique). */
export const MAJORATION_THRESHOLD_HOURS = 45;
/** The lowest majoration the calculator accepts for hours beyond 45 h a week. */
export const MIN_MAJORATION_PERCENT = 10;
/** Longest contract of the "année incomplète" kind (art. 97: 46 weeks or fewer). */
export const MAX_PARTIAL_YEAR_WEEKS = 46;

// ---------------------------------------------------------------------------------------------
// Building blocks

const monthRe = /^(\d{4})-(0[1-9]|1[0-2])$/;
const month = (what = 'Mois') =>
  z
    .string({ error: `${what} invalide (format AAAA-MM).` })
    .regex(monthRe, { error: `${what} invalide (format AAAA-MM).` });
const date = (what: string) => z.iso.date({ error: `${what} invalide (format AAAA-MM-JJ).` });

/** A decimal amount or quantity given as a JSON number (or a decimal string), within bounds. */
const decimal = (what: string, min: number, max: number, opts: { exclusiveMin?: boolean } = {}) =>
  z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^-?\d+(\.\d+)?$/, { error: `${what} invalide (un nombre).` }),
      ],
      { error: (issue) => (issue.input === undefined ? `${what} : à indiquer.` : `${what} invalide (un nombre).`) },
    )
    .transform((v) => (typeof v === 'string' ? Number(v) : v))
    .pipe(
      z
        .number({ error: `${what} invalide (un nombre).` })
        .refine((n) => Number.isFinite(n), { error: `${what} invalide (un nombre).` })
        .refine((n) => (opts.exclusiveMin ? n > min : n >= min), {
          error: opts.exclusiveMin
            ? `${what} : doit être supérieur à ${frNumber(min)}.`
            : `${what} : doit être au moins ${frNumber(min)}.`,
        })
        .refine((n) => n <= max, { error: `${what} : ${frNumber(max)} au plus.` })
        .refine((n) => decimalsOf(n) <= 4, { error: `${what} : 4 décimales au plus.` }),
    );
const integer = (what: string, min: number, max: number) =>
  z
    .number({
      error: (issue) => (issue.input === undefined ? `${what} : à indiquer.` : `${what} invalide (un nombre entier).`),
    })
    .int({ error: `${what} invalide (un nombre entier).` })
    .min(min, { error: `${what} : doit être au moins ${min}.` })
    .max(max, { error: `${what} : ${max} au plus.` });

function frNumber(n: number): string {
  return String(n).replace('.', ',');
}
function decimalsOf(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 99;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

const hourlyRate = decimal('Salaire horaire brut (hourlyRate)', 0, 100, { exclusiveMin: true });
const hoursPerWeek = (field = 'hoursPerWeek') => decimal(`Heures par semaine (${field})`, 0, 60);
const daysPerWeek = decimal('Jours d’accueil par semaine (daysPerWeek)', 0, 6);
const money = (what: string, max = 1_000_000) => decimal(what, 0, max);
const majorationPercent = decimal(
  'Taux de majoration au-delà de 45 h (majorationPercent)',
  MIN_MAJORATION_PERCENT,
  100,
);

/**
 * Weeks of care programmed over 12 months: 52 for a full-year contract (47 weeks of care and the
 * 5 weeks of paid leave), 46 or fewer for a partial-year one. 47 to 51 do not exist.
 */
export const weeksPerYear = integer('Semaines par an (weeksPerYear)', 1, 52).refine(
  (w) => w === 52 || w <= MAX_PARTIAL_YEAR_WEEKS,
  {
    error:
      'Semaines par an (weeksPerYear) : 52 (année complète, 5 semaines de congés comprises) ou 46 au plus (année incomplète) ; 47 à 51 n’existent pas.',
  },
);

export const contributionRatesInput = z.object({
  employeePercent: decimal('Taux de cotisations salariales (contributionRates.employeePercent)', 0, 100),
  employerPercent: decimal('Taux de cotisations patronales (contributionRates.employerPercent)', 0, 100).optional(),
});

const rhythm = z.object({
  label: z
    .string({ error: 'Nom du rythme (label) invalide.' })
    .trim()
    .min(1, { error: 'Nom du rythme (label) : indiquez-le (ex. « semaines d’école »).' })
    .max(80, { error: 'Nom du rythme (label) : 80 caractères au plus.' }),
  hoursPerWeek: hoursPerWeek(),
  daysPerWeek,
  weeks: integer('Semaines de ce rythme (weeks)', 1, 52),
});

/** A regular week, or several weekly rhythms (school weeks, holiday weeks…) with their counts. */
export const scheduleInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('regular'), hoursPerWeek: hoursPerWeek(), daysPerWeek }),
    z.object({
      kind: z.literal('rhythms'),
      rhythms: z
        .array(rhythm, { error: 'Rythmes (rhythms) invalides.' })
        .min(1, { error: 'Rythmes (rhythms) : au moins un.' })
        .max(10, { error: 'Rythmes (rhythms) : 10 au plus.' }),
    }),
  ],
  { error: 'Rythme d’accueil (schedule.kind) : « regular » ou « rhythms ».' },
);
export type ScheduleInput = z.infer<typeof scheduleInput>;

// ---------------------------------------------------------------------------------------------
// Topics

export const salaryInput = z
  .object({
    month: month('Mois (month)'),
    hourlyRate,
    weeksPerYear,
    schedule: scheduleInput,
    /** Contract's majoration for the contractual hours beyond 45 h a week (at least 10 %). */
    majorationPercent: majorationPercent.optional(),
    /** Holder of the title "assistant maternel – garde d'enfants" (higher conventional minimum). */
    qualified: z.boolean({ error: 'Titre professionnel (qualified) : oui ou non.' }).default(false),
    contributionRates: contributionRatesInput.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.schedule.kind === 'rhythms') {
      const total = v.schedule.rhythms.reduce((sum, r) => sum + r.weeks, 0);
      const expected = v.weeksPerYear === 52 ? 47 : v.weeksPerYear;
      if (total !== expected)
        ctx.addIssue({
          code: 'custom',
          path: ['schedule', 'rhythms'],
          message:
            v.weeksPerYear === 52
              ? `Rythmes (schedule.rhythms) : les semaines d’accueil doivent faire 47 en année complète (52 semaines moins les 5 semaines de congés payés), pas ${total}.`
              : `Rythmes (schedule.rhythms) : les semaines doivent faire ${expected} (weeksPerYear), pas ${total}.`,
        });
    }
    const maxHours =
      v.schedule.kind === 'regular'
        ? v.schedule.hoursPerWeek
        : Math.max(...v.schedule.rhythms.map((r) => r.hoursPerWeek));
    if (maxHours > MAJORATION_THRESHOLD_HOURS && v.majorationPercent === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['majorationPercent'],
        message:
          'Taux de majoration (majorationPercent) : requis quand le contrat dépasse 45 h par semaine (10 % au moins).',
      });
  });
export type SalaryInput = z.infer<typeof salaryInput>;

export const extraHoursInput = z.object({
  month: month('Mois (month)'),
  hourlyRate,
  contractHoursPerWeek: hoursPerWeek('contractHoursPerWeek'),
  majorationPercent,
  weeks: z
    .array(
      z.object({
        label: z.string().trim().max(80, { error: 'Nom de la semaine (label) : 80 caractères au plus.' }).optional(),
        hoursWorked: decimal('Heures faites dans la semaine (hoursWorked)', 0, 78),
      }),
      { error: 'Semaines (weeks) invalides.' },
    )
    .min(1, { error: 'Semaines (weeks) : au moins une.' })
    .max(6, { error: 'Semaines (weeks) : 6 au plus dans un mois.' }),
});
export type ExtraHoursInput = z.infer<typeof extraHoursInput>;

export const ABSENCE_REASONS = [
  'child-illness',
  'child-other',
  'childminder-illness',
  'childminder-unpaid-leave',
  'childminder-unacquired-leave',
  'public-holiday-may-1',
  'public-holiday-other',
] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

export const absenceItem = z.object({
  reason: z.enum(ABSENCE_REASONS, { error: 'Motif d’absence (reason) inconnu.' }),
  /** Hours (52-week contract) or days (46 weeks or fewer) that were planned and not worked. */
  units: decimal('Heures ou jours d’absence (units)', 0, 300),
  /** Days of care concerned (needed for the child's illness, counted against its limit). */
  days: integer('Jours d’accueil concernés (days)', 0, 31).optional(),
  medicalCertificate: z.boolean({ error: 'Certificat médical (medicalCertificate) : oui ou non.' }).default(false),
  hospitalisation: z.boolean({ error: 'Hospitalisation (hospitalisation) : oui ou non.' }).default(false),
  /** Calendar days of the illness in a row (14 or more: long illness). */
  consecutiveCalendarDays: integer('Jours calendaires consécutifs (consecutiveCalendarDays)', 0, 366).optional(),
  /** Ordinary public holiday: the childminder worked the last day before and the first day after. */
  workedDayBeforeAndAfter: z
    .boolean({ error: 'Jour travaillé avant et après le férié (workedDayBeforeAndAfter) : oui ou non.' })
    .default(true),
});
export type AbsenceItem = z.infer<typeof absenceItem>;

export const absencesInput = z
  .object({
    month: month('Mois (month)'),
    weeksPerYear,
    monthlyGrossSalary: money('Salaire mensualisé brut (monthlyGrossSalary)', 100_000),
    /** Hours (52 weeks) or days (46 weeks or fewer) that would really have been worked this month. */
    unitsScheduledInMonth: decimal('Heures ou jours prévus dans le mois (unitsScheduledInMonth)', 0, 400, {
      exclusiveMin: true,
    }),
    absences: z
      .array(absenceItem, { error: 'Absences (absences) invalides.' })
      .min(1, { error: 'Absences (absences) : au moins une.' })
      .max(40, { error: 'Absences (absences) : 40 au plus.' }),
    /** Days of the child's illness already left unpaid in the 12 rolling months before this month. */
    childIllnessDaysInPrevious12Months: integer(
      'Jours de maladie de l’enfant déjà déduits sur 12 mois (childIllnessDaysInPrevious12Months)',
      0,
      366,
    ).default(0),
  })
  .superRefine((v, ctx) => {
    const total = v.absences.reduce((sum, a) => sum + a.units, 0);
    if (total > v.unitsScheduledInMonth + 1e-9)
      ctx.addIssue({
        code: 'custom',
        path: ['absences'],
        message:
          'Absences (absences) : plus d’heures ou de jours d’absence que prévus dans le mois (unitsScheduledInMonth).',
      });
    v.absences.forEach((a, i) => {
      if (a.reason === 'child-illness' && a.days === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['absences', i, 'days'],
          message: 'Jours d’accueil concernés (days) : requis pour une maladie de l’enfant.',
        });
    });
  });
export type AbsencesInput = z.infer<typeof absencesInput>;

export const paidLeaveInput = z.object({
  /** The reference period ends on 31 May of this year (it began on 1 June of the year before). */
  periodEndYear: integer('Année de fin de la période de référence (periodEndYear)', 2022, 2100),
  weeksPerYear,
  /** Weeks of effective work, or assimilated to it, during the reference period. */
  weeksWorked: decimal('Semaines travaillées ou assimilées (weeksWorked)', 0, 52),
  /** Total gross pay of the period (basic and extra hours, paid leave already paid; no allowances). */
  grossPayOfPeriod: money('Rémunération brute de la période (grossPayOfPeriod)'),
  hourlyRate,
  hoursPerWeek: hoursPerWeek(),
  /** Month in which the main leave is taken, for the payment options of partial-year contracts. */
  mainLeaveMonth: month('Mois des congés principaux (mainLeaveMonth)').optional(),
});
export type PaidLeaveInput = z.infer<typeof paidLeaveInput>;

export const allowanceDay = z.object({
  date: date('Date du jour d’accueil (date)'),
  hours: decimal('Heures d’accueil du jour (hours)', 0, 24, { exclusiveMin: true }),
  meals: integer('Repas fournis par l’assistant maternel (meals)', 0, 5).default(0),
  km: decimal('Kilomètres parcourus (km)', 0, 1000).default(0),
});
export const allowancesInput = z
  .object({
    month: month('Mois (month)'),
    days: z
      .array(allowanceDay, { error: 'Jours d’accueil (days) invalides.' })
      .min(1, { error: 'Jours d’accueil (days) : au moins un.' })
      .max(31, { error: 'Jours d’accueil (days) : 31 au plus.' }),
    /** Maintenance allowance agreed in the contract, per day of care or per hour of care. */
    maintenance: z.object({
      amount: money('Indemnité d’entretien convenue (maintenance.amount)', 100),
      per: z.enum(['day', 'hour'], { error: 'Indemnité d’entretien (maintenance.per) : « day » ou « hour ».' }),
    }),
    mealPrice: money('Prix d’un repas (mealPrice)', 100).default(0),
    kmRate: money('Indemnité par kilomètre (kmRate)', 10).default(0),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.days.forEach((d, i) => {
      if (!d.date.startsWith(`${v.month}-`))
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: `Date (date) : hors du mois ${v.month}.` });
      if (seen.has(d.date))
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'Date (date) : ce jour est déjà compté.' });
      seen.add(d.date);
    });
    if (v.days.some((d) => d.km > 0) && v.kmRate === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['kmRate'],
        message: 'Indemnité par kilomètre (kmRate) : requise quand des kilomètres sont déclarés.',
      });
    if (v.days.some((d) => d.meals > 0) && v.mealPrice === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['mealPrice'],
        message: 'Prix d’un repas (mealPrice) : requis quand des repas sont déclarés.',
      });
  });
export type AllowancesInput = z.infer<typeof allowancesInput>;

export const END_REASONS = [
  'employer-withdrawal',
  'employer-gross-misconduct',
  'resignation',
  'agrement-withdrawal',
  'trial-period',
] as const;
export type EndReason = (typeof END_REASONS)[number];

export const leavePeriodInput = z.object({
  label: z.string().trim().max(80, { error: 'Nom de la période (label) : 80 caractères au plus.' }).optional(),
  daysAcquired: integer('Jours de congés acquis (daysAcquired)', 0, 30),
  daysTakenOrPaid: integer('Jours déjà pris ou payés (daysTakenOrPaid)', 0, 30),
  grossPayOfPeriod: money('Rémunération brute de la période (grossPayOfPeriod)'),
});

export const endOfContractInput = z
  .object({
    contractStart: date('Début du contrat (contractStart)'),
    /** Date the letter was handed over or first presented: notice starts then (art. 119-120). */
    notificationDate: date('Date de notification (notificationDate)'),
    reason: z.enum(END_REASONS, { error: 'Motif de fin de contrat (reason) inconnu.' }),
    weeksPerYear,
    /** Total gross salaries received for the whole contract (no allowances), for the 1/80. */
    totalGrossSalaries: money('Total des salaires bruts du contrat (totalGrossSalaries)', 10_000_000),
    hourlyRate,
    hoursPerWeek: hoursPerWeek(),
    /** Partial-year contracts: hours paid by the mensualisation against hours really worked. */
    regularisation: z
      .object({
        hoursPaid: decimal('Heures payées (regularisation.hoursPaid)', 0, 20_000),
        hoursWorked: decimal('Heures réellement travaillées (regularisation.hoursWorked)', 0, 20_000),
      })
      .optional(),
    /** Paid leave acquired and not yet taken or paid: the current period and the one before. */
    leavePeriods: z
      .array(leavePeriodInput)
      .max(2, { error: 'Périodes de congés (leavePeriods) : 2 au plus.' })
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.notificationDate < v.contractStart)
      ctx.addIssue({
        code: 'custom',
        path: ['notificationDate'],
        message: 'Date de notification (notificationDate) : avant le début du contrat (contractStart).',
      });
    if (v.regularisation && v.weeksPerYear === 52)
      ctx.addIssue({
        code: 'custom',
        path: ['regularisation'],
        message: 'Régularisation (regularisation) : seulement pour un contrat de 46 semaines ou moins.',
      });
    v.leavePeriods.forEach((p, i) => {
      if (p.daysTakenOrPaid > p.daysAcquired)
        ctx.addIssue({
          code: 'custom',
          path: ['leavePeriods', i, 'daysTakenOrPaid'],
          message: 'Jours déjà pris ou payés (daysTakenOrPaid) : plus que les jours acquis.',
        });
    });
  });
export type EndOfContractInput = z.infer<typeof endOfContractInput>;

// ---------------------------------------------------------------------------------------------
// Results

export const FIGURE_UNITS = ['EUR', 'hours', 'days', 'weeks', 'percent', 'count'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export interface CalcFigure {
  key: string;
  label: string;
  value: string;
  unit: FigureUnit;
}
export interface CalcStep {
  label: string;
  formula: string;
  result: string;
  articles: string[];
}
export interface LegalValueUsed {
  label: string;
  value: string;
  validFrom: string;
  source: string;
}
export interface CalcResult {
  topic: TopicKey;
  title: string;
  figures: CalcFigure[];
  steps: CalcStep[];
  articles: string[];
  warnings: string[];
  legalValues: LegalValueUsed[];
}

const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/);
export const calcFigureSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: decimalString,
  unit: z.enum(FIGURE_UNITS),
});
export const calcStepSchema = z.object({
  label: z.string(),
  formula: z.string(),
  result: z.string(),
  articles: z.array(z.string()),
});
export const calcResultSchema = z.object({
  topic: z.enum(TOPIC_KEYS),
  title: z.string(),
  figures: z.array(calcFigureSchema),
  steps: z.array(calcStepSchema),
  articles: z.array(z.string()),
  warnings: z.array(z.string()),
  legalValues: z.array(z.object({ label: z.string(), value: z.string(), validFrom: z.string(), source: z.string() })),
});
export const topicParams = z.object({ topic: z.enum(TOPIC_KEYS, { error: 'Sujet de calcul (topic) inconnu.' }) });
