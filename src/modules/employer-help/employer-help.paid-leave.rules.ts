/**
 * Paid leave over the reference period 1 June – 31 May: days acquired (2,5 working days per
 * 4 weeks of work, rounded up, 30 at most), the amount (the higher of salary maintenance and one
 * tenth of the gross pay of the period) and, for contracts of 46 weeks or fewer, what each way of
 * paying gives. Pure.
 */
import { legalValuesOn } from './employer-help.legal-values.js';
import type { Decimal } from './employer-help.money.js';
import {
  ceilInt,
  cents,
  dec,
  frHours,
  frMoney,
  frNumber,
  max,
  min,
  moneyString,
  quantityString,
} from './employer-help.money.js';
import { ART, frMonth, ResultBuilder } from './employer-help.result.js';
import type { CalcResult, PaidLeaveInput } from './employer-help.schemas.js';

export const MAX_LEAVE_DAYS = 30;
/** Working days (jours ouvrables) in a week: leave is counted in them. */
export const WORKING_DAYS_PER_WEEK = 6;

/** Days acquired for weeks of work: 2,5 per 4 weeks, rounded up, 30 at most. */
export function acquiredDays(weeksWorked: number | Decimal): Decimal {
  return min(ceilInt(dec(weeksWorked).div(4).times('2.5')), MAX_LEAVE_DAYS);
}

/** Salary maintenance for `days` working days: days ÷ 6 weeks × weekly hours × hourly rate. */
export function maintenance(days: number | Decimal, hoursPerWeek: number, hourlyRate: number): Decimal {
  return cents(dec(days).div(WORKING_DAYS_PER_WEEK).times(hoursPerWeek).times(hourlyRate));
}

export function computePaidLeave(input: PaidLeaveInput): CalcResult {
  const periodStart = `${input.periodEndYear - 1}-06-01`;
  legalValuesOn(`${input.periodEndYear}-05-31`);
  const fullYear = input.weeksPerYear === 52;
  const r = new ResultBuilder(
    'paid-leave',
    `Congés payés — période du 1er juin ${input.periodEndYear - 1} au 31 mai ${input.periodEndYear}`,
  );
  if (periodStart < '2022-01-01')
    r.warn(
      'La période commence avant le 1er janvier 2022 : ses premiers mois relevaient de l’ancienne convention (IDCC 2395).',
    );

  const exact = dec(input.weeksWorked).div(4).times('2.5');
  const days = acquiredDays(input.weeksWorked);
  r.step(
    'Jours de congés acquis',
    `${frNumber(input.weeksWorked)} semaines ÷ 4 × 2,5 jours ouvrables = ${frNumber(exact)}, arrondi à l’entier supérieur, ${MAX_LEAVE_DAYS} au plus`,
    `${days.toString()} jours ouvrables`,
    [ART.paidLeave, ART.codeTravailLeave],
  );
  if (exact.gt(MAX_LEAVE_DAYS)) r.warn(`Droits plafonnés à ${MAX_LEAVE_DAYS} jours ouvrables (5 semaines).`);

  const tenth = cents(dec(input.grossPayOfPeriod).div(10));
  r.step('Règle du dixième', `${frMoney(input.grossPayOfPeriod)} × 10 %`, frMoney(tenth), [
    ART.paidLeave,
    ART.paidLeaveAm,
  ]);
  const keep = maintenance(days, input.hoursPerWeek, input.hourlyRate);
  r.step(
    'Maintien de salaire',
    `${days.toString()} jours ÷ 6 jours ouvrables par semaine × ${frHours(input.hoursPerWeek)} × ${frMoney(input.hourlyRate)}`,
    frMoney(keep),
    [ART.paidLeave, ART.paidLeaveAm],
  );
  const best = max(tenth, keep);
  r.step('Indemnité retenue : la plus élevée', `max(${frMoney(tenth)} ; ${frMoney(keep)})`, frMoney(best), [
    ART.paidLeave,
  ]);
  r.figure('daysAcquired', 'Jours ouvrables acquis', days.toString(), 'days');
  r.figure('tenth', 'Règle du dixième', moneyString(tenth), 'EUR');
  r.figure('maintenance', 'Maintien de salaire', moneyString(keep), 'EUR');
  r.figure('leavePay', 'Indemnité de congés payés', moneyString(best), 'EUR');

  if (fullYear) {
    const complement = max(tenth.minus(keep), 0);
    r.step(
      'Année complète : complément éventuel',
      `Les congés sont déjà payés par le salaire mensualisé (maintien) ; si le dixième est plus favorable, la différence est due : max(${frMoney(tenth)} − ${frMoney(keep)} ; 0)`,
      frMoney(complement),
      [ART.paidLeaveAm],
    );
    r.figure('fullYearComplement', 'Complément dû au titre du dixième', moneyString(complement), 'EUR');
    return r.build();
  }

  // Partial-year contracts: the leave is paid on top of the mensualisation.
  const perDay = days.isZero() ? dec(0) : best.div(days);
  r.step(
    'Paiement en une seule fois en juin',
    `La totalité avec le salaire de juin ${input.periodEndYear}`,
    frMoney(best),
    [ART.paidLeaveAm],
  );
  r.step(
    'Paiement lors de la prise principale des congés',
    input.mainLeaveMonth
      ? `La totalité avec le salaire de ${frMonth(input.mainLeaveMonth)}`
      : 'La totalité avec le salaire du mois où sont pris les congés principaux',
    frMoney(best),
    [ART.paidLeaveAm],
  );
  r.step(
    'Paiement au fur et à mesure de la prise des congés',
    `${frMoney(best)} ÷ ${days.toString()} jours = ${frNumber(perDay, 4)} € par jour ouvrable pris (le dernier versement solde les centimes)`,
    `${frMoney(cents(perDay))} par jour`,
    [ART.paidLeaveAm],
  );
  const twelfth = cents(best.div(12));
  r.step(
    'Paiement par douzièmes',
    `${frMoney(best)} ÷ 12 — modalité de l’ancienne convention (2004), non reprise par la convention de 2022`,
    `${frMoney(twelfth)} par mois (non prévu depuis 2022)`,
    [ART.paidLeaveAm],
  );
  r.warn(
    'Année incomplète : la convention de 2022 prévoit trois façons de payer (en juin, à la prise principale, au fur et à mesure) ; le paiement par douzièmes n’est plus prévu.',
  );
  r.figure('perDay', 'Indemnité par jour ouvrable pris', moneyString(perDay), 'EUR');
  r.figure('twelfth', 'Douzième (non prévu depuis 2022)', moneyString(twelfth), 'EUR');
  r.figure('daysPerWeekEquivalent', 'Semaines de congés', quantityString(days.div(WORKING_DAYS_PER_WEEK)), 'weeks');
  return r.build();
}
