/**
 * Monthly salary (mensualisation) of a childminder: 52-week contracts (47 weeks of care and the
 * 5 weeks of paid leave, paid every month) and contracts of 46 weeks or fewer (the programmed
 * weeks; paid leave comes on top), with one weekly rhythm or several. Hours beyond 45 a week in
 * the contract are paid with the contract's majoration. Monthly hours and days for Pajemploi,
 * gross and net. Pure.
 */
import { legalValuesOn } from './employer-help.legal-values.js';
import { hourlyMinimum } from './employer-help.minimum-wage.js';
import type { Decimal } from './employer-help.money.js';
import {
  ceilInt,
  cents,
  dec,
  frHours,
  frMoney,
  frNumber,
  frPercent,
  max,
  min,
  moneyString,
  quantityString,
  roundTo,
  sum,
} from './employer-help.money.js';
import { ART, frMonth, ResultBuilder } from './employer-help.result.js';
import type { CalcResult, SalaryInput } from './employer-help.schemas.js';
import { MAJORATION_THRESHOLD_HOURS } from './employer-help.schemas.js';

const FULL_YEAR_CARE_WEEKS = 47;

export interface Mensualisation {
  fullYear: boolean;
  /** Paid hours over 12 months, split at 45 h a week. */
  yearlyNormalHours: Decimal;
  yearlyMajoratedHours: Decimal;
  yearlyDays: Decimal;
  monthlyNormalHours: Decimal;
  monthlyMajoratedHours: Decimal;
  monthlyGross: Decimal;
  /** The exact yearly gross (before the monthly rounding). */
  yearlyGross: Decimal;
}

/** The arithmetic of the mensualisation, exact until the one rounding of the monthly gross. */
export function mensualise(input: SalaryInput): Mensualisation {
  const fullYear = input.weeksPerYear === 52;
  const rhythms =
    input.schedule.kind === 'regular'
      ? [
          {
            hoursPerWeek: input.schedule.hoursPerWeek,
            daysPerWeek: input.schedule.daysPerWeek,
            weeks: fullYear ? 52 : input.weeksPerYear,
          },
        ]
      : input.schedule.rhythms;
  // With several rhythms over a full year, the 47 weeks of care are averaged over 52 (leave paid).
  const scale = fullYear && input.schedule.kind === 'rhythms' ? dec(52).div(FULL_YEAR_CARE_WEEKS) : dec(1);
  const normal = sum(rhythms.map((r) => min(r.hoursPerWeek, MAJORATION_THRESHOLD_HOURS).times(r.weeks))).times(scale);
  const majorated = sum(
    rhythms.map((r) => max(dec(r.hoursPerWeek).minus(MAJORATION_THRESHOLD_HOURS), 0).times(r.weeks)),
  ).times(scale);
  const days = sum(rhythms.map((r) => dec(r.daysPerWeek).times(r.weeks))).times(scale);
  const rate = dec(input.hourlyRate);
  const majoratedRate = rate.times(
    dec(100)
      .plus(input.majorationPercent ?? 0)
      .div(100),
  );
  const yearlyGross = normal.times(rate).plus(majorated.times(majoratedRate));
  return {
    fullYear,
    yearlyNormalHours: normal,
    yearlyMajoratedHours: majorated,
    yearlyDays: days,
    monthlyNormalHours: normal.div(12),
    monthlyMajoratedHours: majorated.div(12),
    monthlyGross: cents(yearlyGross.div(12)),
    yearlyGross,
  };
}

export function computeSalary(input: SalaryInput): CalcResult {
  const values = legalValuesOn(input.month);
  const m = mensualise(input);
  const r = new ResultBuilder('salary', `Salaire mensualisé — ${frMonth(input.month)}`);
  const rate = dec(input.hourlyRate);
  const weeksText = m.fullYear ? '52 semaines' : `${input.weeksPerYear} semaines programmées`;

  r.step(
    'Type de contrat',
    m.fullYear
      ? 'Année complète : 47 semaines d’accueil + 5 semaines de congés payés = 52 semaines, congés compris dans le salaire mensualisé'
      : `Année incomplète : ${input.weeksPerYear} semaines d’accueil programmées (46 au plus), congés payés rémunérés en plus`,
    weeksText,
    [ART.mensualisation],
  );

  if (input.schedule.kind === 'regular') {
    const h = input.schedule.hoursPerWeek;
    r.step(
      'Heures mensualisées',
      `${frHours(h)} × ${m.fullYear ? 52 : input.weeksPerYear} semaines ÷ 12`,
      frHours(m.monthlyNormalHours.plus(m.monthlyMajoratedHours)),
      [ART.mensualisation],
    );
  } else {
    const total = sum(input.schedule.rhythms.map((x) => dec(x.hoursPerWeek).times(x.weeks)));
    const detail = input.schedule.rhythms
      .map((x) => `${frHours(x.hoursPerWeek)} × ${x.weeks} sem. (${x.label})`)
      .join(' + ');
    r.step('Heures d’accueil sur l’année', detail, frHours(total), [ART.mensualisation]);
    r.step(
      'Heures mensualisées',
      m.fullYear ? `${frHours(total)} ÷ 47 semaines d’accueil × 52 semaines ÷ 12` : `${frHours(total)} ÷ 12`,
      frHours(m.monthlyNormalHours.plus(m.monthlyMajoratedHours)),
      [ART.mensualisation],
    );
  }

  if (m.yearlyMajoratedHours.gt(0)) {
    const p = dec(input.majorationPercent ?? 0);
    r.step(
      'Heures au-delà de 45 h par semaine (majorées)',
      `${frHours(m.monthlyMajoratedHours)} par mois au taux de ${frMoney(rate)} × (1 + ${frPercent(p)})`,
      frMoney(m.monthlyMajoratedHours.times(rate).times(p.plus(100).div(100))),
      [ART.hours],
    );
    r.warn('Le contrat dépasse 45 h par semaine : les heures au-delà sont majorées (10 % au moins).');
  }

  const grossFormula =
    input.schedule.kind === 'regular' && m.yearlyMajoratedHours.isZero()
      ? `${frMoney(rate)} × ${frHours(input.schedule.hoursPerWeek)} × ${m.fullYear ? 52 : input.weeksPerYear} semaines ÷ 12`
      : m.yearlyMajoratedHours.isZero()
        ? `${frMoney(rate)} × ${frHours(m.monthlyNormalHours)}`
        : `${frMoney(rate)} × ${frHours(m.monthlyNormalHours)} + ${frMoney(rate)} × (1 + ${frPercent(input.majorationPercent ?? 0)}) × ${frHours(m.monthlyMajoratedHours)}`;
  r.step('Salaire mensualisé brut', `${grossFormula} (arrondi au centime)`, frMoney(m.monthlyGross), [
    ART.mensualisation,
  ]);
  r.figure('monthlyGross', 'Salaire mensualisé brut', moneyString(m.monthlyGross), 'EUR');
  r.figure(
    'monthlyHours',
    'Heures mensualisées',
    quantityString(m.monthlyNormalHours.plus(m.monthlyMajoratedHours)),
    'hours',
  );

  // Pajemploi: normal hours rounded to the nearest whole hour, days of activity rounded up.
  const pajeHours = roundTo(m.monthlyNormalHours, 0);
  const pajeDays = ceilInt(m.yearlyDays.div(12));
  r.step(
    'Heures normales à déclarer à Pajemploi',
    `${frHours(m.monthlyNormalHours)} arrondies à l’heure la plus proche`,
    frHours(pajeHours, 0),
    [ART.pajemploi],
  );
  r.step(
    'Jours d’activité à déclarer à Pajemploi',
    `${frNumber(m.yearlyDays.div(m.fullYear && input.schedule.kind === 'regular' ? 52 : 1), 2)}${
      m.fullYear && input.schedule.kind === 'regular' ? ' jours × 52 semaines' : ' jours sur l’année'
    } ÷ 12 = ${frNumber(m.yearlyDays.div(12))}, arrondi à l’entier supérieur`,
    `${pajeDays.toString()} jours`,
    [ART.pajemploi],
  );
  r.figure('pajemploiHours', 'Heures normales à déclarer (Pajemploi)', pajeHours.toString(), 'hours');
  if (m.yearlyMajoratedHours.gt(0))
    r.figure('pajemploiMajoratedHours', 'Heures majorées du mois', quantityString(m.monthlyMajoratedHours), 'hours');
  r.figure('pajemploiDays', 'Jours d’activité à déclarer (Pajemploi)', pajeDays.toString(), 'days');

  // Gross → net with the given rates, or the indicative default of the table.
  const employeeRate = input.contributionRates
    ? { value: String(input.contributionRates.employeePercent), given: true }
    : { value: values.employeeContributionPercent!.value, given: false };
  if (!employeeRate.given) r.uses(values.employeeContributionPercent);
  const employeeContrib = cents(m.monthlyGross.times(employeeRate.value).div(100));
  const net = m.monthlyGross.minus(employeeContrib);
  r.step(
    'Salaire net',
    `${frMoney(m.monthlyGross)} − ${frMoney(m.monthlyGross)} × ${frPercent(employeeRate.value)} (cotisations salariales${employeeRate.given ? '' : ', taux indicatif'})`,
    frMoney(net),
    [],
  );
  r.figure('employeeContributions', 'Cotisations salariales', moneyString(employeeContrib), 'EUR');
  r.figure('monthlyNet', 'Salaire mensualisé net', moneyString(net), 'EUR');
  if (!employeeRate.given)
    r.warn('Net calculé avec un taux de cotisations indicatif : le montant exact est celui de Pajemploi.');
  const employerPercent = input.contributionRates?.employerPercent;
  if (employerPercent !== undefined) {
    const employerContrib = cents(m.monthlyGross.times(String(employerPercent)).div(100));
    r.step(
      'Cotisations patronales',
      `${frMoney(m.monthlyGross)} × ${frPercent(employerPercent)}`,
      frMoney(employerContrib),
      [],
    );
    r.figure('employerContributions', 'Cotisations patronales', moneyString(employerContrib), 'EUR');
  }

  const minimum = hourlyMinimum(values, input.qualified);
  r.uses(...minimum.used);
  r.step('Salaire horaire minimum du mois', minimum.explanation, frMoney(minimum.applicable), [ART.minimumWage]);
  if (rate.lt(minimum.applicable))
    r.warn(
      `Le salaire horaire (${frMoney(rate)}) est inférieur au minimum de ${frMonth(input.month)} (${frMoney(minimum.applicable)}) : il doit être relevé.`,
    );
  const maxHours =
    input.schedule.kind === 'regular'
      ? dec(input.schedule.hoursPerWeek)
      : max(...input.schedule.rhythms.map((x) => x.hoursPerWeek));
  if (maxHours.gt(48))
    r.warn(
      'Plus de 48 h par semaine : la durée moyenne sur 4 mois ne peut dépasser 48 h sans l’accord écrit du salarié.',
    );
  return r.build();
}
